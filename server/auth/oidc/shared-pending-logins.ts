/**
 * Started sign-ins shared by every Koers process (KOERS_REDIS_URL): behind a load balancer the
 * provider's callback may reach another process than the one that sent the browser there, and
 * with sign-ins kept in one process's memory that process alone could finish them (the others
 * answered "verlopen"). Each waits in Redis under the hash of its state, with the hash of the
 * browser's binding value, for PENDING_LIFETIME_MS (Redis expires it); the callback takes it out
 * with DEL, so only one process can ever use it. Redis keeps nothing on disk for Koers: what is
 * here is gone after a Redis restart, as after a Koers restart, and whoever was halfway starts
 * again.
 *
 * While Redis is away a sign-in waits in this process's memory instead, so it still works when
 * the callback comes back here; the callback looks here first.
 *
 * The start route is open to anyone, so a script starting sign-ins in a loop must not fill Redis:
 * each process keeps the keys it added, oldest first, and deletes the oldest past MAX_PENDING,
 * as the memory store drops its oldest.
 */
import type { Redis } from 'ioredis';
import type { Logger } from '../../log.ts';
import { bindingFor, hash, MAX_PENDING, PENDING_LIFETIME_MS, PendingLogins, sameBinding, type PendingLogin, type PendingLoginStore } from './pending-logins.ts';

interface StoredLogin extends PendingLogin {
  bindingHash: string;
  createdAt: number;
}

export function sharedPendingLogins({
  redis,
  prefix,
  log,
  now = Date.now,
  maxPending = MAX_PENDING,
}: {
  redis: Pick<Redis, 'set' | 'get' | 'del'>;
  prefix: string;
  log: Logger;
  now?: () => number;
  maxPending?: number;
}): PendingLoginStore {
  const local = new PendingLogins(now);
  const keyOf = (state: string) => `${prefix}oidc-pending:${hash(state).toString('hex')}`;
  /** Keys this process put in Redis, oldest first; taken or expired ones cost nothing to delete again. */
  const added: string[] = [];
  return {
    async add(state, login, existingBinding) {
      const binding = bindingFor(existingBinding);
      const stored: StoredLogin = { ...login, bindingHash: hash(binding).toString('hex'), createdAt: now() };
      try {
        const key = keyOf(state);
        await redis.set(key, JSON.stringify(stored), 'PX', PENDING_LIFETIME_MS);
        added.push(key);
        if (added.length > maxPending) await redis.del(...added.splice(0, added.length - maxPending)).catch(() => 0);
      } catch (error) {
        log.warn('redis unavailable: sign-in kept in this process only', { error: (error as Error).message });
        local.add(state, login, binding);
      }
      return binding;
    },

    async take(state, binding) {
      const here = local.take(state, binding);
      if (here.ok || here.why !== 'unknown-state') return here;
      const key = keyOf(state);
      let raw: string | null;
      try {
        raw = await redis.get(key);
      } catch (error) {
        log.warn('redis unavailable: a sign-in started on another process cannot be finished', { error: (error as Error).message });
        return { ok: false, why: 'unknown-state' };
      }
      if (raw === null) return { ok: false, why: 'unknown-state' };
      const { bindingHash, createdAt, ...login } = JSON.parse(raw) as StoredLogin;
      // A callback from another browser must not burn the real one's sign-in.
      if (!sameBinding(binding, Buffer.from(bindingHash, 'hex'))) return { ok: false, why: 'other-browser' };
      // Whoever deletes it uses it; a second callback with the same state, here or elsewhere, gets nothing.
      const taken = await redis.del(key).catch(() => 0);
      if (taken !== 1) return { ok: false, why: 'unknown-state' };
      if (now() - createdAt > PENDING_LIFETIME_MS) return { ok: false, why: 'expired' };
      return { ok: true, login };
    },
  };
}
