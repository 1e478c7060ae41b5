/**
 * A growing delay after repeated failures (wrong password, guessed join code), per key
 * (an e-mail address, a client address). The first few failures are free, so a typo costs
 * nothing; after that each failure doubles the wait, up to a cap. A success clears the key.
 * Kept in memory: a restart forgives, which is acceptable for a delay (it is not a lockout).
 */

export interface LimiterOptions {
  /** Failures allowed before any wait. */
  freeFailures: number;
  /** Wait after the first counted failure; doubles with each further one. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Forget a key this long after its last failure. */
  forgetAfterMs: number;
  now?: () => number;
}

export const LOGIN_LIMITS: LimiterOptions = {
  freeFailures: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 5 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

interface Entry {
  failures: number;
  blockedUntil: number;
  lastFailure: number;
}

export type LimitCheck = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const MAX_KEYS = 100_000;

export class AttemptLimiter {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(private readonly options: LimiterOptions) {
    this.now = options.now ?? Date.now;
  }

  check(key: string): LimitCheck {
    const entry = this.live(key);
    if (!entry || entry.blockedUntil <= this.now()) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((entry.blockedUntil - this.now()) / 1000)) };
  }

  fail(key: string): void {
    const now = this.now();
    const entry = this.live(key) ?? { failures: 0, blockedUntil: 0, lastFailure: now };
    entry.failures++;
    entry.lastFailure = now;
    const counted = entry.failures - this.options.freeFailures;
    if (counted > 0) {
      entry.blockedUntil = now + Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** Math.min(counted - 1, 30));
    }
    if (!this.entries.has(key) && this.entries.size >= MAX_KEYS) this.prune();
    this.entries.set(key, entry);
  }

  /** Whether this key failed within forgetAfterMs (free failures included). */
  hasFailed(key: string): boolean {
    return this.live(key) !== undefined;
  }

  succeed(key: string): void {
    this.entries.delete(key);
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.lastFailure > this.options.forgetAfterMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private prune(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (now - entry.lastFailure > this.options.forgetAfterMs) this.entries.delete(key);
    // Still full (an attack from many keys): drop the oldest rather than grow without bound.
    while (this.entries.size >= MAX_KEYS) this.entries.delete(this.entries.keys().next().value!);
  }
}
