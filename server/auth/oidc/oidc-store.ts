/**
 * The OpenID Connect tables (account-schema.ts): which provider account (issuer + subject) is
 * which Koers user, and the group -> role mappings per provider that a beheerder keeps.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { isRole, type Role, type RoleGrant } from '../../../shared/auth/roles.ts';

export interface GroupRole {
  id: string;
  provider: string;
  group: string;
  scope: string;
  role: Role;
}

interface GroupRoleRow {
  id: string;
  provider: string;
  group_name: string;
  scope: string;
  role: string;
}

export class GroupRoleTaken extends Error {}

export class OidcStore {
  constructor(private readonly db: Database.Database) {}

  /** The Koers user of a provider account, or undefined on its first sign-in. */
  userOf(issuer: string, subject: string): string | undefined {
    const row = this.db.prepare('SELECT user_id FROM oidc_identities WHERE issuer = ? AND subject = ?').get(issuer, subject) as { user_id: string } | undefined;
    return row?.user_id;
  }

  link(identity: { issuer: string; subject: string; provider: string; userId: string }, now = new Date()): void {
    this.db
      .prepare('INSERT INTO oidc_identities (issuer, subject, provider, user_id, created_at, last_sign_in) VALUES (?, ?, ?, ?, ?, ?)')
      .run(identity.issuer, identity.subject, identity.provider, identity.userId, now.toISOString(), now.toISOString());
  }

  signedIn(issuer: string, subject: string, now = new Date()): void {
    this.db.prepare('UPDATE oidc_identities SET last_sign_in = ? WHERE issuer = ? AND subject = ?').run(now.toISOString(), issuer, subject);
  }

  groupRoles(): GroupRole[] {
    const rows = this.db.prepare('SELECT id, provider, group_name, scope, role FROM oidc_group_roles ORDER BY provider, group_name COLLATE NOCASE, scope, role').all() as GroupRoleRow[];
    return rows.flatMap((row) => (isRole(row.role) ? [{ id: row.id, provider: row.provider, group: row.group_name, scope: row.scope, role: row.role }] : []));
  }

  groupRole(id: string): GroupRole | undefined {
    return this.groupRoles().find((mapping) => mapping.id === id);
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

  /** The grants these groups give at this provider (group names compare exactly, as providers send them). */
  grantsFor(provider: string, groups: readonly string[]): RoleGrant[] {
    const member = new Set(groups);
    const seen = new Set<string>();
    const grants: RoleGrant[] = [];
    for (const mapping of this.groupRoles()) {
      if (mapping.provider !== provider || !member.has(mapping.group)) continue;
      const key = `${mapping.role} ${mapping.scope}`;
      if (seen.has(key)) continue;
      seen.add(key);
      grants.push({ scope: mapping.scope, role: mapping.role });
    }
    return grants;
  }
}
