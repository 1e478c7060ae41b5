// Hocuspocus 4.7 with its SQLite extension, as `npm run bench` starts it (bench/processes.ts):
// PORT, HOST and DATA_DIR from the environment. Answers plain HTTP on the same port, so the
// benchmark can time the start to the first HTTP answer as for the other servers.
import { join } from 'node:path';
import { Server } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';

const server = new Server({
  port: Number(process.env.PORT),
  address: process.env.HOST ?? '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database: join(process.env.DATA_DIR ?? '.', 'hocuspocus.sqlite') })],
});
await server.listen();
process.on('SIGTERM', () => server.destroy().then(() => process.exit(0)));
