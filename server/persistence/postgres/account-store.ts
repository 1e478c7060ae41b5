/**
 * Users and their grants on PostgreSQL: the AccountStore port (server/auth/account-store.ts).
 * E-mail addresses are unique regardless of case (a unique index on lower(email)); names sort
 * regardless of case, then by e-mail, in byte order as SQLite's NOCASE does for ASCII.
 */
import { randomUUID } from 'node:crypto';
import type { SignedInUser } from '../../../shared/auth/me.ts';
import { ALL_PROGRAMMES, isRole, type RoleGrant } from '../../../shared/auth/roles.ts';
import { EmailTaken, type AccountStore, type ListedUser, type NewUser } from '../../auth/account-store.ts';
import { PgError, UNIQUE_VIOLATION, type PgBridge, type Statement } from './pg-bridge.ts';

interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  must_change_password: boolean;
  active: boolean;
  passwordless: boolean;
}

const USER_COLUMNS = "id, email, name, must_change_password, active, password_hash = '' AS passwordless";

export class PostgresAccountStore implements AccountStore {
  constructor(private readonly db: PgBridge) {}

  countUsers(): number {
    return this.db.query<{ n: number }>('SELECT count(*) AS n FROM users')[0]!.n;
  }

  credentialsOf(email: string): { user: SignedInUser; passwordHash: string; active: boolean } | undefined {
    const row = this.db.query<UserRow>(`SELECT ${USER_COLUMNS}, password_hash FROM users WHERE lower(email) = lower($1)`, [email.trim()])[0];
    return row && { user: this.withGrants([row])[0]!, passwordHash: row.password_hash, active: row.active };
  }

