/**
 * A real y-websocket WebsocketProvider client in Node (ws as the WebSocket), unmodified, as a
 * browser tab would run it. Reused by the benchmark to simulate many editors.
 */
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { readProgramme } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { waitUntil } from './wait.ts';

interface CloseRecord {
  code: number;
  reason: string;
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  awareness: Awareness;
  /** Every close of the socket by the server side, oldest first. */
  closes: CloseRecord[];
  /** Set when y-websocket gave up for good (a 4400-4499 close). */
  terminal: CloseRecord | null;
  programme(): Programme;
  /** Resolves once the provider has exchanged sync step 2 with the server. */
  whenSynced(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

export interface ClientOptions {
  connect?: boolean;
  /** Lower than y-websocket's 2.5 s default so reconnect tests stay quick. */
  maxBackoffTime?: number;
  /** Cookie header for the upgrade (`koers_sessie=...`), as a browser would send it. */
  cookie?: string;
  /** Origin header for the upgrade; none by default (not a browser). */
  origin?: string;
}

/**
 * ws takes request headers as a third constructor argument, which y-websocket never passes:
 * a subclass bakes them in, so every (re)connect sends the cookie like a browser does.
 */
function socketWithHeaders(headers: Record<string, string>): typeof globalThis.WebSocket {
  if (Object.keys(headers).length === 0) return WebSocket as unknown as typeof globalThis.WebSocket;
  class HeaderSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  return HeaderSocket as unknown as typeof globalThis.WebSocket;
}

export function connectClient(syncUrl: string, docId: string, options: ClientOptions = {}): TestClient {
  const doc = new Y.Doc();
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin) headers.origin = options.origin;
  const provider = new WebsocketProvider(syncUrl, docId, doc, {
    WebSocketPolyfill: socketWithHeaders(headers),
    disableBc: true,
    connect: options.connect ?? true,
    maxBackoffTime: options.maxBackoffTime ?? 1_000,
  });
  const client: TestClient = {
    doc,
    provider,
    awareness: provider.awareness,
    closes: [],
    terminal: null,
    programme: () => readProgramme(doc),
    async whenSynced(timeoutMs = 20_000) {
      await waitUntil(() => provider.synced, { timeoutMs, what: `${docId} to sync` });
    },
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
  provider.on('connection-close', (event) => {
    if (event) client.closes.push({ code: event.code, reason: event.reason });
  });
  provider.on('closed', (event) => {
    client.terminal = { code: event.code, reason: event.reason };
  });
  return client;
}
