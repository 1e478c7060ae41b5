/**
 * GET /sync/:documentId: the y-websocket endpoint. An unmodified y-websocket WebsocketProvider
 * connects with `new WebsocketProvider('ws://host:port/sync', documentId, doc)`.
 * Unknown documents are accepted and then closed with 4404: refusing the HTTP upgrade would
 * look like a network error to the client, which would then retry forever.
 */
import type { UpgradeWebSocket } from 'hono/ws';
import type { WebSocket } from 'ws';
import type { Logger } from '../log.ts';
import type { Membership, RoomRegistry } from './room-registry.ts';

export function syncRoute(registry: RoomRegistry, upgradeWebSocket: UpgradeWebSocket<any>, log: Logger) {
  return upgradeWebSocket((c) => {
    const docId = c.req.param('documentId') ?? '';
    let member: Membership | null = null;
    return {
      onOpen(_event, ws) {
        member = registry.connect(docId, ws.raw as WebSocket);
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
