/**
 * The OpenID Connect tables: which provider account (issuer + subject) is which Koers user, and
 * the group -> role mappings per provider that a beheerder keeps. The port (OidcStore) and its
 * SQLite implementation (tables in account-schema.ts); PostgreSQL:
 * persistence/postgres/oidc-store.ts. Contract: tests/server/oidc-store.contract.ts.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { isRole, type Role, type RoleGrant } from '../../../shared/auth/roles.ts';
import { migrateComponent } from '../../persistence/component-schema.ts';
import { ACCOUNT_MIGRATIONS } from '../account-schema.ts';

export interface GroupRole {
  id: string;
  provider: string;
  group: string;
  scope: string;
  role: Role;
}

export interface OidcIdentity {
  issuer: string;
  subject: string;
  provider: string;
  userId: string;
}

export class GroupRoleTaken extends Error {}

export interface OidcStore {
  /** The Koers user of a provider account, or undefined on its first sign-in. */
  userOf(issuer: string, subject: string): string | undefined;
  /** Links a provider account to a user; throws when that provider account is linked already. */
  link(identity: OidcIdentity, now?: Date): void;
  /** Notes a sign-in of a linked provider account. */
  signedIn(issuer: string, subject: string, now?: Date): void;
  /** By provider, group name regardless of case, scope and role. */
  groupRoles(): GroupRole[];
  groupRole(id: string): GroupRole | undefined;
  /** Throws GroupRoleTaken when the same provider, group, scope and role are mapped already. */
  addGroupRole(mapping: Omit<GroupRole, 'id'>, now?: Date): GroupRole;
  removeGroupRole(id: string): boolean;
  /** The grants these groups give at this provider (group names compare exactly, as providers send them). */
  grantsFor(provider: string, groups: readonly string[]): RoleGrant[];
  /**
   * Runs `fn` in one transaction on the database of this store, which is also that of the
   * accounts: a sign-in links, creates and grants all or nothing.
   */
  transaction<T>(fn: () => T): T;
}

export interface GroupRoleRow {
  id: string;
  provider: string;
  group_name: string;
  scope: string;
  role: string;
}

/** The stored mappings as the port answers them: unknown roles left out. */
export function groupRolesOf(rows: readonly GroupRoleRow[]): GroupRole[] {
  return rows.flatMap((row) => (isRole(row.role) ? [{ id: row.id, provider: row.provider, group: row.group_name, scope: row.scope, role: row.role }] : []));
}

/** The distinct grants of the mappings of these groups at this provider, in mapping order. */
export function grantsOfMappings(mappings: readonly GroupRole[], provider: string, groups: readonly string[]): RoleGrant[] {
  const member = new Set(groups);
  const seen = new Set<string>();
  const grants: RoleGrant[] = [];
  for (const mapping of mappings) {
    if (mapping.provider !== provider || !member.has(mapping.group)) continue;
    const key = `${mapping.role} ${mapping.scope}`;
    if (seen.has(key)) continue;
    seen.add(key);
    grants.push({ scope: mapping.scope, role: mapping.role });
  }
  return grants;
}

export class SqliteOidcStore implements OidcStore {
  constructor(private readonly db: Database.Database) {
    migrateComponent(db, 'accounts', ACCOUNT_MIGRATIONS);
  }

  userOf(issuer: string, subject: string): string | undefined {
    const row = this.db.prepare('SELECT user_id FROM oidc_identities WHERE issuer = ? AND subject = ?').get(issuer, subject) as { user_id: string } | undefined;
    return row?.user_id;
  }

  link(identity: OidcIdentity, now = new Date()): void {
    this.db
      .prepare('INSERT INTO oidc_identities (issuer, subject, provider, user_id, created_at, last_sign_in) VALUES (?, ?, ?, ?, ?, ?)')
      .run(identity.issuer, identity.subject, identity.provider, identity.userId, now.toISOString(), now.toISOString());
  }

  signedIn(issuer: string, subject: string, now = new Date()): void {
    this.db.prepare('UPDATE oidc_identities SET last_sign_in = ? WHERE issuer = ? AND subject = ?').run(now.toISOString(), issuer, subject);
  }

  groupRoles(): GroupRole[] {
    return groupRolesOf(
      this.db.prepare('SELECT id, provider, group_name, scope, role FROM oidc_group_roles ORDER BY provider, group_name COLLATE NOCASE, scope, role').all() as GroupRoleRow[],
    );
  }

  groupRole(id: string): GroupRole | undefined {
    return groupRolesOf(this.db.prepare('SELECT id, provider, group_name, scope, role FROM oidc_group_roles WHERE id = ?').all(id) as GroupRoleRow[])[0];
  }

  addGroupRole(mapping: Omit<GroupRole, 'id'>, now = new Date()): GroupRole {
    const id = randomUUID();
    try {
      this.db
        .prepare('INSERT INTO oidc_group_roles (id, provider, group_name, scope, role, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, mapping.provider, mapping.group, mapping.scope, mapping.role, now.toISOString());
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new GroupRoleTaken();
      throw error;
    }
    return { id, ...mapping };
  }

  removeGroupRole(id: string): boolean {
    return this.db.prepare('DELETE FROM oidc_group_roles WHERE id = ?').run(id).changes === 1;
  }

  grantsFor(provider: string, groups: readonly string[]): RoleGrant[] {
    return grantsOfMappings(this.groupRoles(), provider, groups);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }
}
