/**
 * The delete guard's largest goal subtree is counted in one pass (each row's goal remembered),
 * and gives exactly what the walk per row gave: on the seeded programmes, and on random row
 * sets with missing parents, parents of the wrong kind, duplicate ids, loops and chains longer
 * than the walk follows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { largestSubtree } from '../../shared/doc/delete-guard.ts';
import { seedProgramme } from '../../shared/doc/index.ts';
import { PARENT_KEY, rowsMap } from '../../shared/doc/layout.ts';
import { findRowKind } from '../../shared/doc/rows.ts';
import { ENTITY_KINDS, type EntityKind } from '../../shared/model/entities.ts';
import { SEED_PROGRAMMES } from '../../shared/seed/programmes.ts';

/** The guard's count before: a walk up from every row (rows × depth). */
function walkedLargest(doc: Y.Doc): number {
  const topOf = (kind: EntityKind, id: string): string => {
    let current = { kind, id };
    for (let depth = 0; depth < 16; depth++) {
      if (current.kind === 'goal') return current.id;
      const parentId = rowsMap(doc, current.kind).get(current.id)?.get(PARENT_KEY);
      if (typeof parentId !== 'string') return current.id;
      const parentKind = findRowKind(doc, parentId);
      if (!parentKind) return current.id;
      current = { kind: parentKind, id: parentId };
    }
    return current.id;
  };
  const sizes = new Map<string, number>();
  for (const kind of ENTITY_KINDS) {
    for (const id of rowsMap(doc, kind).keys()) sizes.set(topOf(kind, id), (sizes.get(topOf(kind, id)) ?? 0) + 1);
  }
  return Math.max(0, ...sizes.values());
}

const ROW = fc.record({
  kind: fc.constantFrom(...ENTITY_KINDS),
  id: fc.integer({ min: 0, max: 40 }),
  // An id of the set (maybe of the wrong kind, maybe itself), one that names nothing, or none.
  parent: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(-1), fc.constant(null)),
});

function docOf(rows: readonly { kind: EntityKind; id: number; parent: number | null }[]): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const { kind, id, parent } of rows) {
      const row = new Y.Map<unknown>();
      rowsMap(doc, kind).set(`r${id}`, row);
      if (parent !== null) row.set(PARENT_KEY, parent < 0 ? 'gone' : `r${parent}`);
    }
  });
  return doc;
}

describe('largestSubtree', () => {
  it('counts the seeded programmes as the walk per row did', () => {
    for (const seed of SEED_PROGRAMMES) {
      const doc = new Y.Doc();
      seedProgramme(doc, seed);
      expect(largestSubtree(doc)).toBe(walkedLargest(doc));
      expect(largestSubtree(doc)).toBeGreaterThan(10);
    }
  });

  it('gives the same answer as the walk per row on any row set, however broken', () => {
    fc.assert(
      fc.property(fc.array(ROW, { maxLength: 120 }), (rows) => {
        const doc = docOf(rows);
        expect(largestSubtree(doc)).toBe(walkedLargest(doc));
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it('gives the same answer on a chain longer than the walk follows, entered from every row', () => {
    // Activities hanging under each other, 40 deep: a walk stops after 16 steps.
    const chain = Array.from({ length: 40 }, (_, i) => ({ kind: 'activity' as const, id: i, parent: i === 0 ? null : i - 1 }));
    for (const rows of [chain, [...chain].reverse()]) {
      const doc = docOf(rows);
      expect(largestSubtree(doc)).toBe(walkedLargest(doc));
    }
    // A loop: every row's walk is cut, each at its own place.
    const loop = Array.from({ length: 7 }, (_, i) => ({ kind: 'result' as const, id: i, parent: (i + 1) % 7 }));
    expect(largestSubtree(docOf(loop))).toBe(walkedLargest(docOf(loop)));
  });
});
