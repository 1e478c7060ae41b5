/**
 * The council lock's write path on a real Y.Doc: a council-owned field after adoption is
 * refused without a reason, and with one the edit and its change request are one transaction,
 * so they sync as one update and one Ctrl+Z takes both back.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readChangeRequests, readProgramme, seedProgramme, undoScope, userOrigin, DocError } from '../../shared/doc/index.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';
import { isCouncilOwned, type CouncilWriteContext } from '../../client/council/council-write.ts';
import { writeRow, writeRowChange } from '../../client/actions/write-row.ts';
import { addRow } from '../../shared/doc/index.ts';

const anna = userOrigin('anna', 'Anna de Vries');

function seeded() {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById('bestaanszekerheid')!);
  const undo = new Y.UndoManager(undoScope(doc), { trackedOrigins: new Set([anna]), captureTimeout: 0 });
  let updates = 0;
  doc.on('update', () => updates++);
  return { doc, undo, updates: () => updates };
}

const author = { id: 'anna', name: 'Anna de Vries' };
const now = () => '2026-03-02T09:00:00.000Z';
const locked = (pass: CouncilWriteContext['pass']): CouncilWriteContext => ({ locked: true, pass, author, now });
const pass = { kind: 'goalIndicator' as const, rowId: 'g1-i1', reason: 'Bron gewijzigd', decisionMoment: 'begroting' as const, versionId: 'v-raad' };

describe('council-owned fields', () => {
  it('knows what the raad owns: goal texts and goal indicators, not results', () => {
    expect(isCouncilOwned('goal', 'title')).toBe(true);
    expect(isCouncilOwned('goalIndicator', 'targetYear')).toBe(true);
    expect(isCouncilOwned('result', 'text')).toBe(false);
    expect(isCouncilOwned('subGoal', 'problem')).toBe(false);
  });

  it('without adoption, writes like any edit and skips unchanged values', () => {
    const { doc, updates } = seeded();
    expect(writeRow(doc, anna, 'goalIndicator', 'g1-i1', { source: 'CBS', indicator: 'Nieuw' }, null)).toEqual(['indicator']);
    expect(readProgramme(doc).goals[0]!.indicators[0]!.indicator).toBe('Nieuw');
    expect(readChangeRequests(doc)).toEqual([]);
    expect(updates()).toBe(1);
  });

  it('after adoption, refuses a council-owned change without a reason and writes nothing', () => {
    const { doc, updates } = seeded();
    expect(() => writeRow(doc, anna, 'goalIndicator', 'g1-i1', { source: 'Politie', notes: 'x' }, locked(null))).toThrow(DocError);
    expect(() => writeRow(doc, anna, 'goalIndicator', 'g1-i1', { source: 'Politie' }, locked({ ...pass, rowId: 'g1-i2' }))).toThrow(
      /door de raad vastgesteld/,
    );
    expect(updates()).toBe(0);
    // A field the college owns stays free.
    writeRow(doc, anna, 'result', 'g1-s1-r1', { text: 'Anders geformuleerd' }, locked(null));
    expect(updates()).toBe(1);
  });

  it('with a reason, writes the edit and one change request per changed field in one transaction; one undo takes all back', () => {
    const { doc, undo, updates } = seeded();
    writeRow(doc, anna, 'goalIndicator', 'g1-i1', { source: 'CBS en Politie', targetYear: 2027 }, locked(pass));
    expect(updates()).toBe(1);
    expect(undo.undoStack).toHaveLength(1);
    const requests = readChangeRequests(doc).sort((a, b) => a.field.localeCompare(b.field));
    expect(requests.map((r) => [r.field, r.oldValue, r.newValue])).toEqual([
      ['source', 'CBS', 'CBS en Politie'],
      ['targetYear', expect.any(String), '2027'],
    ]);
    expect(requests[0]).toMatchObject({
      targetKind: 'goalIndicator',
      targetId: 'g1-i1',
      reason: 'Bron gewijzigd',
      decisionMoment: 'begroting',
      versionId: 'v-raad',
      authorId: 'anna',
      authorName: 'Anna de Vries',
      at: '2026-03-02T09:00:00.000Z',
      status: 'open',
    });

    undo.undo();
    expect(readProgramme(doc).goals[0]!.indicators[0]!.source).toBe('CBS');
    expect(readChangeRequests(doc)).toEqual([]);
  });

  it('adding or deleting a council-owned row after adoption needs a reason and records a whole-row change request', () => {
    const { doc, undo } = seeded();
    expect(() => writeRowChange(doc, anna, 'goalIndicator', locked(null), () => ({ rowId: 'x', oldValue: '', newValue: '' }))).toThrow(DocError);
    let added = '';
    writeRowChange(doc, anna, 'goalIndicator', locked({ ...pass, rowId: 'g1' }), () => {
      added = addRow(doc, 'goalIndicator', 'g1', anna);
      return { rowId: added, oldValue: '', newValue: '' };
    });
    expect(readProgramme(doc).goals[0]!.indicators.map((i) => i.id)).toContain(added);
    expect(readChangeRequests(doc).map((r) => [r.targetId, r.field])).toEqual([[added, '*']]);
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(readProgramme(doc).goals[0]!.indicators.map((i) => i.id)).not.toContain(added);
    expect(readChangeRequests(doc)).toEqual([]);
  });
});
