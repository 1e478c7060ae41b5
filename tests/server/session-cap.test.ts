/** Issue 11, item 8: sessions per user are bounded; past the cap the oldest sign-in ends. Real HTTP. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SESSIONS_PER_USER } from '../../server/auth/session-store.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.dispose());

describe('sessions per account', () => {
  it(`at most ${MAX_SESSIONS_PER_USER} live sessions: each sign-in past that ends the oldest`, async () => {
    const user = await s.createUser({ name: 'Veel Apparaten', grants: [{ scope: 'bestaanszekerheid', role: 'lezer' }] });
    const cookies = [user.cookie];
    for (let i = 0; i < MAX_SESSIONS_PER_USER + 1; i++) cookies.push(await s.login(user.email, user.password));
    const statuses = await Promise.all(cookies.map(async (cookie) => (await s.api('/api/auth/me', { cookie })).status));
    expect(statuses.slice(0, 2)).toEqual([401, 401]);
    expect(statuses.slice(2)).toEqual(Array(MAX_SESSIONS_PER_USER).fill(200));
    // Another account's session is not touched.
    expect((await s.api('/api/auth/me')).status).toBe(200);
  });
});
