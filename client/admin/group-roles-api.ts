/** Group -> role mappings for sign-in at the organisation (beheerders); refusals arrive as HttpError with the field. */
import { isRole, type Role } from '../../shared/auth/roles.ts';
import { requestJson } from '../app/http.ts';

export interface GroupRole {
  id: string;
  provider: string;
  group: string;
  scope: string;
  role: Role;
}

export interface GroupRoleProvider {
  id: string;
  name: string;
  /** The ID token claim the groups come in ("groups" unless configured otherwise). */
  groupsClaim: string;
}

export async function listGroupRoles(signal?: AbortSignal): Promise<{ providers: GroupRoleProvider[]; mappings: GroupRole[] }> {
  const body = await requestJson<{ providers?: unknown; mappings?: unknown }>('/api/oidc/group-roles', { signal });
  const providers = (Array.isArray(body?.providers) ? body.providers : []).flatMap((p: Record<string, unknown>) =>
    p && typeof p.id === 'string' && typeof p.name === 'string' ? [{ id: p.id, name: p.name, groupsClaim: typeof p.groupsClaim === 'string' ? p.groupsClaim : 'groups' }] : [],
  );
  const mappings = (Array.isArray(body?.mappings) ? body.mappings : []).flatMap((m: Record<string, unknown>) =>
    m && typeof m.id === 'string' && typeof m.provider === 'string' && typeof m.group === 'string' && typeof m.scope === 'string' && isRole(m.role)
      ? [{ id: m.id, provider: m.provider, group: m.group, scope: m.scope, role: m.role }]
      : [],
  );
  return { providers, mappings };
}

export async function addGroupRole(input: Omit<GroupRole, 'id'>): Promise<void> {
  await requestJson('/api/oidc/group-roles', { method: 'POST', body: input });
}

export async function removeGroupRole(id: string): Promise<void> {
  await requestJson(`/api/oidc/group-roles/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
