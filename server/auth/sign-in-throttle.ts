/**
 * Slowing down password guessing without handing an attacker a way to lock the owner out.
 *
 * The rule (also in docs/SECURITY.md):
 * - Per address and account (`account@address`): 3 failures are free, then each further one
 *   doubles the wait, up to 5 minutes. While it lasts even the right password from that
 *   address is refused, else the wait would not slow a guesser at all.
 * - Per account, over all addresses: 10 failures are free, then the same doubling wait, but
 *   only for addresses that themselves failed on this account within the hour. An address that
 *   has not been failing on this account (the owner at their own desk) is never held up by
 *   someone else's guessing, so wrong passwords from elsewhere cannot lock the owner out.
 *   Guessing from many addresses still costs a growing wait per address after its first miss.
 * - Per address, over all accounts: 20 failures are free (a whole office may share one
 *   address), then the doubling wait, for every account tried from that address.
 * A right password clears the wait of its own address and account only; the account-wide count
 * keeps running, since an attack elsewhere does not stop because the owner signed in.
 * Kept in memory: a restart forgives, which is acceptable for a delay.
 */
import { AttemptLimiter, LOGIN_LIMITS, type LimitCheck, type LimiterOptions } from './attempt-limiter.ts';

export const ACCOUNT_FREE_FAILURES = 10;
const ADDRESS_FREE_FAILURES = 20;

export class SignInThrottle {
  private readonly byPair: AttemptLimiter;
  private readonly byAccount: AttemptLimiter;
  private readonly byAddress: AttemptLimiter;

  constructor(options: Partial<LimiterOptions> = {}) {
    const base = { ...LOGIN_LIMITS, ...options };
    this.byPair = new AttemptLimiter(base);
    this.byAccount = new AttemptLimiter({ ...base, freeFailures: ACCOUNT_FREE_FAILURES });
    this.byAddress = new AttemptLimiter({ ...base, freeFailures: ADDRESS_FREE_FAILURES });
  }

  /** Seconds to wait before this address may try a password for this account, or null. */
  check(account: string, address: string): number | null {
    const pair = pairKey(account, address);
    const checks: LimitCheck[] = [this.byPair.check(pair), this.byAddress.check(address)];
    if (this.byPair.hasFailed(pair)) checks.push(this.byAccount.check(account));
    const wait = Math.max(0, ...checks.map((check) => (check.allowed ? 0 : check.retryAfterSeconds)));
    return wait > 0 ? wait : null;
  }

  fail(account: string, address: string): void {
    this.byPair.fail(pairKey(account, address));
    this.byAccount.fail(account);
    this.byAddress.fail(address);
  }

  succeed(account: string, address: string): void {
    this.byPair.succeed(pairKey(account, address));
  }
}

const pairKey = (account: string, address: string) => `${account} ${address}`;
