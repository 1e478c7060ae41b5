/**
 * GET /sync/:documentId: the y-websocket endpoint. An unmodified y-websocket WebsocketProvider
 * connects with `new WebsocketProvider('ws://host:port/sync', documentId, doc)`.
 *
 * Who connects is decided once, at the upgrade: the Origin, the session cookie, the rights on
 * the document. A refusal is an accepted socket closed at once with a 44xx code: refusing the
 * HTTP upgrade would look like a network error to the client, which would then retry forever,
 * while 4400-4499 make y-websocket stop.
 */
import type { UpgradeWebSocket } from 'hono/ws';
import type { WebSocket } from 'ws';
import { workshopIdOfDoc } from '../../shared/workshop/api.ts';
import { CLOSE, type CloseSpec } from '../../shared/protocol.ts';
import type { Access, Principal } from '../auth/principal.ts';
import type { Logger } from '../log.ts';
import type { AccessDecider } from './access.ts';
import { originAllowed } from './origin-check.ts';
import type { Membership, RoomRegistry } from './room-registry.ts';

export interface SyncRouteDeps {
  registry: RoomRegistry;
  upgradeWebSocket: UpgradeWebSocket;
  log: Logger;
  /** Both sessions of a Cookie header (server/auth/create-auth.ts). */
  principalsOf(cookieHeader: string | undefined): { user: Principal | null; participant: Principal | null };
  decideAccess: AccessDecider;
  allowedOrigins: readonly string[];
}

type Admission = { ok: true; principal: Principal; access: Access } | { ok: false; close: CloseSpec; reason: string };

export function syncRoute({ registry, upgradeWebSocket, log, principalsOf, decideAccess, allowedOrigins }: SyncRouteDeps) {
  const admit = (docId: string, origin: string | undefined, host: string | undefined, cookie: string | undefined): Admission => {
    if (!originAllowed(origin, host, allowedOrigins)) return { ok: false, close: CLOSE.forbidden, reason: 'origin' };
    const { user, participant } = principalsOf(cookie);
    // A browser may hold an account and a werkatelier seat at once: in that werkatelier the
    // seat counts, everywhere else the account.
    const workshopId = workshopIdOfDoc(docId);
    const principal = participant && participant.kind === 'participant' && participant.workshopId === workshopId ? participant : (user ?? participant);
    if (!principal) return { ok: false, close: CLOSE.notSignedIn, reason: 'no session' };
    const decision = decideAccess(principal, docId);
    if ('close' in decision) return { ok: false, close: decision.close, reason: decision.reason };
    return { ok: true, principal, access: decision.access };
  };

  return upgradeWebSocket((c) => {
    const docId = c.req.param('documentId') ?? '';
    const admission = admit(docId, c.req.header('origin'), c.req.header('host'), c.req.header('cookie'));
    let member: Membership | null = null;
    return {
      onOpen(_event, ws) {
        if (!admission.ok) {
          log.warn('connection refused', {
            docId: docId.slice(0, 80),
            code: admission.close.code,
            reason: admission.close.reason,
            detail: admission.reason,
            origin: c.req.header('origin')?.slice(0, 200),
          });
          ws.close(admission.close.code, admission.close.reason);
          return;
        }
        member = registry.connect(docId, ws.raw as WebSocket, admission.principal, admission.access);
      },
      onMessage(event) {
        member?.room.receive(member.conn, event.data);
      },
      onClose() {
        member?.room.leave(member.conn);
        member = null;
      },
      onError(event) {
        log.warn('socket error', { docId, conn: member?.conn.id, error: (event as ErrorEvent).error });
      },
    };
  });
}
