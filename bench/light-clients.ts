/**
 * Editors that only send: a Y.Doc synced once (sync step 1 and the server's step 2), then every
 * local change goes out as a y-websocket update and whatever the server relays is read off the
 * socket and dropped. The server does the same work for them as for a full client (a socket,
 * each update relayed to it); the benchmark process does not apply every remote update 200
 * times over, which is what made it the bottleneck at N = 200 (docs/BENCHMARKS.md).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

export interface LightClient {
  doc: Y.Doc;
  synced: Promise<void>;
  close(): void;
}

export function connectLight(syncUrl: string, room: string, cookie: string | null): LightClient {
  const doc = new Y.Doc();
  const ws = new WebSocket(`${syncUrl}/${room}`, cookie ? { headers: { cookie } } : {});
  let isSynced = false;
  const synced = new Promise<void>((resolve, reject) => {
    ws.once('error', reject);
    ws.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0); // sync
      syncProtocol.writeSyncStep1(encoder, doc);
      ws.send(encoding.toUint8Array(encoder));
    });
    ws.on('message', (data: Buffer) => {
      if (isSynced) return;
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== 0) return;
      if (decoding.readVarUint(decoder) !== 1) return; // only the server's step 2 matters
      Y.applyUpdate(doc, decoding.readVarUint8Array(decoder), 'server');
      isSynced = true;
      resolve();
    });
  });
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === 'server' || ws.readyState !== ws.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeUpdate(encoder, update);
    ws.send(encoding.toUint8Array(encoder));
  });
  return {
    doc,
    synced,
    close() {
      ws.terminate();
      doc.destroy();
    },
  };
}
