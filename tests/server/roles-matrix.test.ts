/**
 * Every role against the same REST calls and the same /sync writes, as one table: what the
 * rights table in shared/auth/roles.ts promises is what a real server does. A role that gains
 * or loses a right anywhere shows up here as one changed cell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/auth/roles.ts';
import { addComment, readComments, setField, userOrigin } from '../../shared/doc/index.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { startTestServer, type TestServer, type TestUser } from '../helpers/test-server.ts';
import { postJson } from '../helpers/workshop-server.ts';

const DOC = 'kansengelijkheid';
const POLL = { timeout: 15_000, interval: 20 };
type Who = Role | 'geen rol';
const WHO: readonly Who[] = ['beheerder', 'redacteur', 'lezer', 'facilitator', 'financieel-adviseur', 'geen rol'];

let s: TestServer;
const users = new Map<Who, TestUser>();
const cleanup = new Cleanup();

beforeAll(async () => {
  s = await startTestServer();
  for (const who of WHO) {
    users.set(who, await s.createUser({ name: `Test ${who}`, grants: who === 'geen rol' ? [] : [{ scope: DOC, role: who }] }));
  }
});
afterAll(async () => {
  cleanup.run();
  await s?.dispose();
});

const cookie = (who: Who) => users.get(who)!.cookie;

const REST: { what: string; call: (who: Who) => Promise<Response>; expect: Record<Who, number> }[] = [
  {
    what: 'GET the programme',
    call: (who) => s.api(`/api/documents/${DOC}`, { cookie: cookie(who) }),
    expect: { beheerder: 200, redacteur: 200, lezer: 200, facilitator: 200, 'financieel-adviseur': 200, 'geen rol': 403 },
  },
  {
    what: 'GET an export',
    call: (who) => s.api(`/api/documents/${DOC}/export?format=csv`, { cookie: cookie(who) }),
    expect: { beheerder: 200, redacteur: 200, lezer: 200, facilitator: 200, 'financieel-adviseur': 200, 'geen rol': 403 },
  },
  {
    what: 'POST a version',
    call: (who) => postJson(s, `/api/documents/${DOC}/versions`, { name: `Versie ${who}`, status: 'concept', date: '2025-03-01' }, cookie(who)),
    expect: { beheerder: 201, redacteur: 201, lezer: 403, facilitator: 403, 'financieel-adviseur': 403, 'geen rol': 403 },
  },
  {
    what: 'POST a werkatelier',
    call: (who) =>
      postJson(s, `/api/documents/${DOC}/workshops`, { title: `Atelier ${who}`, scope: { kind: 'programme' }, votingMode: 'stippen', dots: 3 }, cookie(who)),
    expect: { beheerder: 201, redacteur: 403, lezer: 403, facilitator: 201, 'financieel-adviseur': 403, 'geen rol': 403 },
  },
  {
    what: 'GET the users',
    call: (who) => s.api('/api/users', { cookie: cookie(who) }),
    expect: { beheerder: 200, redacteur: 403, lezer: 403, facilitator: 403, 'financieel-adviseur': 403, 'geen rol': 403 },
  },
];

describe('every role against REST', () => {
  for (const row of REST) {
    it(row.what, async () => {
      const got: Partial<Record<Who, number>> = {};
      for (const who of WHO) got[who] = (await row.call(who)).status;
      expect(got).toEqual(row.expect);
    });
  }
});

/** What a socket of this role achieves: a cell edit stored, a comment stored, or no socket at all. */
const SYNC: Record<Who, { edit: boolean; comment: boolean } | 'refused'> = {
  beheerder: { edit: true, comment: true },
  redacteur: { edit: true, comment: true },
  lezer: { edit: false, comment: true },
  facilitator: { edit: false, comment: true },
  // Finance rights reach budget plans only (tests/server/budget-sync.test.ts); in a programme a comment.
  'financieel-adviseur': { edit: false, comment: true },
  'geen rol': 'refused',
};

describe('every role against /sync', () => {
  for (const who of WHO) {
    it(`${who}: ${JSON.stringify(SYNC[who])}`, async () => {
      const client = s.connect(DOC, { cookie: cookie(who), maxBackoffTime: 200 });
      cleanup.add(() => client.destroy());
      const expected = SYNC[who];
      if (expected === 'refused') {
        await expect.poll(() => client.terminal?.code, POLL).toBe(CLOSE.forbidden.code);
        return;
      }
      await client.whenSynced();
      const user = users.get(who)!;
      const title = `Titel van ${who}`;
      const text = `Opmerking van ${who}`;
      // The comment first: an edit a reader may not make is dropped, and Yjs updates of one
      // client build on each other, so a comment made after it could not be stored either
      // (which is why the client offers readers no way to edit).
      addComment(
        client.doc,
        { targetKind: 'goal', targetId: 'g1', field: 'title', text, authorId: user.id, authorName: `Test ${who}`, at: '2025-03-01T10:00:00Z' },
        userOrigin(user.id),
      );
      const stored = () => s.registry.readDocument(DOC, readComments)!.map((c) => c.text);
      await expect.poll(stored, POLL).toContain(text);
      const titleBefore = s.programme(DOC)!.goals[0]!.title;
      setField(client.doc, 'goal', 'g1', 'title', title, userOrigin(user.id));
      if (expected.edit) {
        await expect.poll(() => s.programme(DOC)!.goals[0]!.title, POLL).toBe(title);
      } else {
        await expect.poll(() => s.logs.some((e) => e.msg === 'update ignored' && e.user === user.id), POLL).toBe(true);
        expect(s.programme(DOC)!.goals[0]!.title).toBe(titleBefore);
      }
      client.destroy();
    });
  }
});
