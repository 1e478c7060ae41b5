/**
 * The update reader against Yjs itself: random edits on random docs, every update read and
 * then applied to a scratch copy; whatever changed there must be described, and the reader
 * never throws, also not on mutated or truncated bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readUpdate } from '../../shared/doc/update-reader/index.ts';

const SEED = 20261202;
const ROOTS = ['meta', 'rows:goal', 'notes:comment'];
const op = fc.record({ root: fc.constantFrom(...ROOTS), row: fc.constantFrom('a', 'b', 'c'), field: fc.constantFrom('x', 'y'), value: fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.constant(null)), kind: fc.constantFrom('set', 'row', 'delete') });

type Op = { root: string; row: string; field: string; value: number | string | null; kind: string };

function edit(doc: Y.Doc, o: Op): void {
  const root = doc.getMap<unknown>(o.root);
  if (o.kind === 'delete') return void root.delete(o.row);
  if (o.kind === 'row' || !(root.get(o.row) instanceof Y.Map)) return void root.set(o.row, new Y.Map([[o.field, o.value]]));
  (root.get(o.row) as Y.Map<unknown>).set(o.field, o.value);
}

/** Changed slots root/row[/field] between two JSON views. */
function diff(before: Record<string, Record<string, unknown>>, after: Record<string, Record<string, unknown>>): string[] {
  const out: string[] = [];
  for (const root of ROOTS) {
    const a = before[root] ?? {};
    const b = after[root] ?? {};
    for (const row of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const x = a[row];
      const y = b[row];
      if (typeof x === 'object' && x && typeof y === 'object' && y) {
        const [fx, fy] = [x as Record<string, unknown>, y as Record<string, unknown>];
        for (const f of new Set([...Object.keys(fx), ...Object.keys(fy)])) if (JSON.stringify(fx[f]) !== JSON.stringify(fy[f])) out.push(`${root}/${row}/${f}`);
      } else if (JSON.stringify(x) !== JSON.stringify(y)) out.push(`${root}/${row}`);
    }
  }
  return out;
}

const json = (doc: Y.Doc) => Object.fromEntries(ROOTS.map((r) => [r, doc.getMap(r).toJSON()]));

describe('update reader fuzz (seed printed by fast-check on failure)', () => {
  it('describes every change Yjs makes, agrees on "known", never throws', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 8 }), fc.array(op, { maxLength: 8 }), fc.array(op, { maxLength: 4 }), (base, mine, theirs) => {
        const server = new Y.Doc();
        base.forEach((o) => edit(server, o));
        const client = new Y.Doc();
        Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
        theirs.forEach((o) => edit(server, o)); // concurrent work the client has not seen
        const before = Y.encodeStateVector(client);
        mine.forEach((o) => edit(client, o));
        const update = Y.encodeStateAsUpdate(client, before);
        const reading = readUpdate(server, update);
        expect(reading.problem).toBeNull();
        expect(reading.known).toBe(Y.snapshotContainsUpdate(Y.snapshot(server), update));
        const scratch = new Y.Doc();
        Y.applyUpdate(scratch, Y.encodeStateAsUpdate(server));
        Y.applyUpdate(scratch, update);
        const described = new Set<string>();
        for (const { place, key } of [...reading.writes, ...reading.deletions]) {
          if (place.live) described.add([place.root, ...place.path, key].join('/'));
        }
        for (const slot of diff(json(server), json(scratch))) {
          const parts = slot.split('/');
          const covered = described.has(slot) || described.has(parts.slice(0, 2).join('/'));
          expect(covered, `${slot} changed but is not described`).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('mutated and truncated bytes never make it throw', () => {
    const doc = new Y.Doc();
    doc.getMap('rows:goal').set('a', new Y.Map([['x', 1]]));
    const valid = Y.encodeStateAsUpdate(doc);
    fc.assert(
      fc.property(fc.nat(valid.length), fc.array(fc.tuple(fc.nat(valid.length - 1), fc.nat(255)), { maxLength: 4 }), (cut, flips) => {
        const bytes = valid.slice(0, Math.max(1, cut));
        for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
        const reading = readUpdate(new Y.Doc(), bytes);
        expect(() => [reading.readable, reading.known, reading.problem, reading.writes, reading.deletions]).not.toThrow();
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
