/** A bare ws client for sending what no well-behaved provider would send. */
import { WebSocket, type ClientOptions } from 'ws';
import { withTimeout } from './wait.ts';

export interface RawSocket {
  ws: WebSocket;
  received: Uint8Array[];
  /** Resolves with the close code and reason once the socket is closed (1006 if dropped). */
  closed: Promise<{ code: number; reason: string }>;
  send(data: Uint8Array | string): void;
  close(): void;
}

export async function openRawSocket(url: string, options: ClientOptions = {}): Promise<RawSocket> {
  const ws = new WebSocket(url, options);
  ws.binaryType = 'arraybuffer';
  const received: Uint8Array[] = [];
  ws.on('message', (data: ArrayBuffer) => received.push(new Uint8Array(data)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  ws.on('error', () => {}); // surfaced through `closed`
  await withTimeout(
    new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    }),
    20_000,
    `socket to ${url} to open`,
  );
  return {
    ws,
    received,
    closed,
    send: (data) => ws.send(data),
    close: () => ws.terminate(),
  };
}
