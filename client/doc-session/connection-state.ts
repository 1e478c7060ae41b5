/**
 * The connection state a user sees ("Verbonden", "Opnieuw verbinden…", "Offline", or closed by
 * the server with a Dutch reason), derived from y-websocket's events and navigator.onLine.
 */
import type { WebsocketProvider } from 'y-websocket';
import { closeMessage as closeMessageFor } from '../../shared/protocol.ts';
import type { Store } from '../programme/store.ts';

export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'connected' }
  | { kind: 'reconnecting'; message: string | null }
  | { kind: 'offline' }
  | { kind: 'closed'; code: number; reason: string };

export function watchConnection(
  provider: WebsocketProvider,
  connection: Store<ConnectionState>,
  /** Every close the server chose (any code but a plain drop), transient or not. */
  onServerClose: (code: number) => void = () => {},
): () => void {
  let everConnected = false;
  let providerStatus: 'connected' | 'connecting' | 'disconnected' = 'connecting';
  let closed: { code: number; reason: string } | null = null;
  let lastClose: string | null = null;
  // A first attempt that fails (server down) is shown as reconnecting too: y-websocket retries.
  let failedOnce = false;
  const setState = (next: ConnectionState) => {
    const current = connection.get();
    if (JSON.stringify(current) !== JSON.stringify(next)) connection.set(next);
  };
  const update = () => {
    if (closed) setState({ kind: 'closed', ...closed });
    else if (!navigator.onLine) setState({ kind: 'offline' });
    else if (providerStatus === 'connected') setState({ kind: 'connected' });
    else if (everConnected || failedOnce) setState({ kind: 'reconnecting', message: lastClose });
    else setState({ kind: 'connecting' });
  };

  const onStatus = ({ status }: { status: 'connected' | 'connecting' | 'disconnected' }) => {
    providerStatus = status;
    if (status === 'connected') {
      everConnected = true;
      lastClose = null;
    } else if (status === 'disconnected') {
      failedOnce = true;
    }
    update();
  };
  const onClosed = (event: { code: number; reason: string }) => {
    closed = { code: event.code, reason: event.reason };
    update();
  };
  // A transient close (server restart, storage hiccup) says why; y-websocket reconnects.
  const onConnectionClose = (event: CloseEvent | null) => {
    if (event && event.code !== 1000 && event.code !== 1006) {
      lastClose = closeMessageFor(event.code);
      onServerClose(event.code);
    }
    update();
  };
  const onOnline = () => {
    update();
    if (!closed && !provider.wsconnected) provider.connect();
  };
  provider.on('status', onStatus);
  provider.on('closed', onClosed);
  provider.on('connection-close', onConnectionClose);
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', update);
  update();
  return () => {
    provider.off('status', onStatus);
    provider.off('closed', onClosed);
    provider.off('connection-close', onConnectionClose);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', update);
  };
}

/** Dutch explanation for a close by the server; the texts live in shared/protocol.ts. */
export function closeMessage(code: number, reason: string): string {
  return (
    closeMessageFor(code) ??
    `De server heeft de verbinding gesloten (code ${code}${reason ? `: ${reason}` : ''}). Laad de pagina opnieuw.`
  );
}
