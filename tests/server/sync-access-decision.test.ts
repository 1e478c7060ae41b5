/** What each principal gets at /sync per document: programmes and werkatelier docs. */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { RoleGrant } from '../../shared/auth/roles.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { createAuth } from '../../server/auth/create-auth.ts';
import type { Principal } from '../../server/auth/principal.ts';
import { createLogger } from '../../server/log.ts';
import { sqliteSideStores } from '../../server/storage.ts';
import { accessDecider } from '../../server/sync/access.ts';

const db = new Database(':memory:');
afterAll(() => db.close());
const { accounts, sessions } = sqliteSideStores(db);
const auth = createAuth({ accounts, sessions, config: { secureCookies: false }, log: createLogger('silent') });
const WORKSHOPS: Record<string, { programmeId: string; status: 'open' | 'closed' }> = {
  open1: { programmeId: 'p1', status: 'open' },
  closed1: { programmeId: 'p1', status: 'closed' },
};
const decide = accessDecider(auth, { lookup: (id) => WORKSHOPS[id] ?? null });

const userWith = (...grants: RoleGrant[]): Principal => ({ kind: 'user', id: 'u', email: 'u@koers.test', name: 'U', grants, mustChangePassword: false, sessionId: 's' });
const participantOf = (workshopId: string): Principal => ({ kind: 'participant', id: 'd', name: 'D', workshopId, sessionId: 's' });

describe('access at /sync', () => {
  it.each([
    ['beheerder *', userWith({ scope: '*', role: 'beheerder' }), 'p1', { access: 'edit' }],
    ['redacteur', userWith({ scope: 'p1', role: 'redacteur' }), 'p1', { access: 'edit' }],
    ['lezer', userWith({ scope: 'p1', role: 'lezer' }), 'p1', { access: 'comment' }],
    ['facilitator', userWith({ scope: 'p1', role: 'facilitator' }), 'p1', { access: 'comment' }],
    ['lezer elsewhere', userWith({ scope: 'p2', role: 'lezer' }), 'p1', { close: CLOSE.forbidden }],
    ['participant', participantOf('open1'), 'p1', { close: CLOSE.forbidden }],
    ['facilitator in werkatelier', userWith({ scope: 'p1', role: 'facilitator' }), 'werkatelier-open1', { access: 'facilitate' }],
    ['beheerder in werkatelier', userWith({ scope: '*', role: 'beheerder' }), 'werkatelier-open1', { access: 'facilitate' }],
    ['redacteur in werkatelier', userWith({ scope: 'p1', role: 'redacteur' }), 'werkatelier-open1', { access: 'read' }],
    ['lezer of another programme', userWith({ scope: 'p2', role: 'lezer' }), 'werkatelier-open1', { close: CLOSE.forbidden }],
    ['its participant', participantOf('open1'), 'werkatelier-open1', { access: 'participate' }],
    ['its participant after closing', participantOf('closed1'), 'werkatelier-closed1', { close: CLOSE.workshopClosed }],
    ['participant of another werkatelier', participantOf('closed1'), 'werkatelier-open1', { close: CLOSE.forbidden }],
    ['unknown werkatelier', userWith({ scope: '*', role: 'beheerder' }), 'werkatelier-nope', { close: CLOSE.unknownDocument }],
  ] as const)('%s', (_, principal, docId, expected) => {
    expect(decide(principal, docId)).toMatchObject(expected);
  });
});
