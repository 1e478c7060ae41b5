/**
 * The contract of the AccountStore port (server/auth/account-store.ts), taken from what sign-in,
 * user management and the first beheerder rely on. account-store.test.ts runs it on every backend.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmailTaken, type AccountStore } from '../../server/auth/account-store.ts';
import type { Backend, SideStores } from './backends.ts';

const user = (email: string, name: string, extra: Partial<Parameters<AccountStore['createUser']>[0]> = {}) => ({
  email,
  name,
  passwordHash: `scrypt$hash-of-${name}`,
  grants: [],
  mustChangePassword: false,
  ...extra,
});

export function describeAccountStoreContract(backend: Backend<SideStores>): void {
  describe(`AccountStore contract: ${backend.name}`, () => {
    let db: SideStores;
    let accounts: AccountStore;

    beforeEach(async () => {
      db = await backend.harness();
      accounts = db.accounts();
    });
    afterEach(() => db.dispose());

    it('starts without users and creates one with trimmed address and name, grants sorted', () => {
      expect(accounts.countUsers()).toBe(0);
      expect(accounts.listUsers()).toEqual([]);
      const created = accounts.createUser(
        user('  Fleur@Dronten.nl ', ' Fleur de Boer ', {
          grants: [
            { scope: 'kansengelijkheid', role: 'redacteur' },
            { scope: 'bestaanszekerheid', role: 'lezer' },
            { scope: 'bestaanszekerheid', role: 'lezer' },
          ],
          mustChangePassword: true,
        }),
      );
      expect(created).toEqual({
        kind: 'user',
        id: expect.any(String),
        email: 'Fleur@Dronten.nl',
        name: 'Fleur de Boer',
        grants: [
          { scope: 'bestaanszekerheid', role: 'lezer' },
          { scope: 'kansengelijkheid', role: 'redacteur' },
        ],
        mustChangePassword: true,
      });
      expect(accounts.countUsers()).toBe(1);
      expect(accounts.user(created.id)).toEqual(created);
      expect(accounts.user('no-such-user')).toBeUndefined();
    });

    it('finds credentials by address regardless of case and spaces, and refuses a second account for it', () => {
      const created = accounts.createUser(user('fleur@dronten.nl', 'Fleur'));
      expect(accounts.credentialsOf(' FLEUR@dronten.NL ')).toEqual({ user: created, passwordHash: 'scrypt$hash-of-Fleur', active: true });
      expect(accounts.credentialsOf('iemand@dronten.nl')).toBeUndefined();
      expect(() => accounts.createUser(user('Fleur@Dronten.nl', 'Andere Fleur'))).toThrow(EmailTaken);
      expect(accounts.countUsers()).toBe(1);
    });

    it('changes a password hash and its must-change mark; false for an unknown user', () => {
      const { id } = accounts.createUser(user('a@koers.test', 'A', { mustChangePassword: true }));
      expect(accounts.passwordHashOf(id)).toBe('scrypt$hash-of-A');
      expect(accounts.setPasswordHash(id, 'scrypt$new', false)).toBe(true);
      expect(accounts.passwordHashOf(id)).toBe('scrypt$new');
      expect(accounts.user(id)!.mustChangePassword).toBe(false);
      expect(accounts.setPasswordHash(id, 'scrypt$reset', true)).toBe(true);
      expect(accounts.user(id)!.mustChangePassword).toBe(true);
      expect(accounts.setPasswordHash('nobody', 'x', false)).toBe(false);
      expect(accounts.passwordHashOf('nobody')).toBeUndefined();
    });

    it('a deactivated account keeps its user but has no active user; reactivating brings it back', () => {
      const { id } = accounts.createUser(user('a@koers.test', 'A'));
      expect(accounts.setActive(id, false)).toBe(true);
      expect(accounts.user(id)).toBeDefined();
      expect(accounts.activeUser(id)).toBeUndefined();
      expect(accounts.credentialsOf('a@koers.test')!.active).toBe(false);
      expect(accounts.listUsers()[0]!.active).toBe(false);
      expect(accounts.setActive(id, true)).toBe(true);
      expect(accounts.activeUser(id)).toEqual(accounts.user(id));
      expect(accounts.setActive('nobody', false)).toBe(false);
    });

    it('lists users by name regardless of case, then address, each with whether it is active', () => {
      accounts.createUser(user('z@koers.test', 'bram'));
      accounts.createUser(user('b@koers.test', 'Anna'));
      accounts.createUser(user('a@koers.test', 'Anna'));
      const { id } = accounts.createUser(user('c@koers.test', 'Carla'));
      accounts.setActive(id, false);
      expect(accounts.listUsers().map((u) => [u.name, u.email, u.active])).toEqual([
        ['Anna', 'a@koers.test', true],
        ['Anna', 'b@koers.test', true],
        ['bram', 'z@koers.test', true],
        ['Carla', 'c@koers.test', false],
      ]);
    });

    it('replaces all grants at once', () => {
      const { id } = accounts.createUser(user('a@koers.test', 'A', { grants: [{ scope: 'p1', role: 'lezer' }] }));
      accounts.setGrants(id, [
        { scope: 'p2', role: 'redacteur' },
        { scope: 'p2', role: 'redacteur' },
        { scope: '*', role: 'beheerder' },
      ]);
      expect(accounts.user(id)!.grants).toEqual([
        { scope: '*', role: 'beheerder' },
        { scope: 'p2', role: 'redacteur' },
      ]);
      accounts.setGrants(id, []);
      expect(accounts.user(id)!.grants).toEqual([]);
    });

    it('names the active beheerders of every programme', () => {
      const a = accounts.createUser(user('a@koers.test', 'A', { grants: [{ scope: '*', role: 'beheerder' }] }));
      const b = accounts.createUser(user('b@koers.test', 'B', { grants: [{ scope: '*', role: 'beheerder' }] }));
      accounts.createUser(user('c@koers.test', 'C', { grants: [{ scope: 'p1', role: 'beheerder' }, { scope: '*', role: 'redacteur' }] }));
      accounts.setActive(b.id, false);
      expect(accounts.adminsOfAll()).toEqual([a.id]);
    });

    it('keeps the first value of a setting, also for a second connection', () => {
      expect(accounts.settingOrInit('cookie_secret', 'eerste')).toBe('eerste');
      expect(accounts.settingOrInit('cookie_secret', 'tweede')).toBe('eerste');
      expect(db.accounts().settingOrInit('cookie_secret', 'derde')).toBe('eerste');
      expect(accounts.settingOrInit('other', 'x')).toBe('x');
    });

    it('keeps everything for the next connection (a restart)', () => {
      const created = accounts.createUser(user('a@koers.test', 'A', { grants: [{ scope: 'p1', role: 'lezer' }] }));
      const again = db.accounts();
      expect(again.user(created.id)).toEqual(created);
      expect(again.credentialsOf('a@koers.test')!.passwordHash).toBe('scrypt$hash-of-A');
    });
  });
}
