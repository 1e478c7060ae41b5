/**
 * Users and their grants. E-mail addresses are unique regardless of case. The port
 * (AccountStore) and its SQLite implementation; PostgreSQL: persistence/postgres/account-store.ts.
 * Contract: tests/server/account-store.contract.ts.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { SignedInUser } from '../../shared/auth/me.ts';
import { ALL_PROGRAMMES, isRole, type RoleGrant } from '../../shared/auth/roles.ts';
import { migrateComponent } from '../persistence/component-schema.ts';
import { ACCOUNT_MIGRATIONS } from './account-schema.ts';

export class EmailTaken extends Error {}

/**
 * A user as the Gebruikers page lists them: with whether the account may sign in, the grants
 * that came from a group at the provider (a subset of `grants`), and the providers it signs in at.
 */
export type ListedUser = SignedInUser & { active: boolean; groupGrants: RoleGrant[]; providers: string[] };

interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  must_change_password: number;
  active: number;
  passwordless: number;
}

export interface NewUser {
  email: string;
  name: string;
  /** '' for an account that only signs in at an OpenID Connect provider (no password matches it). */
  passwordHash: string;
  grants: readonly RoleGrant[];
  mustChangePassword: boolean;
}

export interface AccountStore {
  countUsers(): number;
  credentialsOf(email: string): { user: SignedInUser; passwordHash: string; active: boolean } | undefined;
  passwordHashOf(userId: string): string | undefined;
  setPasswordHash(userId: string, passwordHash: string, mustChange: boolean): boolean;
  setActive(userId: string, active: boolean): boolean;
  user(id: string): SignedInUser | undefined;
  activeUser(id: string): SignedInUser | undefined;
  /** By name regardless of case, then e-mail. */
  listUsers(): ListedUser[];
  /** Throws EmailTaken when the address (in any case) has an account. */
  createUser(input: NewUser, now?: Date): SignedInUser;
  /**
   * Replaces all grants of a user in one transaction. A grant that came from a group mapping and
   * is kept stays marked so, and leaves again when the user leaves the group.
   */
  setGrants(userId: string, grants: readonly RoleGrant[]): void;
  /**
   * Brings the grants a user has from group mappings (OpenID Connect) in line with `mapped`: the
   * ones no longer mapped leave, new ones arrive marked as from a group; grants a beheerder gave
   * by hand stay as they are. `keep` may hold back a removal (the last beheerder of all
   * programmes). Answers whether anything changed.
   */
  syncGroupGrants(userId: string, mapped: readonly RoleGrant[], keep?: (grant: RoleGrant) => boolean): boolean;
  /**
   * Active users who are beheerder of every programme: the last one may neither lose that grant
   * nor be deactivated. A deactivated one does not count, as they cannot sign in to manage.
   */
  adminsOfAll(): string[];
  /**
   * The stored value of a setting (auth_settings); stores `value` first when there is none.
   * Several processes starting at once all answer the value the first of them stored.
   */
  settingOrInit(key: string, value: string): string;
}

const USER_COLUMNS = "id, email, name, must_change_password, active, password_hash = '' AS passwordless";

export class SqliteAccountStore implements AccountStore {
  constructor(private readonly db: Database.Database) {
    migrateComponent(db, 'accounts', ACCOUNT_MIGRATIONS);
  }

  countUsers(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
  }

  credentialsOf(email: string): { user: SignedInUser; passwordHash: string; active: boolean } | undefined {
    const row = this.db.prepare(`SELECT ${USER_COLUMNS}, password_hash FROM users WHERE email = ? COLLATE NOCASE`).get(email.trim()) as
      | UserRow
      | undefined;
    return row && { user: this.withGrants(row), passwordHash: row.password_hash, active: row.active === 1 };
  }

  passwordHashOf(userId: string): string | undefined {
    const row = this.db.prepare('SELECT password_hash FROM users WHERE id = ?').get(userId) as Pick<UserRow, 'password_hash'> | undefined;
    return row?.password_hash;
  }

  setPasswordHash(userId: string, passwordHash: string, mustChange: boolean): boolean {
    return (
      this.db.prepare('UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?').run(passwordHash, mustChange ? 1 : 0, userId).changes === 1
    );
  }

  setActive(userId: string, active: boolean): boolean {
    return this.db.prepare('UPDATE users SET active = ? WHERE id = ?').run(active ? 1 : 0, userId).changes === 1;
  }

  user(id: string): SignedInUser | undefined {
    const row = this.db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(id) as UserRow | undefined;
    return row && this.withGrants(row);
  }

