/**
 * PUT /users/:id/active { active } -> 200 ListedUser: a beheerder blocks the account of a
 * colleague who left, or lets it in again. Blocking keeps the account (their name stays on what
 * they changed) but ends every session at once and closes their sockets with 4401, so an open
 * page stops working now rather than at the next sign-in. Who may: the same reach as a password
 * reset (mayChangeAccountStatus), never one's own account, and never the last active beheerder
 * of all programmes (409), or nobody could manage Koers any more.
 */
import type { Hono } from 'hono';
import { ALL_PROGRAMMES, mayChangeAccountStatus } from '../../shared/auth/roles.ts';
import type { Auth } from '../auth/create-auth.ts';
import type { AuthEnv } from '../auth/index.ts';
import { BAD_ACTIVE, BAD_JSON, LAST_ACTIVE_ADMIN, STATUS_NOT_MANAGED, STATUS_OWN_ACCOUNT, UNKNOWN_USER } from '../auth/messages.ts';
import type { Logger } from '../log.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { closeSocketsOf } from './end-sessions.ts';
import { BAD_BODY, readJson } from './json-body.ts';

export interface AccountStatusDeps {
  auth: Auth;
  registry: Pick<RoomRegistry, 'dropSelected'>;
  log: Logger;
}

export function accountStatusRoute(api: Hono<AuthEnv>, { auth, registry, log }: AccountStatusDeps): void {
  api.put('/users/:id/active', async (c) => {
    const body = await readJson(c);
    if (body === BAD_BODY) return c.json({ error: BAD_JSON }, 400);
    const active = (body as { active?: unknown } | null)?.active;
    if (typeof active !== 'boolean') return c.json({ error: BAD_ACTIVE, field: 'active' }, 400);
    const target = auth.accounts.user(c.req.param('id'));
    if (!target) return c.json({ error: UNKNOWN_USER }, 404);
    const principal = c.get('principal');
    const mine = principal.kind === 'user' ? principal.grants : [];
    if (!mayChangeAccountStatus(mine, target.grants)) return c.json({ error: STATUS_NOT_MANAGED }, 403);
    // Before the own-account refusal: the last beheerder blocking themselves hears the real reason.
    const adminOfAll = target.grants.some((g) => g.role === 'beheerder' && g.scope === ALL_PROGRAMMES);
    if (!active && adminOfAll && auth.accounts.adminsOfAll().every((id) => id === target.id)) return c.json({ error: LAST_ACTIVE_ADMIN }, 409);
    if (target.id === principal.id) return c.json({ error: STATUS_OWN_ACCOUNT }, 403);

    const ended = auth.setActive(target.id, active) ?? [];
    const socketsClosed = closeSocketsOf(registry, ended, 'account deactivated');
    log.info(active ? 'account reactivated' : 'account deactivated', { userId: target.id, by: principal.id, sessionsEnded: ended.length, socketsClosed });
    return c.json(auth.accounts.listUsers().find((u) => u.id === target.id));
  });
}
