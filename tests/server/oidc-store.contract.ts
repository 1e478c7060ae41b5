/**
 * The contract of the OidcStore port (server/auth/oidc/oidc-store.ts), taken from what sign-in at
 * a provider (server/auth/oidc/index.ts) and the Groepen en rollen page rely on, together with
 * the OpenID Connect parts of the AccountStore (group grants, passwordless accounts, providers per
 * user). oidc-store.test.ts runs it on every backend.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountStore } from '../../server/auth/account-store.ts';
import { GroupRoleTaken, type OidcStore } from '../../server/auth/oidc/oidc-store.ts';
import type { Backend, SideStores } from './backends.ts';

const ISSUER = 'https://login.example.nl/tenant/v2.0';
const newUser = (email: string, name: string, passwordHash = `scrypt$hash-of-${name}`) => ({ email, name, passwordHash, grants: [], mustChangePassword: false });

export function describeOidcStoreContract(backend: Backend<SideStores>): void {
  describe(`OidcStore contract: ${backend.name}`, () => {
    let db: SideStores;
    let oidc: OidcStore;
    let accounts: AccountStore;

    beforeEach(async () => {
      db = await backend.harness();
      ({ oidc, accounts } = db.oidc());
    });
    afterEach(() => db.dispose());

    it('links a provider account (issuer + subject) to a user once; another subject or issuer is someone else', () => {
      const { id } = accounts.createUser(newUser('fleur@dronten.nl', 'Fleur', ''));
      expect(oidc.userOf(ISSUER, 'sub-1')).toBeUndefined();
      oidc.link({ issuer: ISSUER, subject: 'sub-1', provider: 'dronten', userId: id }, new Date('2026-03-01T10:00:00Z'));
      expect(oidc.userOf(ISSUER, 'sub-1')).toBe(id);
      expect(oidc.userOf(ISSUER, 'sub-2')).toBeUndefined();
      expect(oidc.userOf('https://other.example.nl', 'sub-1')).toBeUndefined();
      expect(() => oidc.link({ issuer: ISSUER, subject: 'sub-1', provider: 'dronten', userId: 'someone-else' })).toThrow();
      oidc.signedIn(ISSUER, 'sub-1', new Date('2026-03-02T10:00:00Z'));
      expect(db.oidc().oidc.userOf(ISSUER, 'sub-1')).toBe(id);
    });

    it('lists users with the providers they sign in at; an account without password is passwordless', () => {
      const a = accounts.createUser(newUser('a@koers.test', 'A', ''));
      const b = accounts.createUser(newUser('b@koers.test', 'B'));
      oidc.link({ issuer: ISSUER, subject: 'a-1', provider: 'dronten', userId: a.id });
      oidc.link({ issuer: 'https://sso.ggd.nl/realms/x', subject: 'a-2', provider: 'ggd', userId: a.id });
      oidc.link({ issuer: 'https://sso.ggd.nl/realms/x', subject: 'a-3', provider: 'ggd', userId: a.id });
      expect(a.passwordless).toBe(true);
      expect(accounts.user(a.id)!.passwordless).toBe(true);
      expect(accounts.credentialsOf('a@koers.test')!.passwordHash).toBe('');
      expect(b.passwordless).toBeUndefined();
      expect(accounts.listUsers().map((u) => [u.name, u.providers, u.passwordless ?? false])).toEqual([
        ['A', ['dronten', 'ggd'], true],
        ['B', [], false],
      ]);
      accounts.setPasswordHash(a.id, 'scrypt$now-with-password', false);
      expect(accounts.user(a.id)!.passwordless).toBeUndefined();
    });

    it('brings group grants in line with the mapped ones and leaves grants given by hand alone', () => {
      const { id } = accounts.createUser({ ...newUser('a@koers.test', 'A'), grants: [{ scope: 'p1', role: 'lezer' }] });
      expect(accounts.syncGroupGrants(id, [{ scope: 'p1', role: 'lezer' }, { scope: 'p2', role: 'redacteur' }])).toBe(true);
      // p1 lezer was given by hand: it stays a hand-given grant.
      expect(accounts.listUsers()[0]!.groupGrants).toEqual([{ scope: 'p2', role: 'redacteur' }]);
      expect(accounts.user(id)!.grants).toEqual([
        { scope: 'p1', role: 'lezer' },
        { scope: 'p2', role: 'redacteur' },
      ]);
      expect(accounts.syncGroupGrants(id, [{ scope: 'p2', role: 'redacteur' }])).toBe(false);
      expect(accounts.syncGroupGrants(id, [{ scope: '*', role: 'beheerder' }])).toBe(true);
      expect(accounts.user(id)!.grants).toEqual([
        { scope: '*', role: 'beheerder' },
        { scope: 'p1', role: 'lezer' },
      ]);
      // Leaving every group takes the group grants away, but `keep` may hold one back.
      expect(accounts.syncGroupGrants(id, [], (g) => g.scope === '*' && g.role === 'beheerder')).toBe(false);
      expect(accounts.listUsers()[0]!.groupGrants).toEqual([{ scope: '*', role: 'beheerder' }]);
      expect(accounts.syncGroupGrants(id, [])).toBe(true);
      expect(accounts.user(id)!.grants).toEqual([{ scope: 'p1', role: 'lezer' }]);
      expect(accounts.listUsers()[0]!.groupGrants).toEqual([]);
    });

    it('setGrants keeps a group grant marked as from a group, so it leaves again with the group', () => {
      const { id } = accounts.createUser(newUser('a@koers.test', 'A'));
      accounts.syncGroupGrants(id, [{ scope: 'p2', role: 'redacteur' }]);
      accounts.setGrants(id, [
        { scope: 'p2', role: 'redacteur' },
        { scope: 'p3', role: 'lezer' },
      ]);
      expect(accounts.listUsers()[0]!.groupGrants).toEqual([{ scope: 'p2', role: 'redacteur' }]);
      expect(accounts.syncGroupGrants(id, [])).toBe(true);
      expect(accounts.user(id)!.grants).toEqual([{ scope: 'p3', role: 'lezer' }]);
      // A group grant a beheerder takes away is gone; the next sign-in with the group brings it back.
      accounts.syncGroupGrants(id, [{ scope: 'p2', role: 'redacteur' }]);
      accounts.setGrants(id, [{ scope: 'p3', role: 'lezer' }]);
      expect(accounts.listUsers()[0]!.groupGrants).toEqual([]);
      expect(accounts.syncGroupGrants(id, [{ scope: 'p2', role: 'redacteur' }])).toBe(true);
      expect(accounts.listUsers()[0]!.groupGrants).toEqual([{ scope: 'p2', role: 'redacteur' }]);
    });

    it('keeps group -> role mappings: sorted, one of each, removable, and what groups give', () => {
      const b = oidc.addGroupRole({ provider: 'dronten', group: 'beleid', scope: 'p1', role: 'redacteur' });
      const a = oidc.addGroupRole({ provider: 'dronten', group: 'Beheer', scope: '*', role: 'beheerder' });
      const c = oidc.addGroupRole({ provider: 'dronten', group: 'beleid', scope: 'p1', role: 'lezer' });
      const g = oidc.addGroupRole({ provider: 'ggd', group: 'beleid', scope: 'p2', role: 'lezer' });
      expect(b).toEqual({ id: expect.any(String), provider: 'dronten', group: 'beleid', scope: 'p1', role: 'redacteur' });
      expect(oidc.groupRoles().map((m) => m.id)).toEqual([a.id, c.id, b.id, g.id]);
      expect(oidc.groupRole(b.id)).toEqual(b);
      expect(oidc.groupRole('no-such-mapping')).toBeUndefined();
      expect(() => oidc.addGroupRole({ provider: 'dronten', group: 'beleid', scope: 'p1', role: 'redacteur' })).toThrow(GroupRoleTaken);
      // Group names compare exactly: "Beleid" is another group than "beleid".
      expect(oidc.addGroupRole({ provider: 'dronten', group: 'Beleid', scope: 'p1', role: 'redacteur' }).group).toBe('Beleid');
      expect(oidc.grantsFor('dronten', ['beleid', 'onbekend'])).toEqual([
        { scope: 'p1', role: 'lezer' },
        { scope: 'p1', role: 'redacteur' },
      ]);
      expect(oidc.grantsFor('ggd', ['beleid'])).toEqual([{ scope: 'p2', role: 'lezer' }]);
      expect(oidc.grantsFor('dronten', [])).toEqual([]);
      expect(oidc.removeGroupRole(c.id)).toBe(true);
      expect(oidc.removeGroupRole(c.id)).toBe(false);
      expect(db.oidc().oidc.grantsFor('dronten', ['beleid', 'Beheer'])).toEqual([
        { scope: '*', role: 'beheerder' },
        { scope: 'p1', role: 'redacteur' },
      ]);
    });

    it('a transaction links, creates and grants all or nothing', () => {
      expect(
        oidc.transaction(() => {
          const { id } = accounts.createUser(newUser('a@koers.test', 'A', ''));
          oidc.link({ issuer: ISSUER, subject: 'a', provider: 'dronten', userId: id });
          accounts.syncGroupGrants(id, [{ scope: 'p1', role: 'lezer' }]);
          return id;
        }),
      ).toEqual(expect.any(String));
      expect(accounts.countUsers()).toBe(1);
      expect(() =>
        oidc.transaction(() => {
          const { id } = accounts.createUser(newUser('b@koers.test', 'B', ''));
          oidc.link({ issuer: ISSUER, subject: 'b', provider: 'dronten', userId: id });
          accounts.syncGroupGrants(id, [{ scope: 'p1', role: 'lezer' }]);
          throw new Error('the account was blocked meanwhile');
        }),
      ).toThrow(/blocked meanwhile/);
      const fresh = db.oidc();
      expect(fresh.accounts.countUsers()).toBe(1);
      expect(fresh.accounts.credentialsOf('b@koers.test')).toBeUndefined();
      expect(fresh.oidc.userOf(ISSUER, 'b')).toBeUndefined();
      expect(fresh.oidc.userOf(ISSUER, 'a')).toBeDefined();
    });
  });
}