  activeUser(id: string): SignedInUser | undefined {
    const row = this.db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ? AND active = 1`).get(id) as UserRow | undefined;
    return row && this.withGrants(row);
  }

  listUsers(): ListedUser[] {
    const rows = this.db.prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY name COLLATE NOCASE, email`).all() as UserRow[];
    const groupGrants = this.db.prepare("SELECT scope, role FROM grants WHERE user_id = ? AND source = 'group' ORDER BY scope, role");
    const providers = this.db.prepare('SELECT DISTINCT provider FROM oidc_identities WHERE user_id = ? ORDER BY provider');
    return rows.map((row) => ({
      ...this.withGrants(row),
      active: row.active === 1,
      groupGrants: (groupGrants.all(row.id) as RoleGrant[]).filter((g) => isRole(g.role)),
      providers: (providers.all(row.id) as { provider: string }[]).map((p) => p.provider),
    }));
  }

  createUser(input: NewUser, now = new Date()): SignedInUser {
    const id = randomUUID();
    const insert = this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO users (id, email, name, password_hash, created_at, must_change_password) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, input.email.trim(), input.name.trim(), input.passwordHash, now.toISOString(), input.mustChangePassword ? 1 : 0);
      this.writeGrants(id, input.grants);
    });
    try {
      insert();
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new EmailTaken(input.email);
      throw error;
    }
    return this.user(id)!;
  }

  /**
   * Replaces all grants of a user in one transaction. A grant that came from a group mapping and
   * is kept stays marked so, and leaves again when the user leaves the group.
   */
  setGrants(userId: string, grants: readonly RoleGrant[]): void {
    this.db.transaction(() => {
      const fromGroups = new Set(
        (this.db.prepare("SELECT scope, role FROM grants WHERE user_id = ? AND source = 'group'").all(userId) as RoleGrant[]).map(grantKey),
      );
      this.db.prepare('DELETE FROM grants WHERE user_id = ?').run(userId);
      this.writeGrants(userId, grants.filter((g) => !fromGroups.has(grantKey(g))));
      this.writeGrants(userId, grants.filter((g) => fromGroups.has(grantKey(g))), 'group');
    })();
  }

  /**
   * Brings the grants a user has from group mappings in line with `mapped`: the ones no longer
   * mapped leave, new ones arrive marked 'group'; grants a beheerder gave by hand stay as they
   * are. `keep` may hold back a removal (the last beheerder of all programmes). Answers whether
   * anything changed.
   */
  syncGroupGrants(userId: string, mapped: readonly RoleGrant[], keep: (grant: RoleGrant) => boolean = () => false): boolean {
    return this.db.transaction(() => {
      const current = this.db.prepare("SELECT scope, role FROM grants WHERE user_id = ? AND source = 'group'").all(userId) as RoleGrant[];
      const wanted = new Set(mapped.map(grantKey));
      let changed = false;
      const remove = this.db.prepare("DELETE FROM grants WHERE user_id = ? AND scope = ? AND role = ? AND source = 'group'");
      for (const grant of current) {
        if (wanted.has(grantKey(grant)) || keep(grant)) continue;
        changed = remove.run(userId, grant.scope, grant.role).changes > 0 || changed;
      }
      const insert = this.db.prepare("INSERT OR IGNORE INTO grants (user_id, scope, role, source) VALUES (?, ?, ?, 'group')");
      for (const grant of mapped) changed = insert.run(userId, grant.scope, grant.role).changes > 0 || changed;
      return changed;
    })();
  }

  adminsOfAll(): string[] {
    const rows = this.db
      .prepare("SELECT g.user_id FROM grants g JOIN users u ON u.id = g.user_id WHERE g.role = 'beheerder' AND g.scope = ? AND u.active = 1")
      .all(ALL_PROGRAMMES) as { user_id: string }[];
    return rows.map((r) => r.user_id);
  }

  settingOrInit(key: string, value: string): string {
    this.db.prepare('INSERT INTO auth_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING').run(key, value);
    return (this.db.prepare('SELECT value FROM auth_settings WHERE key = ?').get(key) as { value: string }).value;
  }

  private writeGrants(userId: string, grants: readonly RoleGrant[], source: 'manual' | 'group' = 'manual'): void {
    const insert = this.db.prepare('INSERT OR IGNORE INTO grants (user_id, scope, role, source) VALUES (?, ?, ?, ?)');
    for (const grant of grants) insert.run(userId, grant.scope, grant.role, source);
  }

  private withGrants(row: Pick<UserRow, 'id' | 'email' | 'name' | 'must_change_password' | 'passwordless'>): SignedInUser {
    const grants = (this.db.prepare('SELECT scope, role FROM grants WHERE user_id = ? ORDER BY scope, role').all(row.id) as RoleGrant[]).filter((g) =>
      isRole(g.role),
    );
    return {
      kind: 'user',
      id: row.id,
      email: row.email,
      name: row.name,
      grants,
      mustChangePassword: row.must_change_password === 1,
      ...(row.passwordless === 1 ? { passwordless: true as const } : {}),
    };
  }
}

const grantKey = (grant: RoleGrant) => `${grant.role} ${grant.scope}`;
