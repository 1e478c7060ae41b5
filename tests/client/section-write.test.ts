/**
 * Moving and deleting whole goals under the council lock (client/council/section-write.ts), on
 * a real Y.Doc: a move after adoption needs a pass for that goal and leaves a change request in
 * the same transaction; a deleted goal's indicators get their own requests; one undo takes all back.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteRow, DocError, readChangeRequests, readProgramme, seedProgramme, undoScope, userOrigin } from '../../shared/doc/index.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';
import { checkAdoptedChanges } from '../../shared/validation/index.ts';
import type { CouncilWriteContext } from '../../client/council/council-write.ts';
import { ORDER_FIELD, requestRemovals } from '../../client/council/section-write.ts';
import { writeRowChange } from '../../client/actions/write-row.ts';
import { writeRowMove } from '../../client/actions/write-row-move.ts';

const anna = userOrigin('anna', 'Anna de Vries');
const author = { id: 'anna', name: 'Anna de Vries' };
const now = () => '2026-03-02T09:00:00.000Z';
const open: CouncilWriteContext = { locked: false, pass: null, author, now };
const locked = (pass: CouncilWriteContext['pass']): CouncilWriteContext => ({ locked: true, pass, author, now });
const passFor = (kind: 'goal' | 'subGoal', rowId: string) => ({ kind, rowId, reason: 'Volgorde als in de begroting', decisionMoment: 'begroting' as const, versionId: 'v-raad' });

function seeded() {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById('bestaanszekerheid')!);
  const undo = new Y.UndoManager(undoScope(doc), { trackedOrigins: new Set([anna]), captureTimeout: 0 });
  let updates = 0;
  doc.on('update', () => updates++);
  return { doc, undo, updates: () => updates };
}

const goalIds = (doc: Y.Doc) => readProgramme(doc).goals.map((g) => g.id);

describe('moving a goal', () => {
  it('without adoption moves it like any row, without a change request', () => {
    const { doc, updates } = seeded();
    expect(writeRowMove(doc, anna, 'goal', 'g2', -1, open, { from: 2, to: 1 })).toBe(true);
    expect(goalIds(doc)).toEqual(['g2', 'g1', 'g3', 'g4']);
    expect(readChangeRequests(doc)).toEqual([]);
    expect(updates()).toBe(1);
  });

  it('answers false at an edge and writes nothing', () => {
    const { doc, updates } = seeded();
    expect(writeRowMove(doc, anna, 'goal', 'g1', -1, locked(passFor('goal', 'g1')), { from: 1, to: 0 })).toBe(false);
    expect(updates()).toBe(0);
  });

  it('after adoption refuses without a pass for this goal', () => {
    const { doc, updates } = seeded();
    expect(() => writeRowMove(doc, anna, 'goal', 'g2', -1, locked(null), { from: 2, to: 1 })).toThrow(DocError);
    expect(() => writeRowMove(doc, anna, 'goal', 'g2', -1, locked(passFor('goal', 'g3')), { from: 2, to: 1 })).toThrow(/door de raad vastgesteld/);
    expect(updates()).toBe(0);
  });

  it('after adoption moves with a change request in one transaction; one undo takes both back', () => {
    const { doc, undo, updates } = seeded();
    writeRowMove(doc, anna, 'goal', 'g2', -1, locked(passFor('goal', 'g2')), { from: 2, to: 1 });
    expect(updates()).toBe(1);
    expect(goalIds(doc)).toEqual(['g2', 'g1', 'g3', 'g4']);
    const [request] = readChangeRequests(doc);
    expect(request).toMatchObject({ targetKind: 'goal', targetId: 'g2', field: ORDER_FIELD, oldValue: 'plaats 2', newValue: 'plaats 1', decisionMoment: 'begroting' });
    undo.undo();
    expect(goalIds(doc)).toEqual(['g1', 'g2', 'g3', 'g4']);
    expect(readChangeRequests(doc)).toEqual([]);
  });

  it('leaves uitwerkingen free: they are the college’s', () => {
    const { doc } = seeded();
    expect(writeRowMove(doc, anna, 'subGoal', 'g1-s2', -1, locked(null), { from: 2, to: 1 })).toBe(true);
    expect(readProgramme(doc).goals[0]!.subGoals.map((s) => s.id)).toEqual(['g1-s2', 'g1-s1']);
  });
});

describe('deleting a goal after adoption', () => {
  it('records a request for the goal and each of its indicators, so V37 finds nothing unasked', () => {
    const { doc, undo, updates } = seeded();
    const adopted = readProgramme(doc);
    const council = locked(passFor('goal', 'g1'));
    writeRowChange(doc, anna, 'goal', council, () => {
      deleteRow(doc, 'goal', 'g1', anna);
      requestRemovals(doc, anna, council, adopted.goals[0]!.indicators.map((i) => ({ kind: 'goalIndicator', id: i.id, text: i.indicator })));
      return { rowId: 'g1', oldValue: 'Doel 1', newValue: '' };
    });
    expect(updates()).toBe(1);
    const requests = readChangeRequests(doc);
    expect(requests.map((r) => r.targetId).sort()).toEqual(['g1', 'g1-i1', 'g1-i2']);
    expect(requests.every((r) => r.field === '*')).toBe(true);
    const asked = requests.map((r) => ({ entityId: r.targetId, field: r.field, reason: r.reason, decisionMoment: r.decisionMoment }));
    expect(checkAdoptedChanges({ adopted, current: readProgramme(doc), changeRequests: asked })).toEqual([]);
    undo.undo();
    expect(goalIds(doc)).toEqual(['g1', 'g2', 'g3', 'g4']);
    expect(readChangeRequests(doc)).toEqual([]);
  });

  it('asks nothing extra without adoption', () => {
    const { doc } = seeded();
    requestRemovals(doc, anna, open, [{ kind: 'goalIndicator', id: 'g1-i1', text: 'x' }]);
    expect(readChangeRequests(doc)).toEqual([]);
  });
});
