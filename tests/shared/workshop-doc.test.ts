import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  addParticipant,
  castBallot,
  initWorkshop,
  markClosed,
  observeWorkshop,
  previewWorkshopUpdate,
  readWorkshop,
  removeCard,
  setFocus,
  setVoting,
  startTimer,
  stopTimer,
  workshopKeysChangedBy,
} from '../../shared/doc/workshop/index.ts';
import { DEFAULT_SETTINGS } from '../../shared/workshop/parse.ts';
import type { WorkshopCard, WorkshopSettings } from '../../shared/workshop/types.ts';

const settings: WorkshopSettings = { ...DEFAULT_SETTINGS, title: 'Werkatelier Bestaanszekerheid', dots: 5 };

function card(id: string, overrides: Partial<WorkshopCard> = {}): WorkshopCard {
  return { id, rowId: 'g1', type: 'idee', text: `Idee ${id}`, authorId: 'p1', authorName: 'Ans', createdAt: '2026-03-01T10:00:00.000Z', ...overrides };
}

function server(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, settings);
  addParticipant(doc, { id: 'p1', name: 'Ans', joinedAt: '2026-03-01T09:59:00.000Z' });
  return doc;
}

/** A client that synced with the server, and the update of whatever it does next. */
function clientChange(serverDoc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(serverDoc));
  const before = Y.encodeStateVector(client);
  change(client);
  return Y.encodeStateAsUpdate(client, before);
}

describe('werkatelier doc operations', () => {
  it('round-trips settings, cards, ballots and participants', () => {
    const doc = server();
    addCard(doc, card('c2', { createdAt: '2026-03-01T10:01:00.000Z' }));
    addCard(doc, card('c1', { type: 'voorstel', text: '  Meer maatjes  ' }));
    castBallot(doc, 'p1', { kind: 'stippen', dots: { 'g1-s1-r1': 2 } });
    setFocus(doc, 'g1');
    startTimer(doc, 60, 1_000);
    setVoting(doc, { votingOpen: true, dots: 7 });
    const state = readWorkshop(doc);
    expect(state.settings).toEqual({ ...settings, dots: 7, votingOpen: true, focusRowId: 'g1', timerEndsAt: 61_000 });
    expect(state.cards.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(state.cards[0]!.text).toBe('Meer maatjes');
    expect(state.ballots).toEqual({ p1: { kind: 'stippen', dots: { 'g1-s1-r1': 2 } } });
    expect(state.participants.map((p) => p.name)).toEqual(['Ans']);
    stopTimer(doc);
    removeCard(doc, 'c2');
    castBallot(doc, 'p1', null);
    markClosed(doc);
    const after = readWorkshop(doc);
    expect(after.settings).toMatchObject({ state: 'closed', votingOpen: false, timerEndsAt: null });
    expect(after.cards.map((c) => c.id)).toEqual(['c1']);
    expect(after.ballots).toEqual({});
  });

  it('refuses an empty or overlong card text', () => {
    const doc = server();
    expect(() => addCard(doc, card('c1', { text: '   ' }))).toThrow(/Schrijf eerst/);
    expect(() => addCard(doc, card('c1', { text: 'x'.repeat(501) }))).toThrow(/hoogstens 500/);
    expect(readWorkshop(doc).cards).toEqual([]);
  });

  it('tells an observer once per transaction', () => {
    const doc = server();
    let calls = 0;
    const stop = observeWorkshop(doc, () => calls++);
    setVoting(doc, { votingOpen: true, votingMode: 'top10', dots: 3 });
    addCard(doc, card('c1'));
    stop();
    addCard(doc, card('c2'));
    expect(calls).toBe(2);
  });
});

describe('readWorkshop on garbage', () => {
  it('skips values that do not fit and falls back to defaults', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      const meta = doc.getMap('werkatelier:meta');
      meta.set('title', 42);
      meta.set('state', 'gesloten?');
      meta.set('dots', 500);
      meta.set('votingMode', 'top10');
      meta.set('focusRowId', { x: 1 });
      const cards = doc.getMap('werkatelier:cards');
      cards.set('c1', card('c1'));
      cards.set('c2', { ...card('c2'), type: 'klacht' });
      cards.set('c3', card('other-id'));
      cards.set('c4', 'tekst');
      cards.set('c5', new Y.Map());
      cards.set('c6', { ...card('c6'), text: 'x'.repeat(10_000) });
      const votes = doc.getMap('werkatelier:votes');
      votes.set('p1', { kind: 'stippen', dots: { r1: 1 } });
      votes.set('p2', { kind: 'stippen', dots: { r1: 'veel' } });
      votes.set('p3', null);
      const people = doc.getMap('werkatelier:participants');
      people.set('p1', { id: 'p1', name: 'Ans', joinedAt: '2026-03-01T10:00:00Z' });
      people.set('p2', { id: 'p2', name: '', joinedAt: '2026-03-01T10:00:00Z' });
      people.set('p3', [1, 2, 3]);
    });
    const state = readWorkshop(doc);
    expect(state.settings).toEqual({ ...DEFAULT_SETTINGS, votingMode: 'top10' });
    expect(state.cards.map((c) => c.id)).toEqual(['c1']);
    expect(Object.keys(state.ballots)).toEqual(['p1']);
    expect(state.participants.map((p) => p.id)).toEqual(['p1']);
  });

  it('reads an empty doc as a default werkatelier', () => {
    expect(readWorkshop(new Y.Doc())).toEqual({ settings: DEFAULT_SETTINGS, cards: [], ballots: {}, participants: [] });
  });
});

