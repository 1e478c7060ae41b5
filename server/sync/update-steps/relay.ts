/** Step 7, relay: what an applied update changed goes to every socket of the room but its sender. */
import { updateMessage } from '../messages.ts';

export function relayUpdate<C>(connections: Iterable<C>, update: Uint8Array, sender: unknown, send: (conn: C, message: Uint8Array) => void): void {
  const message = updateMessage(update);
  for (const conn of connections) if (conn !== sender) send(conn, message);
}
