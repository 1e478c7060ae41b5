/** Accounts and their roles (beheerder only); the server's Dutch refusals arrive as HttpError. */
import type { RoleGrant } from '../../shared/auth/roles.ts';
import { requestJson } from '../app/http.ts';
import { parseGrants } from '../auth/auth-api.ts';

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  grants: RoleGrant[];
  /** False: blocked by a beheerder, cannot sign in. */
  active: boolean;
  /** The grants that come from a group at the organisation's provider (a part of `grants`). */
  groupGrants: RoleGrant[];
  /** The providers (ids) the account signs in at. */
  providers: string[];
  /** Signs in at the organisation only: no password to reset. */
  passwordless: boolean;
}

export async function listUsers(signal?: AbortSignal): Promise<UserSummary[]> {
  const body = await requestJson<unknown>('/api/users', { signal });
  const list = Array.isArray(body) ? body : [];
  return list.flatMap((item) => {
    if (!item || typeof item !== 'object') return [];
    const rec = item as Record<string, unknown>;
    if (typeof rec.id !== 'string') return [];
    return [
      {
        id: rec.id,
        email: typeof rec.email === 'string' ? rec.email : '',
        name: typeof rec.name === 'string' ? rec.name : '',
        grants: parseGrants(rec.grants),
        // Only an explicit false blocks: an older server without the field has only active accounts.
        active: rec.active !== false,
        groupGrants: parseGrants(rec.groupGrants),
        providers: Array.isArray(rec.providers) ? rec.providers.filter((p): p is string => typeof p === 'string') : [],
        passwordless: rec.passwordless === true,
      },
    ];
  });
}

export interface NewUser {
  name: string;
  email: string;
  password: string;
  grants: RoleGrant[];
}

export async function createUser(input: NewUser): Promise<void> {
  await requestJson('/api/users', { method: 'POST', body: input });
}

export async function saveGrants(userId: string, grants: RoleGrant[]): Promise<void> {
  await requestJson(`/api/users/${encodeURIComponent(userId)}/grants`, { method: 'PUT', body: { grants } });
}

/** A new temporary password; the server ends every session of that user. */
export async function resetPassword(userId: string, newPassword: string): Promise<void> {
  await requestJson(`/api/users/${encodeURIComponent(userId)}/password`, { method: 'PUT', body: { newPassword } });
}

/** Blocks (false: every session of that user ends at once) or unblocks an account. */
export async function setAccountActive(userId: string, active: boolean): Promise<void> {
  await requestJson(`/api/users/${encodeURIComponent(userId)}/active`, { method: 'PUT', body: { active } });
}
