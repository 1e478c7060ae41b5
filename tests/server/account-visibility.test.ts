/** Issue 11, item 8: a beheerder of one programme does not see every account. Over real HTTP. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestUser } from '../helpers/test-server.ts';

let s: TestServer;
let scoped: TestUser;
const emails = async (cookie: string) => ((await (await s.api('/api/users', { cookie })).json()) as { email: string }[]).map((u) => u.email).sort();

beforeAll(async () => {
  s = await startTestServer();
  scoped = await s.createUser({ name: 'Bea Beheer', email: 'bea@koers.test', grants: [{ scope: 'bestaanszekerheid', role: 'beheerder' }] });
  await s.createUser({ name: 'Rik', email: 'rik@koers.test', grants: [{ scope: 'bestaanszekerheid', role: 'redacteur' }] });
  await s.createUser({ name: 'Els', email: 'els@koers.test', grants: [{ scope: 'kansengelijkheid', role: 'redacteur' }] });
  await s.createUser({ name: 'Nina', email: 'nina@koers.test', grants: [] });
});
afterAll(() => s?.dispose());

describe('GET /api/users', () => {
  it('a beheerder of one programme sees its accounts, accounts without a grant and their own; not the others', async () => {
    expect(await emails(scoped.cookie)).toEqual(['bea@koers.test', 'nina@koers.test', 'rik@koers.test']);
  });

  it('the beheerder of all programmes sees every account', async () => {
    expect(await emails(s.adminCookie)).toEqual(['bea@koers.test', 'beheer@koers.test', 'els@koers.test', 'nina@koers.test', 'rik@koers.test']);
  });
});
