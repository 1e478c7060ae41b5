/**
 * Group -> role mappings for sign-in at the organisation, for beheerders (JSON; errors `{ error, field }` in Dutch):
 *
 *   GET    /oidc/group-roles       { providers: [{ id, name, groupsClaim }], mappings: GroupRole[] }
 *   POST   /oidc/group-roles       { provider, group, scope, role } -> 201 GroupRole; 400, 403, 409
 *   DELETE /oidc/group-roles/:id   -> 204; 403, 404
 *
 * A beheerder sees and changes only mappings within the scopes they manage (mayManageScope), the
 * same reach as giving the role by hand. A mapping counts from each user's next sign-in there:
 * that sign-in brings their grants from groups in line (server/auth/oidc/index.ts).
 */
import { Hono } from 'hono';
import { isRole, managesAnything, mayManageScope } from '../../shared/auth/roles.ts';
import type { AuthEnv } from '../auth/index.ts';
import {
  BAD_JSON,
  GROUP_ROLE_BAD_GROUP,
  GROUP_ROLE_BAD_PROVIDER,
  GROUP_ROLE_BAD_ROLE,
  GROUP_ROLE_BAD_SCOPE,
  GROUP_ROLE_NOT_MANAGED,
  GROUP_ROLE_TAKEN,
  GROUP_ROLE_UNKNOWN,
  MANAGERS_ONLY,
} from '../auth/messages.ts';
import type { OidcModule } from '../auth/oidc/index.ts';
import { GroupRoleTaken } from '../auth/oidc/oidc-store.ts';
import type { Logger } from '../log.ts';
import { BAD_BODY, readJson } from './json-body.ts';

export function groupRoleRoutes({ oidc, log }: { oidc: OidcModule; log: Logger }): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();
  const grantsOf = (principal: AuthEnv['Variables']['principal']) => (principal.kind === 'user' ? principal.grants : []);

  api.use('/oidc/group-roles', async (c, next) => {
    if (!managesAnything(grantsOf(c.get('principal')))) return c.json({ error: MANAGERS_ONLY }, 403);
    await next();
  });
  api.use('/oidc/group-roles/*', async (c, next) => {
    if (!managesAnything(grantsOf(c.get('principal')))) return c.json({ error: MANAGERS_ONLY }, 403);
    await next();
  });

  api.get('/oidc/group-roles', (c) => {
    const mine = grantsOf(c.get('principal'));
    return c.json({ providers: oidc.providers, mappings: oidc.store.groupRoles().filter((m) => mayManageScope(mine, m.scope)) });
  });

  api.post('/oidc/group-roles', async (c) => {
    const body = await readJson(c);
    if (body === BAD_BODY) return c.json({ error: BAD_JSON }, 400);
    const { provider, group, scope, role } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    if (typeof provider !== 'string' || !oidc.providers.some((p) => p.id === provider)) return c.json({ error: GROUP_ROLE_BAD_PROVIDER, field: 'provider' }, 400);
    if (typeof group !== 'string' || group.trim() === '' || group.trim().length > 200) return c.json({ error: GROUP_ROLE_BAD_GROUP, field: 'group' }, 400);
    if (typeof scope !== 'string' || scope === '' || scope.length > 100) return c.json({ error: GROUP_ROLE_BAD_SCOPE, field: 'scope' }, 400);
    if (!isRole(role)) return c.json({ error: GROUP_ROLE_BAD_ROLE, field: 'role' }, 400);
    const principal = c.get('principal');
    if (!mayManageScope(grantsOf(principal), scope)) return c.json({ error: GROUP_ROLE_NOT_MANAGED, field: 'scope' }, 403);
    try {
      const mapping = oidc.store.addGroupRole({ provider, group: group.trim(), scope, role });
      log.info('group role mapping added', { by: principal.id, provider, group: mapping.group, scope, role });
      return c.json(mapping, 201);
    } catch (error) {
      if (error instanceof GroupRoleTaken) return c.json({ error: GROUP_ROLE_TAKEN, field: 'group' }, 409);
      throw error;
    }
  });

  api.delete('/oidc/group-roles/:id', (c) => {
    const mapping = oidc.store.groupRole(c.req.param('id'));
    if (!mapping) return c.json({ error: GROUP_ROLE_UNKNOWN }, 404);
    const principal = c.get('principal');
    if (!mayManageScope(grantsOf(principal), mapping.scope)) return c.json({ error: GROUP_ROLE_NOT_MANAGED }, 403);
    oidc.store.removeGroupRole(mapping.id);
    log.info('group role mapping removed', { by: principal.id, provider: mapping.provider, group: mapping.group, scope: mapping.scope, role: mapping.role });
    return c.body(null, 204);
  });

  return api;
}
