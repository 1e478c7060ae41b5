/**
 * Fractional order keys. Concurrent inserts at one spot may get equal keys; readers break
 * the tie by id so every replica shows the same order.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

export interface Ordered {
  id: string;
  order: string;
}

export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order < b.order) return -1;
  if (a.order > b.order) return 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Key for a new position right after `afterId` (null: first) among `siblings`. */
export function keyAfter(siblings: readonly Ordered[], afterId: string | null, movingId?: string): string {
  const sorted = siblings.filter((s) => s.id !== movingId).sort(compareOrdered);
  const index = afterId === null ? -1 : sorted.findIndex((s) => s.id === afterId);
  if (afterId !== null && index < 0) throw new Error(`Unknown sibling ${afterId}`);
  const prev = index >= 0 ? sorted[index]!.order : null;
  // Skip siblings that tie with prev: no key fits between equal keys.
  let next: string | null = null;
  for (let i = index + 1; i < sorted.length; i++) {
    const candidate = sorted[i]!.order;
    if (prev === null || candidate > prev) {
      next = candidate;
      break;
    }
  }
  return safeKeyBetween(prev, next);
}

/** `count` ascending keys for new rows right after `afterId` (null: first), as keyAfter for one. */
export function keysAfter(siblings: readonly Ordered[], afterId: string | null, count: number): string[] {
  if (count === 0) return [];
  const first = keyAfter(siblings, afterId);
  const sorted = [...siblings].sort(compareOrdered);
  const next = sorted.find((s) => s.order > first)?.order ?? null;
  try {
    return [first, ...generateNKeysBetween(first, next, count - 1)];
  } catch {
    return [first, ...generateNKeysBetween(first, null, count - 1)];
  }
}

export function initialKeys(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}

function safeKeyBetween(a: string | null, b: string | null): string {
  try {
    return generateKeyBetween(a, b);
  } catch {
    // A malformed key from a broken client must not block edits: fall back to a valid key.
    return generateKeyBetween(null, null);
  }
}
