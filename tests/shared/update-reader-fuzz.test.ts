/**
 * The update reader against Yjs itself: random edits from several docs on what programme docs
 * hold (rows under their roots, fields, maps nested in a field, whole rows deleted, the meta
 * map with a plain list such as focusAreas and a Y.Array), every update read and then applied
 * to a scratch copy. Whatever changed there must be described, each write must sit where Yjs
 * put its item, and the reader never throws, also not on mutated or truncated bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Write } from '../../shared/doc/update-reader/index.ts';
import { readUpdate } from '../../shared/doc/update-reader/index.ts';

const SEED = 20261202;
const ROOTS = ['meta', 'rows:goal', 'notes:comment'];
const KINDS = ['set', 'row', 'delete', 'nested', 'list', 'push', 'shift'] as const;
const op = fc.record({
  root: fc.constantFrom(...ROOTS),
  row: fc.constantFrom('a', 'b', 'c'),
  field: fc.constantFrom('x', 'y'),
  value: fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.constant(null)),
  kind: fc.constantFrom(...KINDS),
});
const ops = (max: number) => fc.array(op, { maxLength: max });

type Op = { root: string; row: string; field: string; value: number | string | null; kind: (typeof KINDS)[number] };

function rowOf(root: Y.Map<unknown>, o: Op): Y.Map<unknown> {
  const found = root.get(o.row);
  if (found instanceof Y.Map) return found as Y.Map<unknown>;
  const row = new Y.Map<unknown>([[o.field, o.value]]);
  root.set(o.row, row);
  return row;
}

function edit(doc: Y.Doc, o: Op): void {
  const root = doc.getMap<unknown>(o.root);
  switch (o.kind) {
    case 'delete':
      return void root.delete(o.row);
    case 'row':
      return void root.set(o.row, new Y.Map([[o.field, o.value]]));
    case 'set':
      return void rowOf(root, o).set(o.field, o.value);
    case 'nested': {
      // A map inside a field: the guard refuses it, the reader must still place what is in it.
      const row = rowOf(root, o);
      const inner = row.get(o.field);
      if (inner instanceof Y.Map) return void (inner as Y.Map<unknown>).set('z', o.value);
      return void row.set(o.field, new Y.Map([['z', o.value]]));
    }
    case 'list':
      // A plain list such as meta.focusAreas: one value, replaced whole.
      return void root.set('focusAreas', o.value === null ? [] : [String(o.value), o.field]);
    case 'push': {
      const list = root.get('items');
      if (list instanceof Y.Array) return void list.push([o.value]);
      return void root.set('items', Y.Array.from([o.value]));
    }
    case 'shift': {
      const list = root.get('items');
      if (list instanceof Y.Array && list.length > 0) list.delete(0, 1);
      return;
    }
  }
}

/** Changed slots root/key[/field] between two JSON views; deeper changes count at the field. */
type JsonMap = Record<string, unknown>;

function asMap(value: unknown): JsonMap | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonMap) : null;
}

function diff(before: Record<string, JsonMap>, after: Record<string, JsonMap>): string[] {
  const out: string[] = [];
  for (const root of ROOTS) {
    const a = before[root] ?? {};
    const b = after[root] ?? {};
    for (const row of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const x = asMap(a[row]);
      const y = asMap(b[row]);
      if (x && y) {
        for (const f of new Set([...Object.keys(x), ...Object.keys(y)])) if (JSON.stringify(x[f]) !== JSON.stringify(y[f])) out.push(`${root}/${row}/${f}`);
      } else if (JSON.stringify(a[row]) !== JSON.stringify(b[row])) out.push(`${root}/${row}`);
    }
  }
  return out;
}

const json = (doc: Y.Doc): Record<string, JsonMap> => Object.fromEntries(ROOTS.map((r) => [r, doc.getMap(r).toJSON() as JsonMap]));

/** Where Yjs put a written item in `doc`: its root, the keys down to its parent, its key. */
function placeInDoc(doc: Y.Doc, write: Write): { root: string; path: (string | null)[]; key: string | null; dead: boolean } {
  const struct = Y.getItem(doc.store, Y.createID(write.id.client, write.id.clock)) as Y.Item | Y.GC;
  if (!(struct instanceof Y.Item)) return { root: '', path: [], key: null, dead: true };
  const path: (string | null)[] = [];
  let dead = false;
  let current = struct.parent as Y.AbstractType<unknown>;
  while (current._item !== null) {
    dead ||= current._item.deleted;
    path.unshift(current._item.parentSub);
    current = current._item.parent as Y.AbstractType<unknown>;
  }
  return { root: Y.findRootTypeKey(current), path, key: struct.parentSub, dead };
}

