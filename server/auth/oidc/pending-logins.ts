/**
 * Sign-ins that went to the provider and have not come back yet, in memory: state, nonce and PKCE
 * verifier stay on the server (never in a cookie or the database) and each can be used once.
 * The browser that started gets a random binding value in a short-lived cookie; the callback
 * must bring the same one, so a callback link made in another browser (login CSRF: someone
 * slipping their own account into your browser) is refused. Older than ten minutes counts as
 * expired. A restart forgets them all: whoever was halfway starts again. With several processes
 * the callback may reach another process than the start did: shared-pending-logins.ts.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const PENDING_LIFETIME_MS = 10 * 60 * 1000;
/** Started sign-ins one process keeps at most (in memory, or in Redis): past it the oldest go first. */
export const MAX_PENDING = 10_000;

export interface PendingLogin {
  provider: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  /** The client route to open afterwards (`#/...`). */
  returnTo: string;
}

interface Entry extends PendingLogin {
  bindingHash: Buffer;
  createdAt: number;
}

export type TakeResult = { ok: true; login: PendingLogin } | { ok: false; why: 'unknown-state' | 'other-browser' | 'expired' };

/** Where started sign-ins wait: this process's memory, or shared by every process (shared-pending-logins.ts). */
export interface PendingLoginStore {
  add(state: string, login: PendingLogin, existingBinding?: string): Promise<string>;
  take(state: string, binding: string | undefined): Promise<TakeResult>;
}

export const hash = (value: string) => createHash('sha256').update(value).digest();

/** The browser's binding value: the one it brought when well-formed, else a new one. */
export function bindingFor(existing: string | undefined): string {
  return existing && /^[A-Za-z0-9_-]{43}$/.test(existing) ? existing : randomBytes(32).toString('base64url');
}

/** Whether the binding the callback brought is the one the sign-in was started with. */
export function sameBinding(binding: string | undefined, bindingHash: Buffer): boolean {
  return Boolean(binding) && timingSafeEqual(hash(binding!), bindingHash);
}

/** The memory store as a PendingLoginStore (one process, or no Redis). */
export function inMemory(pending: PendingLogins): PendingLoginStore {
  return {
    add: async (state, login, existingBinding) => pending.add(state, login, existingBinding),
    take: async (state, binding) => pending.take(state, binding),
  };
}

export class PendingLogins {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Keeps a started sign-in under its state; answers the binding value for the browser's cookie.
   * A browser that already has one keeps it (two tabs signing in at once both work).
   */
  add(state: string, login: PendingLogin, existingBinding?: string): string {
    this.prune();
    const binding = bindingFor(existingBinding);
    this.entries.set(hash(state).toString('hex'), { ...login, bindingHash: hash(binding), createdAt: this.now() });
    return binding;
  }

  /** Takes the sign-in of this state out (whatever the outcome, it cannot be used again). */
  take(state: string, binding: string | undefined): TakeResult {
    const key = hash(state).toString('hex');
    const entry = this.entries.get(key);
    if (!entry) return { ok: false, why: 'unknown-state' };
    // A callback from another browser must not burn the real one's sign-in.
    if (!sameBinding(binding, entry.bindingHash)) return { ok: false, why: 'other-browser' };
    this.entries.delete(key);
    if (this.now() - entry.createdAt > PENDING_LIFETIME_MS) return { ok: false, why: 'expired' };
    const { bindingHash: _, createdAt: __, ...login } = entry;
    return { ok: true, login };
  }

  private prune(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (now - entry.createdAt > PENDING_LIFETIME_MS) this.entries.delete(key);
    // Still full (someone starting sign-ins in a loop): the oldest go first.
    while (this.entries.size >= MAX_PENDING) this.entries.delete(this.entries.keys().next().value!);
  }
}
