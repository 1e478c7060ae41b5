/**
 * The two connections to Redis a process keeps (ioredis): one for commands (PUBLISH, the
 * compaction lease) and one in subscriber mode, which Redis allows nothing else on.
 *
 * Neither queues commands while it is disconnected (`enableOfflineQueue: false`): a publish
 * that cannot go out fails at once instead of piling up in memory for as long as Redis is down.
 * Nothing is lost by that: every update was stored before it was published, and a process
 * whose connection comes back catches up from storage (fanout.ts). Both reconnect on their
 * own, every 50 ms to 1 s; the subscriber's channels are subscribed again by fanout.ts, which
 * then knows when that has happened.
 */
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../../log.ts';

export interface RedisConnections {
  commands: Redis;
  subscriber: Redis;
  /** Resolves when both are connected, or rejects after timeoutMs (they keep trying). */
  ready(timeoutMs: number): Promise<void>;
  /** QUIT on both (pending commands go out first), then disconnect. */
  close(): Promise<void>;
}

const OPTIONS: RedisOptions = {
  enableOfflineQueue: false,
  autoResubscribe: false,
  maxRetriesPerRequest: 1,
  connectTimeout: 5_000,
  retryStrategy: (attempt: number) => Math.min(50 * attempt, 1_000),
};

export function connectRedis(url: string, processId: string, log: Logger): RedisConnections {
  const open = (role: 'commands' | 'subscriber') => {
    const redis = new Redis(url, { ...OPTIONS, connectionName: `koers-${role}-${processId}`.replace(/[^\w.:-]/g, '_') });
    let down = false;
    redis.on('ready', () => {
      if (down) log.info('redis connection back', { role });
      down = false;
    });
    // One line per outage, not one per retry.
    redis.on('error', (error: Error) => {
      if (!down) log.warn('redis connection lost; reconnecting', { role, error: error.message });
      down = true;
    });
    redis.on('close', () => {
      if (!down && redis.status !== 'end') log.warn('redis connection closed; reconnecting', { role });
      down = redis.status !== 'end';
    });
    return redis;
  };
  const commands = open('commands');
  const subscriber = open('subscriber');
  const whenReady = (redis: Redis) => (redis.status === 'ready' ? Promise.resolve() : new Promise<void>((resolve) => redis.once('ready', () => resolve())));
  return {
    commands,
    subscriber,
    ready(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`redis not reachable within ${timeoutMs} ms`)), timeoutMs);
      });
      return Promise.race([Promise.all([whenReady(commands), whenReady(subscriber)]).then(() => undefined), late]).finally(() => clearTimeout(timer));
    },
    async close() {
      await Promise.allSettled([commands, subscriber].map((redis) => (redis.status === 'ready' ? redis.quit() : Promise.resolve(redis.disconnect()))));
      commands.disconnect();
      subscriber.disconnect();
    },
  };
}
