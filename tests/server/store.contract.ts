/**
 * The contract every DocumentStore implementation keeps. document-store.test.ts calls
 * describeStoreContract once per backend (backends.ts) with a harness that opens (and, if it
 * can, reopens) it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteRow, readProgramme, seedProgramme, setField, userOrigin } from '../../shared/doc/index.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';
import type { DocumentStore, NewHistoryEntry, NewVersion } from '../../server/persistence/document-store.ts';
import { HISTORY_BURST_MS } from '../../server/persistence/history-bursts.ts';

export interface StoreHarness {
  open(): DocumentStore;
  /** Closes the given store and opens the same storage again; absent for volatile stores. */
  reopen?(store: DocumentStore): DocumentStore;
  dispose(): Promise<void>;
}

const alice = userOrigin('alice');

function bytes(...values: number[]): Uint8Array {
  return Uint8Array.from(values);
}

/** A seeded programme plus a run of edits, captured as the updates a client would send. */
function realUpdates(edits: number): { updates: Uint8Array[]; doc: Y.Doc } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  seedProgramme(doc, seedProgrammeById('gezond-samenleven')!);
  for (let i = 0; i < edits; i++) setField(doc, 'goal', 'g1', 'title', `titel ${i} ${'x'.repeat(200)}`, alice);
  deleteRow(doc, 'goal', 'g2', alice);
  return { updates, doc };
}

