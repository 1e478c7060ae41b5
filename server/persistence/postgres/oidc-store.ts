/**
 * OpenID Connect identities and group -> role mappings on PostgreSQL: the OidcStore port
 * (server/auth/oidc/oidc-store.ts). Group names sort regardless of case (ASCII, as SQLite's
 * NOCASE), everything else in byte order.
 */
import { randomUUID } from 'node:crypto';
import type { RoleGrant } from '../../../shared/auth/roles.ts';
import {
  GroupRoleTaken,
  grantsOfMappings,
  groupRolesOf,
  type GroupRole,
  type GroupRoleRow,
  type OidcIdentity,
  type OidcStore,
} from '../../auth/oidc/oidc-store.ts';
import { PgError, UNIQUE_VIOLATION, type PgBridge } from './pg-bridge.ts';

const MAPPING_COLUMNS = 'id, provider, group_name, scope, role';

export class PostgresOidcStore implements OidcStore {
  constructor(private readonly db: PgBridge) {}

  userOf(issuer: string, subject: string): string | undefined {
    return this.db.query<{ user_id: string }>('SELECT user_id FROM oidc_identities WHERE issuer = $1 AND subject = $2', [issuer, subject])[0]?.user_id;
  }

  link(identity: OidcIdentity, now = new Date()): void {
    this.db.run('INSERT INTO oidc_identities (issuer, subject, provider, user_id, created_at, last_sign_in) VALUES ($1, $2, $3, $4, $5, $5)', [
      identity.issuer,
      identity.subject,
      identity.provider,
      identity.userId,
      now.toISOString(),
    ]);
  }

  signedIn(issuer: string, subject: string, now = new Date()): void {
    this.db.run('UPDATE oidc_identities SET last_sign_in = $1 WHERE issuer = $2 AND subject = $3', [now.toISOString(), issuer, subject]);
  }

  groupRoles(): GroupRole[] {
    return groupRolesOf(
      this.db.query<GroupRoleRow>(`SELECT ${MAPPING_COLUMNS} FROM oidc_group_roles ORDER BY provider, lower(group_name) COLLATE "C", scope, role`),
    );
  }

  groupRole(id: string): GroupRole | undefined {
    return groupRolesOf(this.db.query<GroupRoleRow>(`SELECT ${MAPPING_COLUMNS} FROM oidc_group_roles WHERE id = $1`, [id]))[0];
  }

  addGroupRole(mapping: Omit<GroupRole, 'id'>, now = new Date()): GroupRole {
    const id = randomUUID();
    try {
      this.db.run('INSERT INTO oidc_group_roles (id, provider, group_name, scope, role, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
        id,
        mapping.provider,
        mapping.group,
        mapping.scope,
        mapping.role,
        now.toISOString(),
      ]);
    } catch (error) {
      if (error instanceof PgError && error.code === UNIQUE_VIOLATION && error.constraint === 'oidc_group_roles_unique') throw new GroupRoleTaken();
      throw error;
    }
    return { id, ...mapping };
  }

  removeGroupRole(id: string): boolean {
    return this.db.run('DELETE FROM oidc_group_roles WHERE id = $1', [id]) === 1;
  }

  grantsFor(provider: string, groups: readonly string[]): RoleGrant[] {
    return grantsOfMappings(this.groupRoles(), provider, groups);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn);
  }
}
