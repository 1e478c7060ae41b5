/**
 * A TCP relay on 127.0.0.1 in front of the machine's PostgreSQL, so a test can take the database
 * away from a running server the way a network does: `refuse()` drops every connection and
 * refuses new ones (a stopped database), `stall()` keeps connections open but passes nothing
 * (a partition: packets go nowhere), `heal()` drops the stalled connections and relays again.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  readonly port: number;
  /** Connections relayed so far. */
  readonly opened: number;
  refuse(): Promise<void>;
  stall(): void;
  heal(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let state: 'open' | 'stalled' | 'refusing' = 'open';
  let opened = 0;
  let server: Server;

  const onConnection = (client: Socket) => {
    opened++;
    const upstream = createConnection(target);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    if (state === 'stalled') {
      client.pause();
      upstream.pause();
    } else {
      client.pipe(upstream);
      upstream.pipe(client);
    }
  };

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server = createServer(onConnection);
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  const dropAll = () => {
    for (const [client, upstream] of pairs) {
      client.destroy();
      upstream.destroy();
    }
    pairs.clear();
  };
  const stopListening = () => new Promise<void>((resolve) => server.close(() => resolve()));

  await listen(0);
  const port = (server!.address() as { port: number }).port;

  return {
    port,
    get opened() {
      return opened;
    },
    async refuse() {
      state = 'refusing';
      const stopped = stopListening();
      dropAll();
      await stopped;
    },
    stall() {
      state = 'stalled';
      for (const [client, upstream] of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
    },
    async heal() {
      const was = state;
      state = 'open';
      dropAll();
      if (was === 'refusing') await listen(port);
    },
    async close() {
      if (state !== 'refusing') {
        state = 'refusing';
        const stopped = stopListening();
        dropAll();
        await stopped;
      }
    },
  };
}
