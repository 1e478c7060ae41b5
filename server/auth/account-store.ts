/** Users and their grants in SQLite. E-mail addresses are unique regardless of case. */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { SignedInUser } from '../../shared/auth/me.ts';
import { ALL_PROGRAMMES, isRole, type RoleGrant } from '../../shared/auth/roles.ts';

export class EmailTaken extends Error {}

interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
}

export class AccountStore {
  constructor(private readonly db: Database.Database) {}

  countUsers(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
  }

  /** The user and password hash for a sign-in, or undefined. */
  credentialsOf(email: string): { user: SignedInUser; passwordHash: string } | undefined {
    const row = this.db.prepare('SELECT id, email, name, password_hash FROM users WHERE email = ? COLLATE NOCASE').get(email.trim()) as
      | UserRow
      | undefined;
    return row && { user: this.withGrants(row), passwordHash: row.password_hash };
  }

  passwordHashOf(userId: string): string | undefined {
    const row = this.db.prepare('SELECT password_hash FROM users WHERE id = ?').get(userId) as Pick<UserRow, 'password_hash'> | undefined;
    return row?.password_hash;
  }

  /** False when there is no such user. */
  setPasswordHash(userId: string, passwordHash: string): boolean {
    return this.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, userId).changes === 1;
  }

  user(id: string): SignedInUser | undefined {
    const row = this.db.prepare('SELECT id, email, name FROM users WHERE id = ?').get(id) as UserRow | undefined;
    return row && this.withGrants(row);
  }

  listUsers(): SignedInUser[] {
    const rows = this.db.prepare('SELECT id, email, name FROM users ORDER BY name COLLATE NOCASE, email').all() as UserRow[];
    return rows.map((row) => this.withGrants(row));
  }

  createUser(input: { email: string; name: string; passwordHash: string; grants: readonly RoleGrant[] }, now = new Date()): SignedInUser {
    const id = randomUUID();
    const insert = this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO users (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(id, input.email.trim(), input.name.trim(), input.passwordHash, now.toISOString());
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

  /** Replaces all grants of a user in one transaction. */
  setGrants(userId: string, grants: readonly RoleGrant[]): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM grants WHERE user_id = ?').run(userId);
      this.writeGrants(userId, grants);
    })();
  }

  /** Users who are beheerder of every programme: the last one may not lose that grant. */
  adminsOfAll(): string[] {
    const rows = this.db.prepare("SELECT user_id FROM grants WHERE role = 'beheerder' AND scope = ?").all(ALL_PROGRAMMES) as { user_id: string }[];
    return rows.map((r) => r.user_id);
  }

  private writeGrants(userId: string, grants: readonly RoleGrant[]): void {
    const insert = this.db.prepare('INSERT OR IGNORE INTO grants (user_id, scope, role) VALUES (?, ?, ?)');
    for (const grant of grants) insert.run(userId, grant.scope, grant.role);
  }

  private withGrants(row: Pick<UserRow, 'id' | 'email' | 'name'>): SignedInUser {
    const grants = (this.db.prepare('SELECT scope, role FROM grants WHERE user_id = ? ORDER BY scope, role').all(row.id) as RoleGrant[]).filter((g) =>
      isRole(g.role),
    );
    return { kind: 'user', id: row.id, email: row.email, name: row.name, grants };
  }
}
