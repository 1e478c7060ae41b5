/**
 * A load balancer in front of several server processes, as a test needs one: each new TCP
 * connection goes to the first backend in its list that accepts it, so a client whose process
 * was killed reconnects (y-websocket's backoff) to the next one. Loopback only.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface Balancer {
  port: number;
  /** ws://127.0.0.1:port/sync */
  syncUrl: string;
  close(): Promise<void>;
}

export async function startBalancer(backendPorts: readonly number[]): Promise<Balancer> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const server: Server = createServer((client) => {
    track(client);
    client.pause();
    const tryBackend = (index: number) => {
      if (index >= backendPorts.length) return client.destroy();
      const backend = connect(backendPorts[index]!, '127.0.0.1');
      backend.once('error', () => tryBackend(index + 1));
      backend.once('connect', () => {
        track(backend);
        backend.removeAllListeners('error');
        backend.on('error', () => client.destroy());
        client.on('error', () => backend.destroy());
        backend.once('close', () => client.destroy());
        client.once('close', () => backend.destroy());
        client.pipe(backend);
        backend.pipe(client);
        client.resume();
      });
    };
    tryBackend(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