  passwordHashOf(userId: string): string | undefined {
    return this.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [userId])[0]?.password_hash;
  }

  setPasswordHash(userId: string, passwordHash: string, mustChange: boolean): boolean {
    return this.db.run('UPDATE users SET password_hash = $1, must_change_password = $2 WHERE id = $3', [passwordHash, mustChange, userId]) === 1;
  }

  setActive(userId: string, active: boolean): boolean {
    return this.db.run('UPDATE users SET active = $1 WHERE id = $2', [active, userId]) === 1;
  }

  user(id: string): SignedInUser | undefined {
    return this.withGrants(this.db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]))[0];
  }

  activeUser(id: string): SignedInUser | undefined {
    return this.withGrants(this.db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1 AND active`, [id]))[0];
  }

  listUsers(): ListedUser[] {
    const rows = this.db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY lower(name) COLLATE "C", email COLLATE "C"`);
    const users = this.withGrants(rows);
    const ids = rows.map((row) => row.id);
    const groupGrants = new Map<string, RoleGrant[]>();
    for (const grant of this.db.query<RoleGrant & { user_id: string }>(
      "SELECT user_id, scope, role FROM grants WHERE user_id = ANY($1::text[]) AND source = 'group' ORDER BY scope, role",
      [ids],
    )) {
      if (isRole(grant.role)) push(groupGrants, grant.user_id, { scope: grant.scope, role: grant.role });
    }
    const providers = new Map<string, string[]>();
    for (const row of this.db.query<{ user_id: string; provider: string }>(
      'SELECT DISTINCT user_id, provider FROM oidc_identities WHERE user_id = ANY($1::text[]) ORDER BY user_id, provider',
      [ids],
    )) {
      push(providers, row.user_id, row.provider);
    }
    return users.map((user, i) => ({ ...user, active: rows[i]!.active, groupGrants: groupGrants.get(user.id) ?? [], providers: providers.get(user.id) ?? [] }));
  }

  createUser(input: NewUser, now = new Date()): SignedInUser {
    const id = randomUUID();
    try {
      this.db.batch([
        {
          sql: 'INSERT INTO users (id, email, name, password_hash, created_at, must_change_password) VALUES ($1, $2, $3, $4, $5, $6)',
          params: [id, input.email.trim(), input.name.trim(), input.passwordHash, now.toISOString(), input.mustChangePassword],
        },
        ...grantStatements(id, input.grants),
      ]);
    } catch (error) {
      if (error instanceof PgError && error.code === UNIQUE_VIOLATION && error.constraint === 'users_email') throw new EmailTaken(input.email);
      throw error;
    }
    return this.user(id)!;
  }

  setGrants(userId: string, grants: readonly RoleGrant[]): void {
    // The grants no longer wanted leave; the kept ones keep their source (a group mapping's stays
    // marked so, and leaves again with the group); new ones are given by hand.
    this.db.batch([
      {
        sql: `DELETE FROM grants g WHERE g.user_id = $1
                AND NOT EXISTS (SELECT 1 FROM unnest($2::text[], $3::text[]) AS w(scope, role) WHERE w.scope = g.scope AND w.role = g.role)`,
        params: [userId, grants.map((g) => g.scope), grants.map((g) => g.role)],
      },
      ...grantStatements(userId, grants),
    ]);
  }

  syncGroupGrants(userId: string, mapped: readonly RoleGrant[], keep: (grant: RoleGrant) => boolean = () => false): boolean {
    return this.db.transaction(() => {
      const current = this.db.query<RoleGrant>("SELECT scope, role FROM grants WHERE user_id = $1 AND source = 'group' FOR UPDATE", [userId]);
      const wanted = new Set(mapped.map(grantKey));
      let changed = false;
      for (const grant of current) {
        if (wanted.has(grantKey(grant)) || keep(grant)) continue;
        changed = this.db.run("DELETE FROM grants WHERE user_id = $1 AND scope = $2 AND role = $3 AND source = 'group'", [userId, grant.scope, grant.role]) > 0 || changed;
      }
      for (const grant of mapped) {
        changed = this.db.run("INSERT INTO grants (user_id, scope, role, source) VALUES ($1, $2, $3, 'group') ON CONFLICT DO NOTHING", [userId, grant.scope, grant.role]) > 0 || changed;
      }
      return changed;
    });
  }

  adminsOfAll(): string[] {
    return this.db
      .query<{ user_id: string }>(
        "SELECT g.user_id FROM grants g JOIN users u ON u.id = g.user_id WHERE g.role = 'beheerder' AND g.scope = $1 AND u.active",
        [ALL_PROGRAMMES],
      )
      .map((row) => row.user_id);
  }

  settingOrInit(key: string, value: string): string {
    return this.db.query<{ value: string }>(
      `WITH inserted AS (INSERT INTO auth_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING value)
       SELECT value FROM inserted UNION ALL SELECT value FROM auth_settings WHERE key = $1`,
      [key, value],
    )[0]!.value;
  }

  /** The users with their grants, in the order given; one query for all grants. */
  private withGrants(rows: readonly UserRow[]): SignedInUser[] {
    if (rows.length === 0) return [];
    const grants = new Map<string, RoleGrant[]>();
    for (const grant of this.db.query<RoleGrant & { user_id: string }>(
      'SELECT user_id, scope, role FROM grants WHERE user_id = ANY($1::text[]) ORDER BY scope, role',
      [rows.map((row) => row.id)],
    )) {
      if (!isRole(grant.role)) continue;
      const list = grants.get(grant.user_id) ?? [];
      list.push({ scope: grant.scope, role: grant.role });
      grants.set(grant.user_id, list);
    }
    return rows.map((row) => ({
      kind: 'user',
      id: row.id,
      email: row.email,
      name: row.name,
      grants: grants.get(row.id) ?? [],
      mustChangePassword: row.must_change_password,
      ...(row.passwordless ? { passwordless: true as const } : {}),
    }));
  }
}

const grantKey = (grant: RoleGrant) => `${grant.role} ${grant.scope}`;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function grantStatements(userId: string, grants: readonly RoleGrant[]): Statement[] {
  return grants.map((grant) => ({
    sql: 'INSERT INTO grants (user_id, scope, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
    params: [userId, grant.scope, grant.role],
  }));
}
