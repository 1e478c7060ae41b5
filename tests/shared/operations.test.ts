import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addRow,
  deleteRow,
  DocError,
  moveRow,
  moveRowBy,
  readProgramme,
  seedProgramme,
  setField,
  undoScope,
  userOrigin,
} from '../../shared/doc/index.ts';
import { SEED_PROGRAMMES, seedProgrammeById } from '../../shared/seed/programmes.ts';

const alice = userOrigin('alice', 'Alice');
const bob = userOrigin('bob', 'Bob');

function seeded(id = 'bestaanszekerheid'): Y.Doc {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById(id)!);
  return doc;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function fork(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe('seed', () => {
  it.each(SEED_PROGRAMMES.map((p) => [p.id, p] as const))('%s keeps every goal, indicator and result in order', (_id, seed) => {
    const doc = new Y.Doc();
    seedProgramme(doc, seed);
    const programme = readProgramme(doc);
    expect(programme.name).toBe(seed.name);
    expect(programme.goals.map((g) => g.title)).toEqual(seed.goals.map((g) => g.title));
    expect(programme.goals.map((g) => g.code)).toEqual(seed.goals.map((g) => String(g.number)));
    seed.goals.forEach((goal, g) => {
      expect(programme.goals[g]!.indicators.map((i) => i.indicator)).toEqual(goal.indicators.map((i) => i.indicator));
      expect(programme.goals[g]!.indicators.map((i) => i.baseline)).toEqual(goal.indicators.map((i) => i.baseline ?? ''));
      goal.subGoals.forEach((sub, s) => {
        const read = programme.goals[g]!.subGoals[s]!;
        expect(read.title).toBe(sub.title);
        expect(read.results.map((r) => r.code)).toEqual(sub.results.map((r) => r.code));
        expect(read.results.map((r) => r.indicators.map((i) => i.text))).toEqual(sub.results.map((r) => r.indicators));
        expect(read.activities.map((a) => a.text)).toEqual(sub.activities);
      });
    });
  });
});

describe('operations', () => {
  it('sets a field in one transaction with the given origin', () => {
    const doc = seeded();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    setField(doc, 'goalIndicator', 'g1-i1', 'target', 'Maximaal 3,6%', alice);
    expect(origins).toEqual([alice]);
    expect(readProgramme(doc).goals[0]!.indicators[0]!.target).toBe('Maximaal 3,6%');
  });

  it('rejects unknown rows, unknown fields and wrong types with a Dutch message', () => {
    const doc = seeded();
    expect(() => setField(doc, 'goal', 'nope', 'title', 'x', alice)).toThrow(DocError);
    expect(() => setField(doc, 'goal', 'g1', 'parentId', 'x', alice)).toThrow(/Onbekend veld/);
    expect(() => setField(doc, 'goalIndicator', 'g1-i1', 'baselineYear', 2023.5, alice)).toThrow(/geheel getal/);
    expect(() => setField(doc, 'goalIndicator', 'g1-i1', 'status', 'kapot', alice)).toThrow(/Ongeldige keuze/);
  });

  it('adds a row after a given sibling, first, or at the end', () => {
    const doc = seeded();
    const mid = addRow(doc, 'goalIndicator', 'g1', alice, { afterId: 'g1-i1', fields: { indicator: 'midden' } });
    const first = addRow(doc, 'goalIndicator', 'g1', alice, { afterId: null, fields: { indicator: 'eerst' } });
    const end = addRow(doc, 'goalIndicator', 'g1', alice, { fields: { indicator: 'laatst' } });
    const ids = readProgramme(doc).goals[0]!.indicators.map((i) => i.id);
    expect(ids).toEqual([first, 'g1-i1', mid, 'g1-i2', end]);
  });

  it('refuses a row under a parent of the wrong kind', () => {
    const doc = seeded();
    expect(() => addRow(doc, 'result', 'g1', alice)).toThrow(DocError);
    expect(() => addRow(doc, 'goalIndicator', null, alice)).toThrow(DocError);
  });

  it('deletes a row with everything below it', () => {
    const doc = seeded();
    deleteRow(doc, 'subGoal', 'g1-s1', alice);
    const goal = readProgramme(doc).goals[0]!;
    expect(goal.subGoals.map((s) => s.id)).toEqual(['g1-s2']);
    const json = JSON.stringify(doc.toJSON());
    expect(json).not.toContain('g1-s1-r1');
    expect(json).not.toContain('g1-s1-a1');
  });

  it('moves a row up and down without changing its id', () => {
    const doc = seeded();
    expect(moveRowBy(doc, 'goalIndicator', 'g1-i2', -1, alice)).toBe(true);
    expect(readProgramme(doc).goals[0]!.indicators.map((i) => i.id)).toEqual(['g1-i2', 'g1-i1']);
    expect(moveRowBy(doc, 'goalIndicator', 'g1-i2', -1, alice)).toBe(false);
    moveRow(doc, 'goalIndicator', 'g1-i2', 'g1-i1', alice);
    expect(readProgramme(doc).goals[0]!.indicators.map((i) => i.id)).toEqual(['g1-i1', 'g1-i2']);
  });
});

describe('concurrency', () => {
  it('two concurrent moves of one row end with that row exactly once', () => {
    const a = seeded('gezond-samenleven');
    const b = fork(a);
    const before = readProgramme(a).goals[0]!.subGoals[0]!.results.map((r) => r.id);
    expect(before.length).toBeGreaterThanOrEqual(3);
    const moving = before[0]!;
    moveRow(a, 'result', moving, before[before.length - 1]!, alice);
    setField(b, 'result', moving, 'text', 'door Bob aangepast', bob);
    moveRow(b, 'result', moving, before[1]!, bob);
    sync(a, b);
    const ra = readProgramme(a).goals[0]!.subGoals[0]!.results;
    const rb = readProgramme(b).goals[0]!.subGoals[0]!.results;
    expect(ra.map((r) => r.id)).toEqual(rb.map((r) => r.id));
    expect(ra.filter((r) => r.id === moving)).toHaveLength(1);
    expect(ra.map((r) => r.id).sort()).toEqual([...before].sort());
    expect(ra.find((r) => r.id === moving)!.text).toBe('door Bob aangepast');
  });

  it('two concurrent inserts at the same place both survive in the same order everywhere', () => {
    const a = seeded();
    const b = fork(a);
    const x = addRow(a, 'goalIndicator', 'g1', alice, { afterId: 'g1-i1', fields: { indicator: 'van Alice' } });
    const y = addRow(b, 'goalIndicator', 'g1', bob, { afterId: 'g1-i1', fields: { indicator: 'van Bob' } });
    sync(a, b);
    const ids = readProgramme(a).goals[0]!.indicators.map((i) => i.id);
    expect(ids).toEqual(readProgramme(b).goals[0]!.indicators.map((i) => i.id));
    expect(ids).toHaveLength(4);
    expect(ids[0]).toBe('g1-i1');
    expect(new Set(ids.slice(1, 3))).toEqual(new Set([x, y]));
    // A third insert between the tied rows still lands between g1-i1 and g1-i2.
    addRow(a, 'goalIndicator', 'g1', alice, { afterId: ids[1]!, fields: { indicator: 'derde' } });
    const after = readProgramme(a).goals[0]!.indicators.map((i) => i.id);
    expect(after[after.length - 1]).toBe('g1-i2');
  });

  it('concurrent edits of different fields of one row both survive', () => {
    const a = seeded();
    const b = fork(a);
    setField(a, 'goalIndicator', 'g1-i1', 'baseline', 'A', alice);
    setField(b, 'goalIndicator', 'g1-i1', 'target', 'B', bob);
    sync(a, b);
    const ind = readProgramme(a).goals[0]!.indicators[0]!;
    expect([ind.baseline, ind.target]).toEqual(['A', 'B']);
  });

  it('undo by one user does not undo the other user', () => {
    const a = seeded();
    const b = fork(a);
    const undo = new Y.UndoManager(undoScope(a), { trackedOrigins: new Set([alice]) });
    setField(a, 'goal', 'g1', 'title', 'Alice', alice);
    sync(a, b);
    setField(b, 'goal', 'g2', 'title', 'Bob', bob);
    sync(a, b);
    undo.undo();
    sync(a, b);
    expect(readProgramme(b).goals[0]!.title).toBe(seedProgrammeById('bestaanszekerheid')!.goals[0]!.title);
    expect(readProgramme(b).goals[1]!.title).toBe('Bob');
  });
});
