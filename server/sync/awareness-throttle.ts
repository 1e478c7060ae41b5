/**
 * At most one awareness state per interval per connection is applied and relayed; the newest
 * one waiting replaces older ones, and the last one always goes out when its turn comes. A
 * cursor moving fast needs no more, and a flooding socket costs the room one state per tick.
 */
import type { AwarenessEntry } from './awareness-entries.ts';

/** 20 per second: smoother than a person can follow, far below what a loop can send. */
const AWARENESS_INTERVAL_MS = 50;

export class AwarenessThrottle {
  private waiting: AwarenessEntry | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastApplied = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly apply: (entry: AwarenessEntry) => void,
    private readonly intervalMs = AWARENESS_INTERVAL_MS,
  ) {}

  offer(entry: AwarenessEntry): void {
    this.waiting = entry;
    if (this.timer) return;
    const wait = this.lastApplied + this.intervalMs - performance.now();
    if (wait <= 0) this.flush();
    else this.timer = setTimeout(() => this.flush(), wait);
  }

  /** The connection left: whatever waits is gone with its state. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.waiting = null;
  }

  private flush(): void {
    this.timer = null;
    const entry = this.waiting;
    this.waiting = null;
    if (!entry) return;
    this.lastApplied = performance.now();
    this.apply(entry);
  }
}
