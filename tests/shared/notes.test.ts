import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  acknowledgeFinding,
  addComment,
  checkUpdate,
  observeProgramme,
  readAcknowledgements,
  readComments,
  resolveThread,
  seedProgramme,
  userOrigin,
  withdrawAcknowledgement,
  DocError,
} from '../../shared/doc/index.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';

const alice = userOrigin('alice', 'Alice');

function seeded(): Y.Doc {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById('bestaanszekerheid')!);
  return doc;
}

describe('notes', () => {
  it('stores, replaces and withdraws an acknowledgement, and the server guard accepts it', () => {
    const doc = seeded();
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(doc);
    acknowledgeFinding(doc, { key: 'V8|g1-i1|baseline', reason: 'Nieuwere cijfers zijn er niet', by: 'alice', byName: 'Alice', at: '2026-11-22T10:00:00Z' }, alice);
    expect(checkUpdate(server, Y.encodeStateAsUpdate(doc, before))).toBeNull();
    expect(readAcknowledgements(doc)).toEqual([
      { key: 'V8|g1-i1|baseline', reason: 'Nieuwere cijfers zijn er niet', by: 'alice', byName: 'Alice', at: '2026-11-22T10:00:00Z' },
    ]);
    withdrawAcknowledgement(doc, 'V8|g1-i1|baseline', alice);
    expect(readAcknowledgements(doc)).toEqual([]);
    expect(() => acknowledgeFinding(doc, { key: 'k', reason: '  ', by: 'a', byName: 'A', at: 'x' }, alice)).toThrow(DocError);
  });

  it('threads comments, resolves a whole thread and reports note changes', () => {
    const doc = seeded();
    const changes: string[] = [];
    observeProgramme(doc, (c) => changes.push([...c.notesChanged].join(',')));
    const first = addComment(doc, { targetKind: 'goalIndicator', targetId: 'g1-i1', field: 'target', text: 'Klopt dit <b>jaar</b>?', authorId: 'alice', authorName: 'Alice', at: '2026-11-22T10:00:00Z' }, alice);
    addComment(doc, { targetKind: 'goalIndicator', targetId: 'g1-i1', field: 'target', text: 'Ja', authorId: 'bob', authorName: 'Bob', at: '2026-11-22T10:01:00Z', threadId: first }, alice);
    resolveThread(doc, first, true, alice);
    const comments = readComments(doc);
    expect(comments.map((c) => [c.text, c.threadId, c.resolved])).toEqual([
      ['Klopt dit <b>jaar</b>?', first, true],
      ['Ja', first, true],
    ]);
    expect(changes).toEqual(['comment', 'comment', 'comment']);
  });

  it('the guard refuses unknown note fields', () => {
    const doc = seeded();
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    const evil = new Y.Doc();
    Y.applyUpdate(evil, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(evil);
    evil.transact(() => {
      const m = new Y.Map<unknown>();
      m.set('id', 'x');
      m.set('script', 'alert(1)');
      evil.getMap('notes:comment').set('x', m);
    });
    expect(checkUpdate(server, Y.encodeStateAsUpdate(evil, before))).toMatch(/unknown field/);
  });
});

describe('change requests', () => {
  it('records a change request with its reason and lets a later version accept it', async () => {
    const { addChangeRequest, readChangeRequests, setChangeRequestStatus } = await import('../../shared/doc/index.ts');
    const doc = seeded();
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(doc);
    const id = addChangeRequest(doc, {
      targetKind: 'goal', targetId: 'g1', field: 'title', oldValue: 'Oud', newValue: 'Nieuw',
      reason: 'Beter te meten', decisionMoment: 'perspectiefnota', versionId: 'v1',
      authorId: 'alice', authorName: 'Alice', at: '2026-11-22T10:00:00Z',
    }, alice);
    expect(checkUpdate(server, Y.encodeStateAsUpdate(doc, before))).toBeNull();
    setChangeRequestStatus(doc, id, 'accepted', alice);
    expect(readChangeRequests(doc).map((r) => [r.field, r.reason, r.status])).toEqual([['title', 'Beter te meten', 'accepted']]);
    expect(() => addChangeRequest(doc, { ...readChangeRequests(doc)[0]!, reason: ' ' }, alice)).toThrow(DocError);
  });
});