function covers(described: Set<string>, slot: string): boolean {
  for (const d of described) if (d === slot || d.startsWith(`${slot}/`) || slot.startsWith(`${d}/`)) return true;
  return false;
}

function fork(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function changeOf(doc: Y.Doc, list: readonly Op[]): Uint8Array {
  const before = Y.encodeStateVector(doc);
  list.forEach((o) => edit(doc, o));
  return Y.encodeStateAsUpdate(doc, before);
}

describe('update reader fuzz (seed printed by fast-check on failure)', () => {
  it('describes every change Yjs makes, places every write where Yjs puts it, agrees on "known"', () => {
    fc.assert(
      fc.property(ops(8), ops(8), ops(6), ops(4), fc.boolean(), (base, mine, colleague, theirs, seenColleague) => {
        const server = new Y.Doc();
        base.forEach((o) => edit(server, o));
        const client = fork(server);
        const other = fork(server);
        // A colleague's concurrent work the server has; the client may or may not have seen it.
        const fromColleague = changeOf(other, colleague);
        Y.applyUpdate(server, fromColleague);
        if (seenColleague) Y.applyUpdate(client, fromColleague);
        theirs.forEach((o) => edit(server, o)); // concurrent work straight on the server
        const update = changeOf(client, mine);

        const reading = readUpdate(server, update);
        expect(reading.problem).toBeNull();
        expect(reading.known).toBe(Y.snapshotContainsUpdate(Y.snapshot(server), update));
        const scratch = new Y.Doc({ gc: false });
        Y.applyUpdate(scratch, Y.encodeStateAsUpdate(server));
        Y.applyUpdate(scratch, update);

        for (const write of reading.writes) {
          const actual = placeInDoc(scratch, write);
          if (write.place.live) expect({ root: actual.root, path: actual.path, key: actual.key }).toEqual({ root: write.place.root, path: write.place.path, key: write.key });
          else expect(actual.dead, `write ${write.id.client}:${write.id.clock} described dead, but Yjs shows it`).toBe(true);
        }

        const described = new Set<string>();
        for (const { place, key } of [...reading.writes, ...reading.deletions]) {
          if (place.live) described.add([place.root, ...place.path, key ?? ''].join('/'));
        }
        for (const slot of diff(json(server), json(scratch))) expect(covers(described, slot), `${slot} changed but is not described`).toBe(true);
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('a whole row deleted under a colleague\'s fresh writes: those writes are dead, the row deletion is described', () => {
    fc.assert(
      fc.property(fc.constantFrom('rows:goal', 'notes:comment'), fc.array(fc.constantFrom('x', 'y', 'z'), { minLength: 1, maxLength: 4 }), (root, fields) => {
        const server = new Y.Doc();
        server.getMap<unknown>(root).set('a', new Y.Map([['x', 1]]));
        const editor = fork(server);
        const remover = fork(server);
        Y.applyUpdate(server, changeOf(remover, [{ root, row: 'a', field: 'x', value: null, kind: 'delete' }]));
        const update = changeOf(editor, fields.map((field, i) => ({ root, row: 'a', field, value: i, kind: 'set' as const })));
        const reading = readUpdate(server, update);
        expect(reading.problem).toBeNull();
        // Yjs may merge repeated sets of one key into one struct: at least one write per key.
        expect(reading.writes.length).toBeGreaterThanOrEqual(new Set(fields).size);
        expect(reading.writes.length).toBeLessThanOrEqual(fields.length);
        for (const write of reading.writes) expect(write.place).toEqual({ live: false });
        expect(reading.deletions).toEqual([]);

        // The other way round: the editor deletes the row the server still shows.
        const again = new Y.Doc();
        again.getMap<unknown>(root).set('a', new Y.Map(fields.map((f) => [f, 1] as [string, unknown])));
        const removal = readUpdate(again, changeOf(fork(again), [{ root, row: 'a', field: 'x', value: null, kind: 'delete' }]));
        expect(removal.deletions.map((d) => [d.place.root, ...d.place.path, d.key].join('/')).sort()).toEqual(
          [`${root}/a`, ...[...new Set(fields)].map((f) => `${root}/a/${f}`)].sort(),
        );
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('mutated and truncated bytes never make it throw', () => {
    const doc = new Y.Doc();
    doc.getMap('rows:goal').set('a', new Y.Map([['x', 1]]));
    doc.getMap('meta').set('items', Y.Array.from([1, 'twee']));
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
