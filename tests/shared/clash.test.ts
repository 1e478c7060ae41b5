/**
 * watchClashes on two in-memory docs that exchange updates by hand, with a clock the test
 * moves: which side hears of a clash, with which values and whose client id, and when not.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addComment, readProgramme, seedProgramme, setField, undoScope, userOrigin, watchClashes, type Clash } from '../../shared/doc/index.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';

const WINDOW = 5_000;

function pair() {
  const a = new Y.Doc();
  seedProgramme(a, seedProgrammeById('bestaanszekerheid')!);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  let time = 1_000_000;
  const clock = { now: () => time, advance: (ms: number) => (time += ms) };
  const origins = { a: userOrigin('anna', 'Anna'), b: userOrigin('bram', 'Bram') };
  const heard = { a: [] as Clash[], b: [] as Clash[] };
  watchClashes(a, origins.a, { windowMs: WINDOW, now: clock.now }, (c) => heard.a.push(c));
  watchClashes(b, origins.b, { windowMs: WINDOW, now: clock.now }, (c) => heard.b.push(c));
  /** Sends each side what the other has and it lacks (as the server relays). */
  const exchange = () => {
    const forB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
    const forA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
    Y.applyUpdate(b, forB, 'remote');
    Y.applyUpdate(a, forA, 'remote');
  };
  return { a, b, clock, origins, heard, exchange };
}

const title = (doc: Y.Doc) => readProgramme(doc).goals[0]!.title;

describe('watchClashes', () => {
  it('concurrent writes to one cell: only the side whose value lost hears of it, with both values and the winner', () => {
    const { a, b, origins, heard, exchange } = pair();
    setField(a, 'goal', 'g1', 'title', 'Titel van Anna', origins.a);
    setField(b, 'goal', 'g1', 'title', 'Titel van Bram', origins.b);
    exchange();

    expect(title(a)).toBe(title(b));
    const winner = title(a) === 'Titel van Anna' ? 'a' : 'b';
    const loser = winner === 'a' ? 'b' : 'a';
    expect(heard[winner]).toEqual([]);
    expect(heard[loser]).toEqual([
      {
        kind: 'goal',
        rowId: 'g1',
        field: 'title',
        mine: loser === 'a' ? 'Titel van Anna' : 'Titel van Bram',
        theirs: winner === 'a' ? 'Titel van Anna' : 'Titel van Bram',
        theirClientId: (winner === 'a' ? a : b).clientID,
      },
    ]);
  });

  it('an overwrite shortly after mine, by someone who had seen it, counts; one later than the window does not', () => {
    const { a, b, clock, origins, heard, exchange } = pair();
    setField(a, 'goalIndicator', 'g1-i1', 'source', 'CBS 2024', origins.a);
    exchange();
    clock.advance(2_000);
    setField(b, 'goalIndicator', 'g1-i1', 'source', 'CBS 2025', origins.b);
    exchange();
    expect(heard.a).toEqual([
      { kind: 'goalIndicator', rowId: 'g1-i1', field: 'source', mine: 'CBS 2024', theirs: 'CBS 2025', theirClientId: b.clientID },
    ]);
    expect(heard.b).toEqual([]);

    setField(a, 'goalIndicator', 'g1-i1', 'source', 'CBS 2026', origins.a);
    exchange();
    clock.advance(WINDOW + 1);
    setField(b, 'goalIndicator', 'g1-i1', 'source', 'CBS 2027', origins.b);
    exchange();
    expect(heard.a).toHaveLength(1);
  });

  it('stays quiet for different cells, equal values, structural keys and notes', () => {
    const { a, b, origins, heard, exchange } = pair();
    setField(a, 'goal', 'g1', 'title', 'Zelfde', origins.a);
    setField(b, 'goal', 'g1', 'title', 'Zelfde', origins.b);
    setField(a, 'goal', 'g2', 'title', 'Alleen Anna', origins.a);
    setField(b, 'goal', 'g3', 'title', 'Alleen Bram', origins.b);
    const comment = { targetKind: 'goal' as const, targetId: 'g1', field: 'title', authorId: 'x', authorName: 'X', at: '2026-01-01T00:00:00Z' };
    addComment(a, { ...comment, text: 'van Anna' }, origins.a);
    addComment(b, { ...comment, text: 'van Bram' }, origins.b);
    exchange();
    expect(heard).toEqual({ a: [], b: [] });
  });

  it('reports a clash once, and a second round again', () => {
    const { a, b, origins, heard, exchange } = pair();
    for (const round of [1, 2]) {
      setField(a, 'goal', 'g1', 'societalEffect', `Anna ${round}`, origins.a);
      setField(b, 'goal', 'g1', 'societalEffect', `Bram ${round}`, origins.b);
      exchange();
      exchange();
    }
    expect(heard.a.length + heard.b.length).toBe(2);
  });

  it('stops when asked', () => {
    const a = new Y.Doc();
    seedProgramme(a, seedProgrammeById('bestaanszekerheid')!);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const heard: Clash[] = [];
    const origin = userOrigin('anna');
    const stop = watchClashes(a, origin, { windowMs: WINDOW, now: () => 0 }, (c) => heard.push(c));
    setField(a, 'goal', 'g1', 'title', 'A', origin);
    stop();
    setField(b, 'goal', 'g1', 'title', 'B', userOrigin('bram'));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    expect(heard).toEqual([]);
  });
});

describe('clash watcher and undo', () => {
  it('does not report a clash when the user undoes their own write', () => {
    const doc = new Y.Doc();
    seedProgramme(doc, seedProgrammeById('bestaanszekerheid')!);
    const me = userOrigin('me');
    const undo = new Y.UndoManager(undoScope(doc), { trackedOrigins: new Set([me]), captureTimeout: 0 });
    const clashes: unknown[] = [];
    const stop = watchClashes(doc, me, { windowMs: 5_000, now: () => 0 }, (c) => clashes.push(c));
    setField(doc, 'goal', 'g1', 'title', 'Nieuw', me);
    undo.undo();
    stop();
    expect(clashes).toEqual([]);
  });
});
