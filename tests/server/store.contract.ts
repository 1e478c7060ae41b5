/**
 * The contract every DocumentStore implementation keeps. Each implementation has a test file
 * that calls describeStoreContract with a harness that opens (and, if it can, reopens) it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteRow, readProgramme, seedProgramme, setField, userOrigin } from '../../shared/doc/index.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';
import type { DocumentStore } from '../../server/persistence/document-store.ts';

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

    it('keeps everything across a reopen (durable stores only)', (ctx) => {
      if (!harness.reopen) return ctx.skip();
      const { updates, doc } = realUpdates(4);
      for (const update of updates) store.append('p', update);
      store = harness.reopen(store);
      expect(store.listDocuments()).toEqual(['p']);
      expect(readProgramme(replay(store.load('p')))).toEqual(readProgramme(doc));
      store.compact('p');
      store = harness.reopen(store);
      expect(store.countUpdates('p')).toBe(1);
      expect(readProgramme(replay(store.load('p')))).toEqual(readProgramme(doc));
    });
  });
}