function replay(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

function newVersion(docId: string, state: Uint8Array, name = 'Raadsbesluit september 2024'): NewVersion {
  return {
    documentId: docId,
    name,
    status: 'raad-vastgesteld',
    date: '2024-09-26',
    documentNumber: '824720',
    note: 'Vastgesteld met amendement A',
    createdAt: '2024-09-27T08:00:00.000Z',
    createdBy: { id: 'alice', name: 'Alice de Vries' },
    state,
  };
}

function historyEntry(docId: string, n: number, overrides: Partial<NewHistoryEntry> = {}): NewHistoryEntry {
  return {
    documentId: docId,
    action: 'set',
    kind: 'goal',
    rowId: 'g1',
    field: 'title',
    old: `titel ${n - 1}`,
    new: `titel ${n}`,
    userId: 'alice',
    userName: 'Alice de Vries',
    // Minutes apart: separate changes, not one burst (history-bursts.ts).
    at: `2025-01-01T10:${String(n).padStart(2, '0')}:00.000Z`,
    ...overrides,
  };
}

export function describeStoreContract(name: string, makeHarness: () => Promise<StoreHarness>): void {
  describe(`DocumentStore contract: ${name}`, () => {
    let harness: StoreHarness;
    let store: DocumentStore;

    beforeEach(async () => {
      harness = await makeHarness();
      store = harness.open();
    });

    afterEach(async () => {
      store.close();
      await harness.dispose();
    });

    it('starts empty', () => {
      expect(store.listDocuments()).toEqual([]);
      expect(store.hasDocument('a')).toBe(false);
      expect(store.load('a')).toEqual([]);
      expect(store.countUpdates('a')).toBe(0);
      expect(store.compact('a')).toEqual({ merged: 0, upToSeq: 0 });
    });

    it('returns appended updates byte for byte, in append order, per document', () => {
      const s1 = store.append('b', bytes(1, 2, 3));
      const s2 = store.append('a', bytes(9));
      const s3 = store.append('b', bytes(4, 5));
      expect(s2).toBeGreaterThan(s1);
      expect(s3).toBeGreaterThan(s2);
      expect(store.load('b')).toEqual([bytes(1, 2, 3), bytes(4, 5)]);
      expect(store.load('a')).toEqual([bytes(9)]);
      expect(store.countUpdates('b')).toBe(2);
      expect(store.listDocuments()).toEqual(['a', 'b']);
      expect(store.hasDocument('a')).toBe(true);
      expect(store.hasDocument('c')).toBe(false);
    });

    it('group commit: appends and history of one batch stored together, in order, and returned work', () => {
      store.append('a', bytes(1));
      const result = store.groupCommit(() => {
        const seqs = [store.append('a', bytes(2)), store.append('b', bytes(3)), store.append('a', bytes(4))];
        store.appendHistory([historyEntry('a', 1), historyEntry('a', 2)]);
        return seqs;
      });
      expect(result[1]).toBeGreaterThan(result[0]!);
      expect(result[2]).toBeGreaterThan(result[1]!);
      expect(store.load('a')).toEqual([bytes(1), bytes(2), bytes(4)]);
      expect(store.load('b')).toEqual([bytes(3)]);
      expect(store.listHistory('a').map((e) => e.new)).toEqual(['titel 2', 'titel 1']);
    });

    it('group commit is all or none: a throw inside stores nothing of the batch, and an inner one joins the outer', () => {
      store.append('a', bytes(1));
      store.appendHistory([historyEntry('a', 1)]);
      expect(() =>
        store.groupCommit(() => {
          store.append('a', bytes(2));
          store.append('new', bytes(3));
          store.groupCommit(() => {
            store.append('a', bytes(4));
            store.appendHistory([historyEntry('a', 2)]);
          });
          throw new Error('the batch fails after its appends');
        }),
      ).toThrow('the batch fails after its appends');
      expect(store.load('a')).toEqual([bytes(1)]);
      expect(store.hasDocument('new')).toBe(false);
      expect(store.listDocuments()).toEqual(['a']);
      expect(store.listHistory('a').map((e) => e.new)).toEqual(['titel 1']);
      // The store goes on working after a failed batch.
      store.groupCommit(() => store.append('a', bytes(5)));
      expect(store.load('a')).toEqual([bytes(1), bytes(5)]);
    });

    it('keeps its own copy of an appended update', () => {
      const message = bytes(0, 7, 7, 7, 0);
      store.append('a', message.subarray(1, 4));
      message.fill(1);
      expect(store.load('a')).toEqual([bytes(7, 7, 7)]);
    });

    it('rebuilds a document from its real Yjs updates', () => {
      const { updates, doc } = realUpdates(5);
      for (const update of updates) store.append('gezond-samenleven', update);
      expect(readProgramme(replay(store.load('gezond-samenleven')))).toEqual(readProgramme(doc));
    });

    it('compacts a log into one row with the same state, leaving other documents alone', () => {
      const { updates, doc } = realUpdates(30);
      for (const update of updates) store.append('p', update);
      store.append('other', bytes(1));
      store.append('other', bytes(2));
      const sizeBefore = updates.reduce((sum, u) => sum + u.byteLength, 0);

      const result = store.compact('p');

      expect(result.merged).toBe(updates.length);
      expect(store.countUpdates('p')).toBe(1);
      const [merged] = store.load('p');
      // Through a gc'd doc the overwritten titles and the deleted goal are dropped.
      expect(merged!.byteLength).toBeLessThan(sizeBefore);
      expect(readProgramme(replay([merged!]))).toEqual(readProgramme(doc));
      expect(store.load('other')).toEqual([bytes(1), bytes(2)]);
    });

    it('keeps updates appended after a compaction, after the compacted row', () => {
      const { updates, doc } = realUpdates(3);
      for (const update of updates) store.append('p', update);
      const first = store.compact('p');
      const later = new Y.Doc();
      Y.applyUpdate(later, Y.encodeStateAsUpdate(doc));
      const more: Uint8Array[] = [];
      later.on('update', (u: Uint8Array) => more.push(u));
      setField(later, 'goal', 'g1', 'title', 'na compactie', alice);
      setField(later, 'goal', 'g3', 'title', 'ook na compactie', alice);
      const seqs = more.map((u) => store.append('p', u));

      expect(Math.min(...seqs)).toBeGreaterThan(first.upToSeq);
      expect(store.countUpdates('p')).toBe(3);
      expect(store.load('p').slice(1)).toEqual(more);

      const second = store.compact('p');
      expect(second.upToSeq).toBe(Math.max(...seqs));
      expect(store.countUpdates('p')).toBe(1);
      const goals = readProgramme(replay(store.load('p'))).goals;
      expect(goals[0]!.title).toBe('na compactie');
      expect(goals.find((g) => g.id === 'g3')!.title).toBe('ook na compactie');
    });

    it('refuses to work after close', () => {
      store.close();
      expect(() => store.append('a', bytes(1))).toThrow();
      store = harness.open();
    });

    it('freezes a version: listed newest first without state, loaded byte for byte', () => {
      const { doc } = realUpdates(2);
      const state = Y.encodeStateAsUpdate(doc);
      const first = store.saveVersion(newVersion('p', state, 'Concept'));
      const second = store.saveVersion({ ...newVersion('p', Uint8Array.from([0, 0]), 'Tweede'), status: 'jaarplan' });
      store.saveVersion(newVersion('other', Uint8Array.from([0, 0])));

      expect(first.id).not.toBe(second.id);
      const { state: _state, ...info } = newVersion('p', state, 'Concept');
      expect(first).toEqual({ ...info, id: first.id });
      expect(store.listVersions('p').map((v) => v.name)).toEqual(['Tweede', 'Concept']);
      expect(store.listVersions('p')[1]).toEqual(first);
      expect(store.listVersions('p')[0]).not.toHaveProperty('state');
      expect(store.listVersions('nobody')).toEqual([]);

      const loaded = store.loadVersion('p', first.id)!;
      expect(loaded).toEqual({ ...first, state });
      expect(readProgramme(replay([loaded.state]))).toEqual(readProgramme(doc));
    });

    it('finds a version only under its own document, and keeps its own copy of the state', () => {
      const state = Uint8Array.from([0, 0]);
      const saved = store.saveVersion(newVersion('p', state));
      state.fill(9);
      expect(store.loadVersion('p', saved.id)!.state).toEqual(Uint8Array.from([0, 0]));
      expect(store.loadVersion('other', saved.id)).toBeUndefined();
      expect(store.loadVersion('p', 'no-such-version')).toBeUndefined();
    });

    it('offers no way to change or remove a version', () => {
      const methods = new Set<string>();
      for (let o: object | null = store; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
        for (const name of Object.getOwnPropertyNames(o)) {
          if (typeof (store as unknown as Record<string, unknown>)[name] === 'function') methods.add(name);
        }
      }
      expect([...methods].filter((m) => /version/i.test(m)).sort()).toEqual(['listVersions', 'loadVersion', 'saveVersion']);
    });

    it('keeps versions and history through compaction', () => {
      const { updates, doc } = realUpdates(10);
      for (const update of updates) store.append('p', update);
      const version = store.saveVersion(newVersion('p', Y.encodeStateAsUpdate(doc)));
      store.appendHistory([historyEntry('p', 1), historyEntry('p', 2)]);
      store.compact('p');
      expect(store.listVersions('p')).toEqual([version]);
      expect(store.loadVersion('p', version.id)!.state).toEqual(Y.encodeStateAsUpdate(doc));
      expect(store.listHistory('p').map((e) => e.new)).toEqual(['titel 2', 'titel 1']);
    });

    it('returns history newest first, per row and cell, with values as they went in', () => {
      store.appendHistory([
        historyEntry('p', 1),
        historyEntry('p', 2, { field: 'code', old: '1', new: 2 }),
        historyEntry('p', 3, { rowId: 'g2', old: null, new: 'g2 titel' }),
        historyEntry('other', 4),
      ]);
      store.appendHistory([
        historyEntry('p', 5, { action: 'remove', field: null, old: { parentId: null, title: 'titel 1', code: 2 }, new: null }),
      ]);
      store.appendHistory([]);

      const all = store.listHistory('p');
      expect(all.map((e) => e.at.slice(-10, -8))).toEqual(['05', '03', '02', '01']);
      expect(all[0]).toEqual({ ...historyEntry('p', 5, { action: 'remove', field: null, old: { parentId: null, title: 'titel 1', code: 2 }, new: null }), seq: all[0]!.seq });
      expect(all.map((e) => e.seq)).toEqual([...all.map((e) => e.seq)].sort((a, b) => b - a));
      expect(store.listHistory('p', { rowId: 'g1' }).map((e) => e.at.slice(-10, -8))).toEqual(['05', '02', '01']);
      expect(store.listHistory('p', { rowId: 'g1', field: 'title' }).map((e) => e.at.slice(-10, -8))).toEqual(['05', '01']);
      expect(store.listHistory('p', { rowId: 'g1', field: 'code' })[1]).toMatchObject({ old: '1', new: 2 });
      expect(store.listHistory('p', { field: 'title' }).map((e) => e.rowId)).toEqual(['g2', 'g1']);
      expect(store.listHistory('p', { limit: 2 })).toHaveLength(2);
      expect(store.listHistory('nobody')).toEqual([]);
    });

    it('gives every change its old value, also when older entries are outside the page', () => {
      const set = (n: number, old: unknown, now: unknown, field = 'title') => historyEntry('p', n, { field, old, new: now });
      store.appendHistory([set(1, 'vastgesteld', 'a'), set(2, 'a', 'b')]);
      store.appendHistory([set(3, 'b', 'c'), set(4, 'elders gewijzigd', 'x'), set(5, 'b', 'c', 'code')]);
      store.appendHistory([set(6, null, 7, 'targetValue'), set(7, 7, null, 'targetValue'), set(8, null, 0, 'targetValue')]);

      const cell = (query: { limit?: number } = {}) =>
        store.listHistory('p', { rowId: 'g1', field: 'title', ...query }).map((e) => [e.old, e.new]);
      expect(cell()).toEqual([['elders gewijzigd', 'x'], ['b', 'c'], ['a', 'b'], ['vastgesteld', 'a']]);
      expect(cell({ limit: 2 })).toEqual([['elders gewijzigd', 'x'], ['b', 'c']]);
      expect(cell({ limit: 3 })).toEqual([['elders gewijzigd', 'x'], ['b', 'c'], ['a', 'b']]);
      expect(store.listHistory('p', { rowId: 'g1', field: 'code' }).map((e) => [e.old, e.new])).toEqual([['b', 'c']]);
      expect(store.listHistory('p', { field: 'targetValue', limit: 2 }).map((e) => [e.old, e.new])).toEqual([[null, 0], [7, null]]);
      expect(store.listHistory('p').map((e) => [e.field, e.old, e.new])).toEqual([
        ['targetValue', null, 0],
        ['targetValue', 7, null],
        ['targetValue', null, 7],
        ['code', 'b', 'c'],
        ['title', 'elders gewijzigd', 'x'],
        ['title', 'b', 'c'],
        ['title', 'a', 'b'],
        ['title', 'vastgesteld', 'a'],
      ]);
    });

    it("compacts a person's quick successive changes of one cell into one entry: first old value, last new value and time, in the same transaction", () => {
      const at = (seconds: number) => new Date(Date.parse('2025-01-01T10:00:00.000Z') + seconds * 1000).toISOString();
      const set = (seconds: number, old: unknown, now: unknown, overrides: Partial<NewHistoryEntry> = {}) =>
        historyEntry('p', 1, { old, new: now, at: at(seconds), ...overrides });
      // Alice types "Meer" in four steps, each within the burst of the one before; a change of
      // another cell in between does not break it.
      store.appendHistory([set(0, 'Oud', 'M')]);
      store.appendHistory([set(0.5, 'Wat', 'Doel', { field: 'code' })]);
      store.appendHistory([set(1, 'M', 'Me')]);
      store.groupCommit(() => store.appendHistory([set(2, 'Me', 'Mee'), set(2, 'Mee', 'Meer')]));
      // Bob changes the cell; Alice again; a pause longer than the burst; a later change.
      store.appendHistory([set(3, 'Meer', 'Meer!', { userId: 'bob', userName: 'Bob Jansen' })]);
      store.appendHistory([set(4, 'Meer!', 'Meer?')]);
      store.appendHistory([set(4 + HISTORY_BURST_MS / 1000 + 1, 'Meer?', 'Later')]);
      store.appendHistory([set(30, 'Later', 'Later.')]);

      const cell = store.listHistory('p', { rowId: 'g1', field: 'title' });
      expect(cell.map((e) => [e.userName, e.old, e.new, e.at])).toEqual([
        ['Alice de Vries', 'Later', 'Later.', at(30)],
        ['Alice de Vries', 'Meer?', 'Later', at(4 + HISTORY_BURST_MS / 1000 + 1)],
        ['Alice de Vries', 'Meer!', 'Meer?', at(4)],
        ['Bob Jansen', 'Meer', 'Meer!', at(3)],
        ['Alice de Vries', 'Oud', 'Meer', at(2)],
      ]);
      // A joined entry moves to its last change's place in the recording order.
      expect(store.listHistory('p').map((e) => e.field)).toEqual(['title', 'title', 'title', 'title', 'title', 'code']);
      // A group commit that fails takes its joins back with it.
      expect(() =>
        store.groupCommit(() => {
          store.appendHistory([set(31, 'Later.', 'weg')]);
          throw new Error('de batch faalt');
        }),
      ).toThrow('de batch faalt');
      expect(store.listHistory('p', { rowId: 'g1', field: 'title', limit: 1 }).map((e) => [e.old, e.new, e.at])).toEqual([['Later', 'Later.', at(30)]]);
    });

    it('keeps everything across a reopen (durable stores only)', (ctx) => {
      if (!harness.reopen) return ctx.skip();
      const { updates, doc } = realUpdates(4);
      store.groupCommit(() => {
        for (const update of updates) store.append('p', update);
      });
      store = harness.reopen(store);
      expect(store.listDocuments()).toEqual(['p']);
      expect(readProgramme(replay(store.load('p')))).toEqual(readProgramme(doc));
      const version = store.saveVersion(newVersion('p', Y.encodeStateAsUpdate(doc)));
      store.appendHistory([historyEntry('p', 1)]);
      store.compact('p');
      store = harness.reopen(store);
      expect(store.countUpdates('p')).toBe(1);
      expect(readProgramme(replay(store.load('p')))).toEqual(readProgramme(doc));
      expect(store.listVersions('p')).toEqual([version]);
      expect(store.loadVersion('p', version.id)!.state).toEqual(Y.encodeStateAsUpdate(doc));
      expect(store.listHistory('p')).toEqual([{ ...historyEntry('p', 1), seq: expect.any(Number) }]);
    });
  });
}
