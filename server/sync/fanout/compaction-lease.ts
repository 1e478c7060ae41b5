/**
 * One writer compacts a document at a time: the process that holds its lease in Redis
 * (`SET key <process> NX PX`), renewed while its room is open, given back when the room
 * unloads. Every other process with the room open leaves the log alone (Room's `mayCompact`)
 * and tries to take the lease on each renewal round, so a dead holder is replaced within
 * LEASE_MS plus one round.
 *
 * The lease spares work; it is not what keeps data safe. A compaction folds the rows up to the
 * last one in one storage transaction and never touches rows appended later
 * (document-store.ts), so a holder that dies mid-compaction, or two holders after a pause
 * longer than the lease, lose nothing. A process counts its lease only until the time it
 * asked for it plus LEASE_MS minus a margin, measured on its own clock, and stops compacting
 * when Redis is gone.
 */
import type { Redis } from 'ioredis';
import type { Logger } from '../../log.ts';
import { compactionLeaseKey } from './channels.ts';

const LEASE_MS = 10_000;
const ROUND_MS = 3_000;
const MARGIN_MS = 1_000;

/** Renew only while it is still ours; answers 1 when renewed. */
const RENEW = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end";
/** Give back only while it is still ours. */
const RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";

export class CompactionLeases {
  /** Documents with an open room here, and until when (this process's clock) their lease is ours; 0: not ours. */
  private readonly heldUntil = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly processId: string,
    private readonly log: Logger,
  ) {
    this.timer = setInterval(() => void this.round(), ROUND_MS);
    this.timer.unref();
  }

  /** A room opened here: try to become its compactor. */
  track(docId: string): void {
    if (!this.heldUntil.has(docId)) this.heldUntil.set(docId, 0);
    void this.claim(docId);
  }

  /** The room unloaded (after its last compaction): give the lease back for the next process. */
  untrack(docId: string): void {
    const held = (this.heldUntil.get(docId) ?? 0) > 0;
    this.heldUntil.delete(docId);
    if (held) this.redis.eval(RELEASE, 1, this.key(docId), this.processId).catch(() => {});
  }

  holds(docId: string): boolean {
    return (this.heldUntil.get(docId) ?? 0) > Date.now();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Every round: renew what is ours, try to take what is nobody's. */
  private async round(): Promise<void> {
    await Promise.all([...this.heldUntil.keys()].map((docId) => this.claim(docId)));
  }

  private async claim(docId: string): Promise<void> {
    const asked = Date.now();
    const key = this.key(docId);
    try {
      const ours = (this.heldUntil.get(docId) ?? 0) > 0;
      const granted = ours
        ? (await this.redis.eval(RENEW, 1, key, this.processId, String(LEASE_MS))) === 1
        : (await this.redis.set(key, this.processId, 'PX', LEASE_MS, 'NX')) === 'OK';
      if (!this.heldUntil.has(docId)) {
        // Untracked while we asked: give back what we just got.
        if (granted) await this.redis.eval(RELEASE, 1, key, this.processId);
        return;
      }
      this.heldUntil.set(docId, granted ? asked + LEASE_MS - MARGIN_MS : 0);
      if (granted && !ours) this.log.debug('compaction lease taken', { docId });
    } catch {
      // Redis away: not ours until a round reaches it again.
      if (this.heldUntil.has(docId)) this.heldUntil.set(docId, 0);
    }
  }

  private key(docId: string): string {
    return compactionLeaseKey(this.prefix, docId);
  }
}
