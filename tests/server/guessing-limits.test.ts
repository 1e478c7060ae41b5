/**
 * Issue 11, item 7, as the attacks, over real HTTP:
 * - a guesser of werkatelier codes who knows one closed code cannot reset their wait with it;
 * - a stranger typing wrong passwords for the beheerder's account from another address does not
 *   lock the beheerder out, while the stranger's own address is slowed down.
 * Requests come from distinct loopback addresses (127.0.0.x), each one a different client.
 */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT_FREE_FAILURES } from '../../server/auth/sign-in-throttle.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { createWorkshop } from '../helpers/workshop-server.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** Waits of a minute and more, so no step of a test can pass because a wait ran out meanwhile. */
const LONG_WAITS = { baseDelayMs: 60_000 };

async function server(): Promise<TestServer> {
  const s = await startTestServer({ heartbeatMs: 60_000, signInLimits: LONG_WAITS, workshopJoinLimits: { freeFailures: 5, baseDelayMs: 60_000, maxDelayMs: 600_000, forgetAfterMs: 3_600_000 } });
  cleanup.add(() => s.dispose());
  return s;
}

/** A JSON POST from `from` (a loopback address of its own), as a separate client would make it. */
function postFrom(s: TestServer, from: string, path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const url = new URL(path, s.url);
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress: from, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

describe('werkatelier join codes', () => {
  it('a known closed code does not reset the wait of a guesser', async () => {
    const s = await server();
    const closed = await createWorkshop(s, 'bestaanszekerheid');
    expect((await s.api(`/api/workshops/${closed.id}/close`, { method: 'POST' })).status).toBe(200);
    const open = await createWorkshop(s, 'bestaanszekerheid', { title: 'Open' });
    const guesser = '127.0.0.21';
    const statuses: number[] = [];
    // Between every two guesses the known closed code: on the old code that cleared the count.
    for (let i = 0; i < 8; i++) {
      statuses.push((await postFrom(s, guesser, '/api/workshops/join', { code: `WRONG${i}XX`, name: 'X' })).status);
      const again = await postFrom(s, guesser, '/api/workshops/join', { code: closed.code, name: 'X' });
      statuses.push(again.status);
    }
    expect(statuses).toContain(429);
    // Still waiting, even for the open code: only an admitted join clears the wait.
    expect((await postFrom(s, guesser, '/api/workshops/join', { code: open.code, name: 'X' })).status).toBe(429);
    // Someone else in the room is not held up.
    expect((await postFrom(s, '127.0.0.22', '/api/workshops/join', { code: open.code, name: 'Ans' })).status).toBe(200);
  });

  it('an admitted join still clears the few typos before it', async () => {
    const s = await server();
    const open = await createWorkshop(s, 'bestaanszekerheid');
    const from = '127.0.0.23';
    for (let i = 0; i < 5; i++) expect((await postFrom(s, from, '/api/workshops/join', { code: `TYPO${i}XXX`, name: 'Ans' })).status).toBe(404);
    expect((await postFrom(s, from, '/api/workshops/join', { code: open.code, name: 'Ans' })).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await postFrom(s, from, '/api/workshops/join', { code: `TYPO${i}YYY`, name: 'Ans' })).status).toBe(404);
  });
});

describe('sign-in', () => {
  it('a stranger guessing the beheerder password from another address does not lock the beheerder out', async () => {
    const s = await server();
    const { email, password } = s.admin!;
    const stranger = '127.0.0.31';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await postFrom(s, stranger, '/api/auth/login', { email, password: `geraden-${i}-wachtwoord` })).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses[3]).toBe(429);
    // The stranger is slowed down, even with the right password...
    expect((await postFrom(s, stranger, '/api/auth/login', { email, password })).status).toBe(429);
    // ...but the owner at their own desk signs in at once.
    const owner = await postFrom(s, '127.0.0.32', '/api/auth/login', { email, password });
    expect(owner.status).toBe(200);
    expect(owner.body.email).toBe(email);
  });

  it('guessing from many addresses: every address that missed waits once the account has too many misses, a fresh one does not', async () => {
    const s = await server();
    const { email, password } = s.admin!;
    // One miss each from many addresses: no single address reaches its own limit.
    for (let i = 0; i < ACCOUNT_FREE_FAILURES + 1; i++) {
      expect((await postFrom(s, `127.0.1.${i + 1}`, '/api/auth/login', { email, password: `geraden-${i}-wachtwoord` })).status, `address ${i}`).toBe(i < ACCOUNT_FREE_FAILURES ? 401 : 429);
    }
    // An address that already missed waits, for any password.
    expect((await postFrom(s, '127.0.1.1', '/api/auth/login', { email, password: 'nog-een-gok-wachtwoord' })).status).toBe(429);
    expect((await postFrom(s, '127.0.1.2', '/api/auth/login', { email, password })).status).toBe(429);
    // The owner, from an address that has not been failing, is let in.
    expect((await postFrom(s, '127.0.2.1', '/api/auth/login', { email, password })).status).toBe(200);
  });

  it('one address trying many accounts is slowed down for all of them', async () => {
    const s = await server();
    const from = '127.0.0.41';
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await postFrom(s, from, '/api/auth/login', { email: `iemand-${i}@koers.test`, password: 'een-gok-wachtwoord' })).status);
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
    expect((await postFrom(s, from, '/api/auth/login', { email: s.admin!.email, password: s.admin!.password })).status).toBe(429);
  });
});
