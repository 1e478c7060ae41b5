/**
 * Simulated editors: real y-websocket WebsocketProviders in this process, each setting a cell
 * at a steady rate. Every receiving client measures edit-to-remote-apply latency from the send
 * time carried in the value (one process, so one clock).
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import { observeProgramme, readField, readProgramme, setField, userOrigin } from '../shared/doc/index.ts';

/** What the load needs of a client, whichever provider it uses. */
export interface Client {
  doc: Y.Doc;
  awareness: Awareness;
  /** Resolves once the first sync finished. */
  synced(): boolean;
  onSynced(listener: () => void): void;
  destroy(): void;
}

/** cookie: sent with every (re)connect, as a browser sends its session cookie; null for the reference server. */
export function connect(url: string, room: string, cookie: string | null = null): Client {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, room, doc, {
    WebSocketPolyfill: cookie ? socketWithCookie(cookie) : (WebSocket as unknown as typeof globalThis.WebSocket),
    disableBc: true,
  });
  return {
    doc,
    awareness: provider.awareness,
    synced: () => provider.synced,
    onSynced: (listener) => provider.once('sync', listener),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** The provider Hocuspocus speaks with (its own protocol: document name and auth in every message). */
interface HocuspocusProviderLike {
  awareness: Awareness | null;
  isSynced: boolean;
  on(event: 'synced', listener: () => void): void;
  destroy(): void;
}
export type HocuspocusProviderClass = new (options: { url: string; name: string; document: Y.Doc; WebSocketPolyfill: unknown }) => HocuspocusProviderLike;

export function connectHocuspocus(Provider: HocuspocusProviderClass, url: string, room: string): Client {
  const doc = new Y.Doc();
  const provider = new Provider({ url, name: room, document: doc, WebSocketPolyfill: WebSocket });
  let synced = false;
  const waiting: Array<() => void> = [];
  provider.on('synced', () => {
    synced = true;
    for (const listener of waiting.splice(0)) listener();
  });
  return {
    doc,
    awareness: provider.awareness!,
    synced: () => synced,
    onSynced: (listener) => (synced ? listener() : waiting.push(listener)),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** ws takes headers as a third constructor argument, which y-websocket never passes: bake them in. */
function socketWithCookie(cookie: string): typeof globalThis.WebSocket {
  class CookieSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  return CookieSocket as unknown as typeof globalThis.WebSocket;
}

export function whenSynced(client: Client, timeoutMs = 60_000): Promise<void> {
  if (client.synced()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('client did not sync')), timeoutMs);
    client.onSynced(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function disconnectAll(clients: Client[]): void {
  for (const c of clients) c.destroy();
}

export interface LoadResult {
  latenciesMs: number[];
  /** The same latencies with who sent and who received (indexes into `clients`). */
  samples: Array<{ ms: number; sender: number; receiver: number }>;
  editsSent: number;
  durationMs: number;
}

const FIELD = 'notes';

/**
 * Runs `clients` editing goal-indicator notes at `ratePerClient` edits/s for `durationMs`. With
 * presence, each client shows who it is and, before every edit, where its focus is, as the page
 * does; y-protocols' Awareness renews the state every 15 s on its own.
 */
export async function runLoad(clients: Client[], ratePerClient: number, durationMs: number, presence = true): Promise<LoadResult> {
  const rows = readProgramme(clients[0]!.doc).goals.flatMap((g) => g.indicators.map((i) => i.id));
  if (rows.length === 0) throw new Error('programme has no goal indicators to edit');
  const latencies: number[] = [];
  const samples: LoadResult['samples'] = [];
  const stops = clients.map((client, receiver) =>
    observeProgramme(client.doc, (change) => {
      if (change.local) return;
      const now = performance.now();
      for (const id of change.rowIds) {
        const value = readField(client.doc, 'goalIndicator', id, FIELD);
        const parts = typeof value === 'string' && value.startsWith('bench:') ? value.split(':') : [];
        const sent = Number(parts[3]);
        if (Number.isFinite(sent)) {
          latencies.push(now - sent);
          samples.push({ ms: now - sent, sender: Number(parts[1]), receiver });
        }
      }
    }),
  );

  let editsSent = 0;
  const intervalMs = 1000 / ratePerClient;
  const started = performance.now();
  const timers = clients.map((client, i) => {
    const origin = userOrigin(`bench-${i}`);
    let seq = 0;
    if (presence) client.awareness.setLocalStateField('user', { id: `bench-${i}`, name: `Benchmark ${i}`, color: '#1d4ed8' });
    const edit = () => {
      const row = rows[(i + seq) % rows.length]!;
      if (presence) client.awareness.setLocalStateField('focus', { rowId: row, colId: FIELD, editing: true });
      setField(client.doc, 'goalIndicator', row, FIELD, `bench:${i}:${seq++}:${performance.now()}`, origin);
      editsSent++;
    };
    // Spread the clients' first edits over one interval so the load is steady, not bursty.
    const start = setTimeout(() => {
      edit();
      timer.interval = setInterval(edit, intervalMs);
    }, (i / clients.length) * intervalMs);
    const timer: { start: NodeJS.Timeout; interval?: NodeJS.Timeout } = { start };
    return timer;
  });
  await new Promise((r) => setTimeout(r, durationMs));
  for (const t of timers) {
    clearTimeout(t.start);
    if (t.interval) clearInterval(t.interval);
  }
  const durationSent = performance.now() - started;
  // Let in-flight edits arrive before the observers stop.
  await new Promise((r) => setTimeout(r, 1_000));
  for (const stop of stops) stop();
  return { latenciesMs: latencies, samples, editsSent, durationMs: durationSent };
}
