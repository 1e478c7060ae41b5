/**
 * Note writes (comments, acknowledgements, withdrawing a change request) and a clash take-back
 * pass the dispatcher's steps on a real document like the cell edits: the right each needs, a
 * Dutch refusal with nothing written, one update and one undo step that returns to the cell.
 */
import { describe, expect, it } from 'vitest';
import { readAcknowledgements, readChangeRequests, readComments, readField } from '../../shared/doc/index.ts';
import { editCell } from '../../client/actions/cell-actions.ts';
import { takeBackClash } from '../../client/actions/clash-actions.ts';
import {
  acknowledgeWarning,
  placeComment,
  setThreadResolved,
  withdrawAcknowledgementOf,
  withdrawChangeRequest,
} from '../../client/actions/note-actions.ts';
import { LOCKED_MESSAGE } from '../../client/council/council-write.ts';
import { dispatchFixture } from './dispatch-fixture.ts';

const AT = '2026-03-01T09:00:00.000Z';
const comment = (text: string) =>
  ({ targetKind: 'goalIndicator', targetId: 'g1-i1', field: 'indicator', text, authorId: 'anna', authorName: 'Anna de Vries', at: AT }) as const;
const ack = { key: 'V12:g1-i1', reason: 'Bron volgt in mei', by: 'anna', byName: 'Anna de Vries', at: AT, fingerprint: 'f1' };

describe('note actions', () => {
  it('a lezer may comment and resolve a thread: one update and one undo step each', () => {
    const { dispatcher, doc, undoManager, updates } = dispatchFixture({ rights: ['read', 'comment'] });
    const placed = dispatcher.run(placeComment, comment('Klopt deze bron?'));
    if (!placed.ok) throw new Error(placed.reason);
    expect(readComments(doc)).toMatchObject([{ id: placed.result, text: 'Klopt deze bron?', resolved: false }]);
    expect(updates()).toBe(1);
    expect(undoManager.undoStack).toHaveLength(1);

    const thread = readComments(doc)[0]!.threadId;
    expect(dispatcher.run(setThreadResolved, { threadId: thread, resolved: true }).ok).toBe(true);
    expect(readComments(doc)[0]!.resolved).toBe(true);
    expect(updates()).toBe(2);
    undoManager.undo();
    expect(readComments(doc)[0]!.resolved).toBe(false);
  });

  it('a lezer may not acknowledge a warning, withdraw one or withdraw a change request: a Dutch reason, nothing written', () => {
    const { dispatcher, notices, updates } = dispatchFixture({ rights: ['read', 'comment'] });
    const refused = 'Je kunt dit programma alleen lezen: wijzigen kan niet met jouw rol.';
    expect(dispatcher.run(acknowledgeWarning, ack)).toEqual({ ok: false, reason: refused });
    expect(dispatcher.run(withdrawAcknowledgementOf, { key: ack.key })).toEqual({ ok: false, reason: refused });
    expect(dispatcher.run(withdrawChangeRequest, { requestId: 'cr-1' })).toEqual({ ok: false, reason: refused });
    expect(notices).toEqual([refused, refused, refused]);
    expect(updates()).toBe(0);
  });

  it('a reader without the comment right may not comment', () => {
    const { dispatcher, updates } = dispatchFixture({ rights: ['read'] });
    expect(dispatcher.run(placeComment, comment('Hallo'))).toEqual({
      ok: false,
      reason: 'Je kunt dit programma alleen lezen: opmerkingen plaatsen kan niet met jouw rol.',
    });
    expect(updates()).toBe(0);
  });

  it('refuses an empty comment and an acknowledgement without a reason before anything is written', () => {
    const { dispatcher, doc, updates } = dispatchFixture();
    expect(dispatcher.run(placeComment, comment('   '))).toEqual({ ok: false, reason: 'Een opmerking mag niet leeg zijn.' });
    expect(dispatcher.run(acknowledgeWarning, { ...ack, reason: ' ' }).ok).toBe(false);
    expect(readComments(doc)).toEqual([]);
    expect(readAcknowledgements(doc)).toEqual([]);
    expect(updates()).toBe(0);
  });

  it('acknowledges and withdraws; undo of a note returns to the cell the user was on', () => {
    const { dispatcher, doc, undoFocus, standOn } = dispatchFixture();
    standOn({ rowId: 'g1-i1', colId: 'source' });
    expect(dispatcher.run(acknowledgeWarning, ack).ok).toBe(true);
    expect(readAcknowledgements(doc).map((a) => a.key)).toEqual([ack.key]);
    standOn({ rowId: 'g1-s1-r1', colId: 'text' });
    expect(undoFocus.undo()).toEqual({ rowId: 'g1-i1', colId: 'source' });
    expect(readAcknowledgements(doc)).toEqual([]);
    expect(undoFocus.redo()).toEqual({ rowId: 'g1-i1', colId: 'source' });
    expect(dispatcher.run(withdrawAcknowledgementOf, { key: ack.key }).ok).toBe(true);
    expect(readAcknowledgements(doc)).toEqual([]);
  });

  it('withdraws an own change request left by a council edit', async () => {
    const { dispatcher, council, doc } = dispatchFixture({ adopted: true });
    const asked = council.ask('goalIndicator', 'g1-i1', 'Doel 1 · indicator 1 · Indicator');
    council.request.get()!.resolve({ reason: 'Nieuwe bron', decisionMoment: 'begroting' });
    await asked;
    dispatcher.run(editCell, { kind: 'fields', rowKind: 'goalIndicator', rowId: 'g1-i1', values: { indicator: 'Nieuw' } });
    const [request] = readChangeRequests(doc);
    expect(dispatcher.run(withdrawChangeRequest, { requestId: request!.id }).ok).toBe(true);
    expect(readChangeRequests(doc)[0]!.status).toBe('withdrawn');
    expect(dispatcher.run(withdrawChangeRequest, { requestId: 'bestaat-niet' })).toEqual({ ok: false, reason: 'Dit wijzigingsverzoek bestaat niet (meer).' });
  });
});

describe('taking back a clashed value', () => {
  it('writes the value back as an ordinary edit: checked, one undo step', () => {
    const { dispatcher, doc, undoManager } = dispatchFixture();
    expect(dispatcher.run(takeBackClash, { kind: 'goalIndicator', rowId: 'g1-i1', field: 'source', mine: 'CBS en GGD' }).ok).toBe(true);
    expect(readField(doc, 'goalIndicator', 'g1-i1', 'source')).toBe('CBS en GGD');
    expect(undoManager.undoStack).toHaveLength(1);
    expect(dispatcher.run(takeBackClash, { kind: 'goalIndicator', rowId: 'g1-i1', field: 'targetYear', mine: 20.5 }).ok).toBe(false);
  });

  it('after adoption, a council-owned value is not put back around the lock', () => {
    const { dispatcher, doc, notices } = dispatchFixture({ adopted: true });
    const before = readField(doc, 'goalIndicator', 'g1-i1', 'indicator');
    expect(dispatcher.run(takeBackClash, { kind: 'goalIndicator', rowId: 'g1-i1', field: 'indicator', mine: 'Mijn tekst' }).ok).toBe(false);
    expect(notices[0]).toContain(LOCKED_MESSAGE);
    expect(readField(doc, 'goalIndicator', 'g1-i1', 'indicator')).toBe(before);
  });
});
