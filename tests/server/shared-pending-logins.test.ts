/**
 * Started sign-ins in Redis (server/auth/oidc/shared-pending-logins.ts), on the machine's Redis
 * with a prefix of each test's own: two stores on one Redis are two processes. Once each, bound
 * to the browser, expired after ten minutes, bounded per process; and while Redis is away a
 * sign-in still finishes on the process that started it.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { PENDING_LIFETIME_MS, type PendingLogin } from '../../server/auth/oidc/pending-logins.ts';
import { sharedPendingLogins } from '../../server/auth/oidc/shared-pending-logins.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { collectingLogger } from '../helpers/log-sink.ts';

const REDIS_URL = 'redis://127.0.0.1:6379';
const LOGIN: PendingLogin = { provider: 'oidc', nonce: 'n', codeVerifier: 'v', redirectUri: 'https://koers.test/api/auth/oidc/callback', returnTo: '#/' };
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

function setUp(options: { maxPending?: number; now?: () => number } = {}) {
  const redis = new Redis(REDIS_URL);
  cleanup.add(() => redis.quit());
  const prefix = `koers-test-${randomUUID()}:`;
  const { logger } = collectingLogger('warn');
  const store = () => sharedPendingLogins({ redis, prefix, log: logger, ...options });
  return { redis, prefix, a: store(), b: store() };
}

describe('started sign-ins shared through Redis', () => {
  it('one started on A is taken on B, once, and only with the browser that started it', async () => {
    const { a, b } = setUp();
    const binding = await a.add('state-1', LOGIN);
    expect(await b.take('state-1', 'een-andere-browser-met-een-waarde-van-43-tek')).toEqual({ ok: false, why: 'other-browser' });
    expect(await b.take('state-1', binding)).toEqual({ ok: true, login: LOGIN });
    expect(await a.take('state-1', binding)).toEqual({ ok: false, why: 'unknown-state' });
    expect(await b.take('state-1', binding)).toEqual({ ok: false, why: 'unknown-state' });
  });

  it('keeps the binding a browser already has, and expires after ten minutes', async () => {
    let now = Date.now();
    const { a, b, redis, prefix } = setUp({ now: () => now });
    const first = await a.add('state-1', LOGIN);
    expect(await a.add('state-2', LOGIN, first)).toBe(first);
    const [key] = await redis.keys(`${prefix}oidc-pending:*`);
    expect(await redis.pttl(key!)).toBeGreaterThan(PENDING_LIFETIME_MS - 60_000);
    now += PENDING_LIFETIME_MS + 1;
    expect(await b.take('state-2', first)).toEqual({ ok: false, why: 'expired' });
  });

  it('a process keeps at most maxPending in Redis: the oldest go first', async () => {
    const { a, b, redis, prefix } = setUp({ maxPending: 3 });
    const bindings: string[] = [];
    for (let n = 0; n < 5; n++) bindings.push(await a.add(`state-${n}`, LOGIN));
    expect(await redis.keys(`${prefix}oidc-pending:*`)).toHaveLength(3);
    for (const n of [0, 1]) expect(await b.take(`state-${n}`, bindings[n])).toEqual({ ok: false, why: 'unknown-state' });
    for (const n of [2, 3, 4]) expect((await b.take(`state-${n}`, bindings[n])).ok).toBe(true);
  });

  it('while Redis is away a sign-in waits in the process that started it, and says so in the log', async () => {
    const offline = new Redis(REDIS_URL, { lazyConnect: true, enableOfflineQueue: false });
    cleanup.add(() => offline.disconnect());
    const { logger, entries } = collectingLogger('warn');
    const alone = sharedPendingLogins({ redis: offline, prefix: `koers-test-${randomUUID()}:`, log: logger });
    const binding = await alone.add('state-1', LOGIN);
    expect(entries.map((entry) => entry.msg)).toEqual(['redis unavailable: sign-in kept in this process only']);
    expect(await alone.take('state-1', binding)).toEqual({ ok: true, login: LOGIN });
    expect(await alone.take('state-1', binding)).toEqual({ ok: false, why: 'unknown-state' });
  });
});
