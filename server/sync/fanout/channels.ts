/**
 * The names in Redis, all under one prefix (KOERS_REDIS_PREFIX, default `koers:`), so several
 * installations, or several tests, share one Redis without hearing each other.
 */

/** Updates, presence and presence queries of one document: only processes with its room open subscribe. */
export function documentChannel(prefix: string, docId: string): string {
  return `${prefix}doc:${docId}`;
}

/** Announcements about sockets (peer-events.ts) and each process's heartbeat: every process subscribes. */
export function peersChannel(prefix: string): string {
  return `${prefix}peers`;
}

/** Who compacts a document's log now (compaction-lease.ts). */
export function compactionLeaseKey(prefix: string, docId: string): string {
  return `${prefix}compact:${docId}`;
}
