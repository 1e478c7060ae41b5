/** Issue 11, item 8: sessions per user are bounded; past the cap the oldest sign-in ends, its open sockets too. Real HTTP, real sockets. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SESSIONS_PER_USER } from '../../server/auth/session-store.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const DOC = 'bestaanszekerheid';
const POLL = { timeout: 15_000, interval: 20 };

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.dispose());

describe('sessions per account', () => {
  it(`at most ${MAX_SESSIONS_PER_USER} live sessions: each sign-in past that ends the oldest`, async () => {
    const user = await s.createUser({ name: 'Veel Apparaten', grants: [{ scope: DOC, role: 'lezer' }] });
    const cookies = [user.cookie];
    for (let i = 0; i < MAX_SESSIONS_PER_USER + 1; i++) cookies.push(await s.login(user.email, user.password));
    const statuses = await Promise.all(cookies.map(async (cookie) => (await s.api('/api/auth/me', { cookie })).status));
    expect(statuses.slice(0, 2)).toEqual([401, 401]);
    expect(statuses.slice(2)).toEqual(Array(MAX_SESSIONS_PER_USER).fill(200));
    // Another account's session is not touched.
    expect((await s.api('/api/auth/me')).status).toBe(200);
  });

  it('the open socket of a session the cap ended is closed at once with 4401; the newest sessions keep theirs', async () => {
    const user = await s.createUser({ name: 'Gestolen Wachtwoord', grants: [{ scope: DOC, role: 'redacteur' }] });
    const oldest = s.connect(DOC, { cookie: user.cookie });
    const admin = s.connect(DOC);
    try {
      await oldest.whenSynced();
      await admin.whenSynced();
      const cookies: string[] = [];
      for (let i = 0; i < MAX_SESSIONS_PER_USER - 1; i++) cookies.push(await s.login(user.email, user.password));
      const newest = s.connect(DOC, { cookie: cookies.at(-1)! });
      try {
        await newest.whenSynced();
        expect(oldest.provider.wsconnected).toBe(true);
        // The sign-in past the cap ends the oldest session: its socket closes, not just its next reconnect.
        await s.login(user.email, user.password);
        await expect.poll(() => oldest.terminal?.code, POLL).toBe(CLOSE.notSignedIn.code);
        expect(newest.provider.wsconnected).toBe(true);
        expect(admin.provider.wsconnected).toBe(true);
        expect(s.logs.some((entry) => entry.msg === 'signed in' && entry.sessionsEnded === 1 && entry.socketsClosed === 1)).toBe(true);
      } finally {
        newest.destroy();
      }
    } finally {
      oldest.destroy();
      admin.destroy();
    }
  });
});
