/**
 * Restoring from a version: the live doc ends up with the version's content in the asked
 * scope, in one transaction with the restore origin, and replicas converge.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  DocError,
  EditOrigin,
  addRow,
  deleteRow,
  moveRow,
  readProgramme,
  restoreFromProgramme,
  seedProgramme,
  setField,
  undoScope,
  userOrigin,
} from '../../shared/doc/index.ts';
import { diffProgrammes, isEmptyDiff } from '../../shared/history/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';

const alice = userOrigin('alice', 'Alice');
const bob = userOrigin('bob', 'Bob');
const restorer = new EditOrigin('restore', 'carla', 'Carla');

function seeded(id = 'bestaanszekerheid'): Y.Doc {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById(id)!);
  return doc;
}

function fork(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** A version and a live doc that has since had every kind of change. */
function versionThenEdits(): { doc: Y.Doc; version: Programme; addedGoal: string } {
  const doc = seeded();
  const version = readProgramme(doc);
  setField(doc, 'goal', 'g1', 'title', 'Titel na de versie', alice);
  setField(doc, 'goalIndicator', 'g2-i1', 'targetValue', 99, alice);
  deleteRow(doc, 'subGoal', 'g1-s2', bob); // with six results and their indicators
  deleteRow(doc, 'activity', 'g1-s1-a3', bob);
  moveRow(doc, 'goal', 'g4', null, alice);
  moveRow(doc, 'result', 'g3-s1-r3', null, alice);
  const addedGoal = addRow(doc, 'goal', null, bob, { fields: { code: '5', title: 'Nieuw doel' } });
  addRow(doc, 'subGoal', addedGoal, bob, { fields: { title: 'Nieuwe uitwerking' } });
  addRow(doc, 'activity', 'g1-s1', bob, { afterId: null, fields: { text: 'Extra activiteit' } });
  return { doc, version, addedGoal };
}

function countTransactions(doc: Y.Doc, origin: unknown): () => number {
  let n = 0;
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    if (tr.origin === origin) n++;
  });
  return () => n;
}

describe('restore, programme scope', () => {
  it('brings back exactly the version, in one transaction with the restore origin', () => {
    const { doc, version } = versionThenEdits();
    const transactions = countTransactions(doc, restorer);

    const summary = restoreFromProgramme(doc, version, { scope: 'programme' }, restorer);

    expect(readProgramme(doc)).toEqual(version);
    expect(transactions()).toBe(1);
    expect(summary.cells).toBe(2);
    // g1-s2 holds six results with one indicator each, two for the fourth (seed data).
    const subtree = [1, 2, 3, 4, 5, 6].flatMap((r) => [`g1-s2-r${r}`, `g1-s2-r${r}-i1`]);
    expect(summary.added.sort()).toEqual(['g1-s1-a3', 'g1-s2', ...subtree, 'g1-s2-r4-i2'].sort());
    expect(summary.removed).toHaveLength(3);
    expect(summary.moved.sort()).toEqual(['g3-s1-r3', 'g4']);
  });

  it('puts a row back under its old parent', () => {
    const doc = seeded();
    const live = readProgramme(doc);
    const target = structuredClone(live);
    const [result] = target.goals[0]!.subGoals[1]!.results.splice(2, 1);
    target.goals[2]!.subGoals[0]!.results.splice(1, 0, result!);

    const summary = restoreFromProgramme(doc, target, { scope: 'programme' }, restorer);

    expect(readProgramme(doc)).toEqual(target);
    expect(summary.moved).toEqual(['g1-s2-r3']);
  });

  it('writes nothing when the live doc already equals the version', () => {
    const doc = seeded();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    const summary = restoreFromProgramme(doc, readProgramme(doc), { scope: 'programme' }, restorer);
    expect(summary).toEqual({ cells: 0, added: [], removed: [], moved: [], meta: 0 });
    expect(updates).toEqual([]);
  });

  it('is undone by restoring the state taken before it', () => {
    const { doc, version } = versionThenEdits();
    const beforeRestore = readProgramme(doc);
    restoreFromProgramme(doc, version, { scope: 'programme' }, restorer);
    restoreFromProgramme(doc, beforeRestore, { scope: 'programme' }, restorer);
    expect(readProgramme(doc)).toEqual(beforeRestore);
  });

  it('converges with a replica that edited at the same time, and is not on a user undo stack', () => {
    const { doc, version } = versionThenEdits();
    const other = fork(doc);
    const undo = new Y.UndoManager(undoScope(doc), { trackedOrigins: new Set([alice]), captureTimeout: 0 });
    setField(other, 'goalIndicator', 'g1-i1', 'notes', 'gelijktijdig genoteerd', bob);

    restoreFromProgramme(doc, version, { scope: 'programme' }, restorer);
    sync(doc, other);

    expect(readProgramme(other)).toEqual(readProgramme(doc));
    const restored = readProgramme(doc);
    expect(restored.goals[0]!.indicators[0]!.notes).toBe('gelijktijdig genoteerd');
    expect(diffProgrammes(version, restored).changed.map((c) => c.field)).toEqual(['notes']);
    expect(undo.canUndo()).toBe(false);
  });
});

