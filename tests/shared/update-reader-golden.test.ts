/**
 * Golden cases for the update reader: known update bytes, made once from the real Yjs edits in
 * update-reader-golden.cases.ts, and what the reader must make of them. Two ways to fail, both
 * on purpose and both loudly on a Yjs upgrade:
 * - the installed Yjs no longer writes these bytes for these edits (the encoding changed);
 * - the reader no longer makes this description of these bytes (the decoder or the struct
 *   layout it relies on changed: parents, parentSub, content classes, delete sets).
 * On such a failure, re-check shared/doc/update-reader/written-for.ts first; regenerate the
 * hex only when the new reading is right.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Deletion, Place, UpdateDescription, Write } from '../../shared/doc/update-reader/index.ts';
import { readUpdate } from '../../shared/doc/update-reader/index.ts';
import { EDITOR_CLIENT, GOLDEN_EDITS } from './update-reader-golden.cases.ts';

const at = (root: string, ...path: string[]): Place => ({ live: true, root, path });
const DEAD: Place = { live: false };
const values = (...vs: unknown[]) => ({ kind: 'values', values: vs, name: 'ContentAny' }) as const;
const MAP = { kind: 'map', name: 'ContentType' } as const;
const write = (clock: number, place: Place, key: string | null, content: Write['content']): Write => ({
  id: { client: EDITOR_CLIENT, clock },
  place,
  key,
  content,
});
const deletion = (client: number, clock: number, place: Place, key: string): Deletion => ({
  id: { client, clock },
  place: place as Deletion['place'],
  key,
});

interface Expected {
  hex: string;
  readable: boolean;
  known: boolean;
  problem: UpdateDescription['problem'];
  writes: Write[];
  deletions: Deletion[];
}

const fine = { readable: true, known: false, problem: null } as const;
const row = (...path: string[]) => at('rows:goal', ...path);

const GOLDEN: Record<string, Expected> = {
  'a field set': {
    hex: '01010200a801060177054e696575770101010601',
    ...fine,
    writes: [write(0, row('g1'), 'title', values('Nieuw'))],
    // The value it replaces, base client 1, clock 6: the old title.
    deletions: [deletion(1, 6, row('g1'), 'title')],
  },
  'a row add with its nested map': {
    hex: '01050200270109726f77733a676f616c026732012800020002696401770267322800020008706172656e744964017e28000200056f72646572017702613128000200057469746c6501770654776565646500',
    ...fine,
    writes: [
      write(0, row(), 'g2', MAP),
      write(1, row('g2'), 'id', values('g2')),
      write(2, row('g2'), 'parentId', values(null)),
      write(3, row('g2'), 'order', values('a1')),
      write(4, row('g2'), 'title', values('Tweede')),
    ],
    deletions: [],
  },
  'a row delete': {
    hex: '000101010205',
    ...fine,
    writes: [],
    deletions: [
      deletion(1, 2, row(), 'g1'),
      deletion(1, 3, row('g1'), 'id'),
      deletion(1, 4, row('g1'), 'parentId'),
      deletion(1, 5, row('g1'), 'order'),
      deletion(1, 6, row('g1'), 'title'),
    ],
  },
  'a comment add': {
    hex: '0105020027010d6e6f7465733a636f6d6d656e7402633101280002000269640177026331280002000a7461726765744b696e64017704676f616c28000200087461726765744964017702673128000200047465787401770a4b6c6f7074206469743f00',
    ...fine,
    writes: [
      write(0, at('notes:comment'), 'c1', MAP),
      write(1, at('notes:comment', 'c1'), 'id', values('c1')),
      write(2, at('notes:comment', 'c1'), 'targetKind', values('goal')),
      write(3, at('notes:comment', 'c1'), 'targetId', values('g1')),
      write(4, at('notes:comment', 'c1'), 'text', values('Klopt dit?')),
    ],
    deletions: [],
  },
  'a meta change with a list of focus areas': {
    hex: '01020200a8010101770750726f656620322801046d6574610a666f63757341726561730175027705576f6e656e77045a6f72670101010101',
    ...fine,
    writes: [write(0, at('meta'), 'name', values('Proef 2')), write(1, at('meta'), 'focusAreas', values(['Wonen', 'Zorg']))],
    deletions: [deletion(1, 1, at('meta'), 'name')],
  },
  'a write under a row a colleague deleted': {
    hex: '01010200a801060177075465206c6161740101010601',
    ...fine,
    // Dead: Yjs integrates it as deleted. The old title it replaces is already gone.
    writes: [write(0, DEAD, null, values('Te laat'))],
    deletions: [],
  },
  'a truncated update': {
    hex: '01010200a801060177054e696575770101',
    readable: false,
    known: false,
    problem: { reason: 'malformed update', missingDependency: false },
    writes: [],
    deletions: [],
  },
  'an update with a clock gap': {
    hex: '01010201a8010501770261350101010501',
    readable: true,
    known: false,
    problem: { reason: 'gap in the history of client 2', missingDependency: true },
    writes: [],
    deletions: [],
  },
};

const hexOf = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const bytesOf = (hex: string) => new Uint8Array(Buffer.from(hex, 'hex'));

function plain(d: UpdateDescription): Omit<Expected, 'hex'> {
  return { readable: d.readable, known: d.known, problem: d.problem, writes: [...d.writes], deletions: [...d.deletions] };
}

describe('update reader: golden bytes', () => {
  it('has a golden case for every edit and no other', () => {
    expect(Object.keys(GOLDEN).sort()).toEqual(Object.keys(GOLDEN_EDITS).sort());
  });

  describe.each(Object.keys(GOLDEN))('%s', (name) => {
    const expected = GOLDEN[name]!;

    it('Yjs still writes these bytes for this edit', () => {
      expect(hexOf(GOLDEN_EDITS[name]!().update)).toBe(expected.hex);
    });

    it('the reader still makes this description of them', () => {
      const { server } = GOLDEN_EDITS[name]!();
      const before = Y.encodeStateAsUpdate(server);
      const { hex, ...description } = expected;
      expect(plain(readUpdate(server, bytesOf(hex)))).toEqual(description);
      expect(Y.encodeStateAsUpdate(server)).toEqual(before);
    });
  });

  it('the field set, once applied, reads as known and still describes its write', () => {
    const { server } = GOLDEN_EDITS['a field set']!();
    const bytes = bytesOf(GOLDEN['a field set']!.hex);
    Y.applyUpdate(server, bytes);
    const again = readUpdate(server, bytes);
    expect(again.known).toBe(true);
    expect(again.problem).toBeNull();
    expect(again.writes).toEqual(GOLDEN['a field set']!.writes);
    expect(again.deletions).toEqual([]);
  });

  it('the truncated bytes say why they are unreadable', () => {
    const { server } = GOLDEN_EDITS['a truncated update']!();
    expect(readUpdate(server, bytesOf(GOLDEN['a truncated update']!.hex)).unreadableReason).not.toBe('');
  });
});