describe('workshopKeysChangedBy', () => {
  it('names the card a client added', () => {
    const doc = server();
    const update = clientChange(doc, (c) => addCard(c, card('c1')));
    expect(workshopKeysChangedBy(doc, update)).toEqual({ meta: [], cards: ['c1'], votes: [], participants: [], other: false });
    expect(readWorkshop(doc).cards).toEqual([]); // the real doc is untouched
  });

  it('names a ballot, a removed card and meta keys', () => {
    const doc = server();
    addCard(doc, card('c1'));
    const update = clientChange(doc, (c) => {
      // Dots first: fewer dots once a ballot exists is refused (issue 11 item 6).
      setVoting(c, { votingOpen: true, dots: 3 });
      castBallot(c, 'p1', { kind: 'stippen', dots: {} });
      removeCard(c, 'c1');
    });
    const keys = workshopKeysChangedBy(doc, update)!;
    expect(keys.votes).toEqual(['p1']);
    expect(keys.cards).toEqual(['c1']);
    expect([...keys.meta].sort()).toEqual(['dots', 'votingOpen']);
    expect(keys.other).toBe(false);
  });

  it('flags anything outside the four maps', () => {
    const doc = server();
    expect(workshopKeysChangedBy(doc, clientChange(doc, (c) => c.getMap('rows:goal').set('x', 1)))!.other).toBe(true);
    expect(workshopKeysChangedBy(doc, clientChange(doc, (c) => c.getText('notes').insert(0, 'hoi')))!.other).toBe(true);
  });

  it('gives old and new values in the preview, and leaves out a write of the same value', () => {
    const doc = server();
    const update = clientChange(doc, (c) => {
      c.getMap('werkatelier:meta').set('title', settings.title);
      addParticipant(c, { id: 'p2', name: 'Bert', joinedAt: '2026-03-01T10:00:00Z' });
    });
    const preview = previewWorkshopUpdate(doc, update);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.keys.meta).toEqual([]);
    expect(preview.settingsBefore.title).toBe(settings.title);
    expect(preview.changes).toEqual([
      { root: 'participants', key: 'p2', before: undefined, after: { id: 'p2', name: 'Bert', joinedAt: '2026-03-01T10:00:00Z' } },
    ]);
    expect(preview.state.participants.map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('returns null for bytes that are no update, and reports a missing dependency', () => {
    const doc = server();
    expect(workshopKeysChangedBy(doc, new Uint8Array([1, 2, 3, 4, 5, 250]))).toBeNull();
    const elsewhere = new Y.Doc();
    addCard(elsewhere, card('c1'));
    const sv = Y.encodeStateVector(elsewhere);
    addCard(elsewhere, card('c2'));
    const dependent = Y.encodeStateAsUpdate(elsewhere, sv);
    expect(previewWorkshopUpdate(doc, dependent)).toEqual({ ok: false, problem: 'missing-dependency' });
    expect(workshopKeysChangedBy(doc, dependent)).toBeNull();
  });
});
