/**
 * Starts the fanout when KOERS_REDIS_URL is set (start.ts). See fanout.ts for what it does,
 * ../../README.md ("Several processes") for how to run it.
 */
import type { Logger } from '../../log.ts';
import type { DocumentStore } from '../../persistence/document-store.ts';
import { Fanout } from './fanout.ts';
import { connectRedis } from './redis-connections.ts';

export { Fanout } from './fanout.ts';
export { peerEventHandler } from './peer-event-handler.ts';
export { composeHooks } from './compose-hooks.ts';

/** How long a start waits for Redis before it goes on without (and keeps reconnecting). */
const READY_TIMEOUT_MS = 5_000;

export async function startFanout({ url, prefix, store, log }: { url: string; prefix: string; store: Pick<DocumentStore, 'load'>; log: Logger }): Promise<Fanout> {
  const processId = Fanout.newProcessId();
  const redis = connectRedis(url, processId, log);
  try {
    await redis.ready(READY_TIMEOUT_MS);
  } catch (error) {
    // Each process still serves its own sockets; the rooms catch up when Redis is reached.
    log.error('redis not reachable at start; serving this process alone until it is', { error });
  }
  const fanout = new Fanout({ redis, prefix, store, log, processId });
  log.info('fanout started', { prefix, processId });
  return fanout;
}
