/**
 * `npm run serve`: starts Koers with settings from the environment (PORT, HOST, DATA_DIR,
 * LOG_LEVEL, STATIC_DIR, KOERS_*: see docs/DEPLOY.md) and stops it cleanly on Ctrl+C or SIGTERM.
 */
import { networkInterfaces } from 'node:os';
import { configFromEnv } from './config.ts';
import { warmExportLibraries } from './export/warm-up.ts';
import { createLogger } from './log.ts';
import { startServer } from './start.ts';

const config = configFromEnv();
const log = createLogger(config.logLevel);

let server;
try {
  server = await startServer({ ...config, logger: log });
} catch (error) {
  log.error('server could not start', { error });
  console.error(`Koers kon niet starten: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const running = server;
warmExportLibraries(log);
const dataShown = running.dataLocation;
// The first line is also how scripts and tests find the port when PORT=0.
console.log(`Koers draait op ${running.url} (data: ${dataShown})`);
if (config.host === '0.0.0.0' || config.host === '::') {
  for (const address of lanAddresses()) console.log(`  Collega's in het netwerk: http://${address}:${running.port}`);
}
if (running.setupUrl) console.log(`Koers heeft nog geen beheerder. Maak het eerste account aan via ${running.setupUrl}`);

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) {
    // A second Ctrl+C means now; every stored update is durable already.
    process.exit(130);
  }
  stopping = true;
  log.info('shutting down', { signal });
  running.close().then(
    () => process.exit(0),
    (error: unknown) => {
      log.error('shutdown failed', { error });
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((info) => info.family === 'IPv4' && !info.internal)
    .map((info) => info.address);
}
