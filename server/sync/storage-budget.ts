/**
 * The rolling hour of stored bytes per user per document (issue 11, item 11). Kept by the
 * registry, not the room: a room unloads a few seconds after its last socket leaves, and
 * reconnecting must not start a fresh budget. In memory: a restart forgives.
 */
const BUCKET_MS = 60_000;
const BUCKETS = 60;

interface Usage {
  /** Start time of each minute's bucket, and the bytes stored in it. */
  starts: number[];
  bytes: number[];
}

export class StorageBudget {
  private readonly usage = new Map<string, Usage>();

  constructor(
    private readonly bytesPerHour: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether `bytes` more fit in the user's hour; counts nothing (the append may still fail). */
  fits(docId: string, userId: string, bytes: number): boolean {
    const key = `${docId}\u0000${userId}`;
    const usage = this.current(key);
    return usage.bytes.reduce((sum, n) => sum + n, 0) + bytes <= this.bytesPerHour;
  }

  /** Counts `bytes` the user stored: call once the append is durable, never before. */
  charge(docId: string, userId: string, bytes: number): void {
    const key = `${docId}\u0000${userId}`;
    const now = this.now();
    const usage = this.current(key);
    const last = usage.starts.length - 1;
    if (last >= 0 && now - usage.starts[last]! < BUCKET_MS) usage.bytes[last]! += bytes;
    else {
      usage.starts.push(now);
      usage.bytes.push(bytes);
    }
    this.keep(key, usage);
  }

  /** The user's buckets of the last hour (older ones dropped). */
  private current(key: string): Usage {
    const now = this.now();
    const usage = this.usage.get(key) ?? { starts: [], bytes: [] };
    while (usage.starts.length > 0 && usage.starts[0]! <= now - BUCKET_MS * BUCKETS) {
      usage.starts.shift();
      usage.bytes.shift();
    }
    this.keep(key, usage);
    return usage;
  }

  private keep(key: string, usage: Usage): void {
    if (usage.starts.length === 0) this.usage.delete(key);
    else this.usage.set(key, usage);
  }
}