describe('restore, row scope', () => {
  it('brings a removed row back with its subtree, same ids, at its old place', () => {
    const { doc, version } = versionThenEdits();
    restoreFromProgramme(doc, version, { scope: 'row', kind: 'subGoal', rowId: 'g1-s2' }, restorer);
    const now = readProgramme(doc);
    const goal1 = now.goals.find((g) => g.id === 'g1')!;
    expect(goal1.subGoals.map((s) => s.id)).toEqual(['g1-s1', 'g1-s2']);
    expect(goal1.subGoals[1]).toEqual(version.goals[0]!.subGoals[1]);
    // Everything else keeps its later edits.
    expect(goal1.title).toBe('Titel na de versie');
    expect(now.goals[0]!.id).toBe('g4');
  });

  it('sets an existing row back to its fields and its place, leaving its children alone', () => {
    const { doc, version } = versionThenEdits();
    setField(doc, 'result', 'g3-s1-r3', 'text', 'Andere tekst', alice);
    addRow(doc, 'resultIndicator', 'g3-s1-r3', alice, { fields: { text: 'Nieuwe indicator' } });

    const summary = restoreFromProgramme(doc, version, { scope: 'row', kind: 'result', rowId: 'g3-s1-r3' }, restorer);

    const results = readProgramme(doc).goals.find((g) => g.id === 'g3')!.subGoals[0]!.results;
    const old = version.goals[2]!.subGoals[0]!.results;
    expect(results.map((r) => r.id)).toEqual(old.map((r) => r.id));
    expect(results[2]!.text).toBe(old[2]!.text);
    expect(results[2]!.indicators.map((i) => i.text)).toEqual([...old[2]!.indicators.map((i) => i.text), 'Nieuwe indicator']);
    expect(summary).toEqual({ cells: 1, added: [], removed: [], moved: ['g3-s1-r3'], meta: 0 });
  });

  it('moves a row back under the parent it had in the version', () => {
    const doc = seeded();
    const version = readProgramme(doc);
    const elsewhere = structuredClone(version);
    const [result] = elsewhere.goals[0]!.subGoals[1]!.results.splice(1, 1);
    elsewhere.goals[2]!.subGoals[2]!.results.unshift(result!);
    restoreFromProgramme(doc, elsewhere, { scope: 'programme' }, restorer); // the live doc now has it elsewhere

    const summary = restoreFromProgramme(doc, version, { scope: 'row', kind: 'result', rowId: 'g1-s2-r2' }, restorer);

    expect(readProgramme(doc)).toEqual(version);
    expect(summary.moved).toEqual(['g1-s2-r2']);
  });

  it('refuses a row the version did not have, or whose parent is gone now', () => {
    const { doc, version, addedGoal } = versionThenEdits();
    const before = readProgramme(doc);
    expect(() => restoreFromProgramme(doc, version, { scope: 'row', kind: 'goal', rowId: addedGoal }, restorer)).toThrow(DocError);
    expect(() => restoreFromProgramme(doc, version, { scope: 'row', kind: 'result', rowId: 'g1-s2-r1' }, restorer)).toThrow(
      /bovenliggende rij/,
    );
    expect(readProgramme(doc)).toEqual(before);
  });
});

describe('restore, cell scope', () => {
  it('sets one cell back and nothing else', () => {
    const { doc, version } = versionThenEdits();
    setField(doc, 'goal', 'g1', 'code', 'X', alice);
    const before = readProgramme(doc);

    const summary = restoreFromProgramme(doc, version, { scope: 'cell', kind: 'goal', rowId: 'g1', field: 'title' }, restorer);

    const diff = diffProgrammes(before, readProgramme(doc));
    expect(diff.changed).toEqual([
      expect.objectContaining({ kind: 'goal', id: 'g1', field: 'title', old: 'Titel na de versie', new: version.goals[0]!.title }),
    ]);
    expect(isEmptyDiff({ ...diff, changed: [] })).toBe(true);
    expect(summary.cells).toBe(1);
  });

  it('says so when the row is gone now', () => {
    const { doc, version } = versionThenEdits();
    expect(() =>
      restoreFromProgramme(doc, version, { scope: 'cell', kind: 'activity', rowId: 'g1-s1-a3', field: 'text' }, restorer),
    ).toThrow(/zet eerst de hele rij terug/);
  });
});
