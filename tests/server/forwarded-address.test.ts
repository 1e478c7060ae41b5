/**
 * Behind a reverse proxy, per-address limits must follow the person, not the proxy; and
 * nobody may dodge them by writing X-Forwarded-For themselves. Real HTTP against a real server;
 * the werkatelier join limiter (5 misses free per address) is what the address decides.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../server/config.ts';
import { forwardedClient } from '../../server/http/client-address.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const JOIN_LIMITS = { freeFailures: 5, baseDelayMs: 60_000, maxDelayMs: 600_000, forgetAfterMs: 3_600_000 };

async function server(trustedProxies: string[]): Promise<TestServer> {
  const s = await startTestServer({ heartbeatMs: 60_000, trustedProxies, workshopJoinLimits: JOIN_LIMITS });
  cleanup.add(() => s.dispose());
  return s;
}

async function wrongJoin(s: TestServer, forwardedFor: string): Promise<number> {
  const response = await fetch(new URL('/api/workshops/join', s.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ code: 'WRONGCODE', name: 'Gast' }),
  });
  await response.body?.cancel();
  return response.status;
}

async function wrongJoins(s: TestServer, count: number, forwardedFor: (i: number) => string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) statuses.push(await wrongJoin(s, forwardedFor(i)));
  return statuses;
}

describe('client address behind a proxy', () => {
  it('ignores X-Forwarded-For from a peer that is not a trusted proxy: forged addresses get no fresh allowance', async () => {
    const s = await server([]);
    const statuses = await wrongJoins(s, 8, (i) => `203.0.113.${i + 1}`);
    expect(statuses.slice(0, 5).every((status) => status !== 429)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('from a trusted proxy, limits each forwarded client on its own and logs its address', async () => {
    const s = await server(['127.0.0.1']);
    // Eight different people behind the proxy, one wrong code each: nobody waits.
    expect(await wrongJoins(s, 8, (i) => `198.51.100.${i + 1}`)).not.toContain(429);
    // One of them keeps guessing: only that one waits, the next person does not.
    const guesser = await wrongJoins(s, 8, () => '198.51.100.77');
    expect(guesser.at(-1)).toBe(429);
    expect(await wrongJoin(s, '198.51.100.78')).not.toBe(429);
    expect(JSON.stringify(s.logs)).toContain('198.51.100.77');
  });

  it('a client cannot prepend a forged address: the rightmost address before the proxies counts', async () => {
    const s = await server(['127.0.0.1']);
    const statuses = await wrongJoins(s, 8, (i) => `10.9.9.${i}, 192.0.2.50`);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('forwardedClient', () => {
  const trusted = new Set(['10.0.0.5', '10.0.0.6']);
  it('walks from the right past every trusted proxy', () => {
    expect(forwardedClient('192.0.2.1, 10.0.0.6', trusted)).toBe('192.0.2.1');
    expect(forwardedClient('forged, 192.0.2.1, 10.0.0.6, 10.0.0.5', trusted)).toBe('192.0.2.1');
    expect(forwardedClient('::ffff:192.0.2.9', trusted)).toBe('192.0.2.9');
  });
  it('answers null when the header holds only proxies or nothing', () => {
    expect(forwardedClient('10.0.0.5, 10.0.0.6', trusted)).toBeNull();
    expect(forwardedClient(' , ', trusted)).toBeNull();
  });
});

describe('KOERS_TRUSTED_PROXIES', () => {
  it('reads a comma-separated list of IP addresses and refuses anything else', () => {
    expect(configFromEnv({ KOERS_TRUSTED_PROXIES: '10.0.0.5, ::1' }).trustedProxies).toEqual(['10.0.0.5', '::1']);
    expect(configFromEnv({}).trustedProxies).toEqual([]);
    expect(() => configFromEnv({ KOERS_TRUSTED_PROXIES: 'proxy.local' })).toThrow(/KOERS_TRUSTED_PROXIES/);
  });
});
