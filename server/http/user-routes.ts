/**
 * User management for beheerders (JSON; errors `{ error }` in Dutch):
 *
 *   GET  /users                  -> ListedUser[] (with grants and `active`)
 *   POST /users                  { email, name, password, grants } -> 201 SignedInUser
 *   PUT  /users/:id/grants       { grants } -> 200 SignedInUser
 *   PUT  /users/:id/password     { newPassword } -> 204: a new temporary password; all the user's sessions end
 *   PUT  /users/:id/active       { active } -> 200 ListedUser: block or unblock (account-status-route.ts)
 *
 * A password a beheerder chose (new account, reset) marks the account: until the user picks
 * their own, only that is allowed (password-change-gate.ts).
 *
 * A beheerder gives and takes only grants within the scopes they manage (mayManageScope);
 * grants in other scopes stay as they are. The last beheerder of all programmes keeps that role.
 * A password reset needs every grant of the user within those scopes (may-reset-password.ts),
 * and never one's own: that goes through PUT /auth/password with the current password.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { ALL_PROGRAMMES, managesAnything, mayManageScope, type RoleGrant } from '../../shared/auth/roles.ts';
import { EmailTaken } from '../auth/account-store.ts';
import type { Auth } from '../auth/create-auth.ts';
import type { AuthEnv } from '../auth/index.ts';
import {
  BAD_JSON,
  EMAIL_TAKEN,
  LAST_ADMIN,
  MANAGERS_ONLY,
  NO_PASSWORD,
  RESET_NOT_MANAGED,
  RESET_OWN_PASSWORD,
  SCOPE_NOT_MANAGED,
  UNKNOWN_USER,
} from '../auth/messages.ts';
import { mayResetPassword } from '../../shared/auth/roles.ts';
import { checkGrants, checkNewAccount, checkNewPassword } from '../auth/user-input.ts';
import type { Logger } from '../log.ts';
import type { AccessDecider } from '../sync/access.ts';
import { recheckUserSockets } from '../sync/recheck-access.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { accountStatusRoute } from './account-status-route.ts';
import { closeSocketsOf } from './end-sessions.ts';
import { BAD_BODY, readJson } from './json-body.ts';

export interface UserRouteDeps {
  auth: Auth;
  registry: Pick<RoomRegistry, 'dropWhere' | 'dropSelected' | 'announce'>;
  decideAccess: AccessDecider;
  log: Logger;
}

export function userRoutes({ auth, registry, decideAccess, log }: UserRouteDeps): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();
  const managersOnly: MiddlewareHandler<AuthEnv> = async (c, next) => {
    const principal = c.get('principal');
    if (principal.kind !== 'user' || !managesAnything(principal.grants)) return c.json({ error: MANAGERS_ONLY }, 403);
    await next();
  };
  const managerGrants = (principal: AuthEnv['Variables']['principal']) => (principal.kind === 'user' ? principal.grants : []);

  api.use('/users', managersOnly);
  api.use('/users/*', managersOnly);

  // A beheerder of some programmes sees only the accounts that concern them: those with a grant
  // in a programme they manage, those without any grant (a new colleague they may give a role),
  // and their own. Accounts that only work elsewhere stay out of sight. A beheerder of all sees all.
  api.get('/users', (c) => {
    const principal = c.get('principal');
    const mine = managerGrants(principal);
    const all = auth.accounts.listUsers();
    if (mayManageScope(mine, ALL_PROGRAMMES)) return c.json(all);
    return c.json(all.filter((u) => u.id === principal.id || u.grants.length === 0 || u.grants.some((g) => mayManageScope(mine, g.scope))));
  });

  api.post('/users', async (c) => {
    const body = await readJson(c);
    if (body === BAD_BODY) return c.json({ error: BAD_JSON }, 400);
    const account = checkNewAccount(body);
    if (!account.ok) return c.json({ error: account.error, field: account.field }, 400);
    const grants = checkGrants((body as { grants?: unknown }).grants ?? []);
    if (!grants.ok) return c.json({ error: grants.error, field: grants.field }, 400);
    const mine = managerGrants(c.get('principal'));
    if (!grants.value.every((g) => mayManageScope(mine, g.scope))) return c.json({ error: SCOPE_NOT_MANAGED, field: 'grants' }, 403);
    try {
      const user = await auth.createUser({ ...account.value, grants: grants.value, mustChangePassword: true });
      log.info('user created', { userId: user.id, by: c.get('principal').id, grants: user.grants });
      return c.json(user, 201, { Location: `/api/users/${user.id}` });
    } catch (error) {
      if (error instanceof EmailTaken) return c.json({ error: EMAIL_TAKEN, field: 'email' }, 409);
      throw error;
    }
  });

  api.put('/users/:id/grants', async (c) => {
    const body = await readJson(c);
    if (body === BAD_BODY) return c.json({ error: BAD_JSON }, 400);
    const grants = checkGrants((body as { grants?: unknown } | null)?.grants);
    if (!grants.ok) return c.json({ error: grants.error, field: grants.field }, 400);
    const target = auth.accounts.user(c.req.param('id'));
    if (!target) return c.json({ error: UNKNOWN_USER }, 404);
    const mine = managerGrants(c.get('principal'));
    if (!grants.value.every((g) => mayManageScope(mine, g.scope))) return c.json({ error: SCOPE_NOT_MANAGED, field: 'grants' }, 403);
    const kept = target.grants.filter((g) => !mayManageScope(mine, g.scope));
    const next: RoleGrant[] = [...kept, ...grants.value];
    if (losesLastAdmin(auth, target.id, target.grants, next)) return c.json({ error: LAST_ADMIN, field: 'grants' }, 409);
    auth.accounts.setGrants(target.id, next);
    const updated = auth.accounts.user(target.id)!;
    const sockets = recheckUserSockets(registry, decideAccess, updated);
    registry.announce({ type: 'recheck', userId: updated.id });
    log.info('grants changed', { userId: target.id, by: c.get('principal').id, grants: updated.grants, socketsClosed: sockets });
    return c.json(updated);
  });

  api.put('/users/:id/password', async (c) => {
    const body = await readJson(c);
    if (body === BAD_BODY) return c.json({ error: BAD_JSON }, 400);
    const chosen = checkNewPassword((body as { newPassword?: unknown } | null)?.newPassword, 'newPassword');
    if (!chosen.ok) return c.json({ error: chosen.error, field: chosen.field }, 400);
    const target = auth.accounts.user(c.req.param('id'));
    if (!target) return c.json({ error: UNKNOWN_USER }, 404);
    const principal = c.get('principal');
    if (target.id === principal.id) return c.json({ error: RESET_OWN_PASSWORD }, 403);
    if (!mayResetPassword(managerGrants(principal), target.grants)) return c.json({ error: RESET_NOT_MANAGED }, 403);
    // A password would open a second way in beside the organisation's sign-in, one the organisation cannot block.
    if (target.passwordless) return c.json({ error: NO_PASSWORD }, 409);
    const ended = await auth.setPassword(target.id, chosen.value, null, 'beheerder');
    const socketsClosed = closeSocketsOf(registry, ended, 'password reset');
    log.info('password reset', { userId: target.id, by: principal.id, sessionsEnded: ended.length, socketsClosed });
    return c.body(null, 204);
  });

  accountStatusRoute(api, { auth, registry, log });

  return api;
}

const isAdminOfAll = (g: RoleGrant) => g.role === 'beheerder' && g.scope === ALL_PROGRAMMES;

function losesLastAdmin(auth: Auth, userId: string, before: readonly RoleGrant[], after: readonly RoleGrant[]): boolean {
  if (!before.some(isAdminOfAll) || after.some(isAdminOfAll)) return false;
  return auth.accounts.adminsOfAll().every((id) => id === userId);
}
