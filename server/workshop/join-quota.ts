/**
 * How many new participants one werkatelier admits: per client address per werkatelier within
 * an hour, and in all. The miss limiter slows down guessing codes; this bounds what one known
 * code is worth to a script (issue 11 item 6: 2,000 anonymous joins were accepted). A whole
 * room may share one address (the town hall's wifi), so the per-address number is a room's
 * worth, not one; a re-join with the participant cookie is not new and costs nothing.
 * Kept in memory: a restart forgives, as the other limiters do.
 */
export interface JoinQuotaOptions {
  perAddressPerWindow: number;
  windowMs: number;
  /** Participants of one werkatelier, whoever sent them. */
  perWorkshop: number;
}

export const JOIN_QUOTA: JoinQuotaOptions = { perAddressPerWindow: 60, windowMs: 60 * 60_000, perWorkshop: 500 };

/** Entries beyond this are swept of expired joins first: memory stays bounded under a flood of addresses. */
const SWEEP_ABOVE = 10_000;

export type QuotaAnswer = { allowed: true } | { allowed: false; why: 'address'; retryAfterSeconds: number } | { allowed: false; why: 'full' };

export class JoinQuota {
  private readonly joins = new Map<string, number[]>();

  constructor(
    private readonly options: JoinQuotaOptions = JOIN_QUOTA,
    private readonly now: () => number = Date.now,
  ) {}

  check(workshopId: string, address: string, participantCount: number): QuotaAnswer {
    if (participantCount >= this.options.perWorkshop) return { allowed: false, why: 'full' };
    const recent = this.recent(`${workshopId}\n${address}`);
    if (recent.length < this.options.perAddressPerWindow) return { allowed: true };
    const retryAfterMs = recent[0]! + this.options.windowMs - this.now();
    return { allowed: false, why: 'address', retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
  }

  /** Counts an admitted new participant. */
  admitted(workshopId: string, address: string): void {
    if (this.joins.size > SWEEP_ABOVE) this.sweep();
    const key = `${workshopId}\n${address}`;
    this.joins.set(key, [...this.recent(key), this.now()]);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.options.windowMs;
    const kept = (this.joins.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.joins.delete(key);
    else this.joins.set(key, kept);
    return kept;
  }

  private sweep(): void {
    for (const key of [...this.joins.keys()]) this.recent(key);
  }
}
