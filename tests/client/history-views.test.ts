/**
 * What the browser makes of versions and differences, on the real seed and the shared diff:
 * the change list in Dutch with codes, where each difference lands in the grid, Dutch dates,
 * the routes of the version views, and comment threads per cell.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addComment, addRow, deleteRow, readComments, readProgramme, resolveThread, seedProgramme, setField, userOrigin } from '../../shared/doc/index.ts';
import { diffProgrammes } from '../../shared/history/index.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';
import { parseHash, programmeHref } from '../../client/app/route.ts';
import { changeCounts, changeGroups } from '../../client/history/change-list.ts';
import { fieldsOfCell } from '../../client/history/cell-fields.ts';
import { indexDiff } from '../../client/history/diff-index.ts';
import { parseDutchDate, todayDutch } from '../../client/history/dates.ts';
import { formatDate } from '../../shared/text/dutch.ts';
import { valueText } from '../../client/history/wording.ts';
import { indexComments, threadKey } from '../../client/comments/comment-index.ts';
import { cellKey } from '../../client/validation/finding-index.ts';

const anna = userOrigin('anna', 'Anna de Vries');

function seeded(): Y.Doc {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById('bestaanszekerheid')!);
  return doc;
}

describe('differences as the screen shows them', () => {
  const doc = seeded();
  const before = readProgramme(doc);
  setField(doc, 'goalIndicator', 'g1-i1', 'source', 'CBS en Politie', anna);
  setField(doc, 'goalIndicator', 'g1-i1', 'baselineYear', 2024, anna);
  const added = addRow(doc, 'goalIndicator', 'g1', anna, { fields: { indicator: 'Aantal huisverboden' } });
  addRow(doc, 'resultIndicator', 'g1-s1-r1', anna, { fields: { text: 'Aantal huisbezoeken' } });
  deleteRow(doc, 'resultIndicator', 'g1-s1-r2-i1', anna);
  deleteRow(doc, 'activity', 'g1-s1-a2', anna);
  const after = readProgramme(doc);
  const diff = diffProgrammes(before, after);

  it('lists the changes per goal, in Dutch, with the path and old and new values', () => {
    expect(changeCounts(diff)).toBe('2 gewijzigde cellen, 2 nieuwe rijen, 2 verwijderde rijen.');
    const groups = changeGroups(diff);
    expect(groups.map((g) => g.title)).toEqual(['Doel 1']);
    const lines = groups[0]!.lines;
    expect(lines.find((l) => l.field === 'Monitoring/bron')).toMatchObject({
      kind: 'changed',
      path: 'Doel 1',
      subject: 'Indicator bij doel: Aantal meldingen en adviesvragen huiselijk geweld en kindermishandeling',
      old: 'CBS',
      new: 'CBS en Politie',
    });
    // A year is written as a year.
    expect(lines.find((l) => l.field === 'Jaar van de nulmeting')).toMatchObject({ old: '2023', new: '2024' });
    expect(lines.filter((l) => l.kind === 'added').map((l) => [l.path, l.subject])).toEqual([
      ['Doel 1', 'Indicator bij doel: Aantal huisverboden'],
      [expect.stringMatching(/^Doel 1 › Uitwerking: Het aantal adviesvragen .*› Resultaat 1\.1$/), 'Indicator op resultaat: Aantal huisbezoeken'],
    ]);
    expect(lines.filter((l) => l.kind === 'removed').map((l) => l.subject)).toEqual([
      'Indicator op resultaat: Aantal hermeldingen',
      expect.stringMatching(/^Activiteit: /),
    ]);
  });

  it('places each difference on the cell that shows it', () => {
    const index = indexDiff(diff, after);
    expect(index.added.has(added)).toBe(true);
    expect(index.cells.get(cellKey('g1-i1', 'source'))).toEqual([{ label: 'Monitoring/bron', old: 'CBS', new: 'CBS en Politie' }]);
    // A part of the nulmeting shows on the nulmeting cell.
    expect(index.cells.get(cellKey('g1-i1', 'baseline'))).toEqual([{ label: 'Jaar van de nulmeting', old: '2023', new: '2024' }]);
    // Indicators on a result live in one cell of the result's row.
    expect(index.cells.get(cellKey('g1-s1-r1', 'indicatorsText'))).toEqual([{ label: 'Nieuw: indicator op resultaat', old: null, new: 'Aantal huisbezoeken' }]);
    expect(index.cells.get(cellKey('g1-s1-r2', 'indicatorsText'))).toEqual([{ label: 'Verwijderd: indicator op resultaat', old: 'Aantal hermeldingen', new: null }]);
  });

  it('knows which stored fields a cell shows', () => {
    expect(fieldsOfCell('goalIndicator', 'baseline')).toEqual(
      expect.arrayContaining(['baseline', 'baselineYear', 'baselineValue', 'baselineScope', 'status']),
    );
    expect(fieldsOfCell('goalIndicator', 'baseline')).not.toContain('target');
    expect(fieldsOfCell('goalIndicator', 'source')).toEqual(['source']);
    expect(fieldsOfCell('goal', 'title')).toEqual(['code', 'title']);
    expect(fieldsOfCell('activity', 'nr')).toEqual([]);
  });
});

describe('Dutch dates and values', () => {
  it('reads dd-mm-jjjj leniently and refuses days that do not exist', () => {
    expect(parseDutchDate('26-09-2024')).toBe('2024-09-26');
    expect(parseDutchDate(' 1-9-2024 ')).toBe('2024-09-01');
    expect(parseDutchDate('01.09.2024')).toBe('2024-09-01');
    expect(parseDutchDate('29-02-2024')).toBe('2024-02-29');
    expect(parseDutchDate('29-02-2025')).toBeNull();
    expect(parseDutchDate('2024-09-26')).toBeNull();
    expect(formatDate('2024-09-26')).toBe('26-09-2024');
    expect(todayDutch(new Date(2026, 10, 2))).toBe('02-11-2026');
  });

  it('writes values the way a reader expects', () => {
    expect(valueText('targetValue', 1234.5)).toBe('1.234,5');
    expect(valueText('targetYear', 2028)).toBe('2028');
    expect(valueText('direction', 'max')).toBe('Maximaal');
    expect(valueText('source', '')).toBe('(leeg)');
  });
});

describe('routes of the version views', () => {
  it('round-trips every view and refuses unknown paths', () => {
    for (const view of [
      { kind: 'live' },
      { kind: 'versions' },
      { kind: 'version', versionId: 'a b/c' },
      { kind: 'diff', from: 'v1', to: 'huidig' },
    ] as const) {
      expect(parseHash(programmeHref('gezond-samenleven', view))).toEqual({ name: 'programme', id: 'gezond-samenleven', view });
    }
    expect(parseHash('#/programma/x/iets')).toEqual({ name: 'unknown', hash: '#/programma/x/iets' });
    expect(parseHash('#/')).toEqual({ name: 'overview' });
  });
});

describe('comment threads', () => {
  it('groups replies under their thread, marks open threads per cell or row, and drops resolved ones', () => {
    const doc = seeded();
    const base = { targetKind: 'goalIndicator' as const, targetId: 'g1-i2', authorId: 'anna', authorName: 'Anna', at: '' };
    const onCell = addComment(doc, { ...base, field: 'baseline', text: 'Klopt 2026?', at: '2026-01-01T10:00:00Z' }, anna);
    addComment(doc, { ...base, field: 'baseline', text: 'Ja', threadId: onCell, at: '2026-01-01T10:05:00Z' }, anna);
    const onRow = addComment(doc, { ...base, field: null, text: 'Hele rij', at: '2026-01-01T10:10:00Z' }, anna);
    let index = indexComments(readComments(doc));
    expect(index.threads.map((t) => [t.id, t.comments.map((c) => c.text)])).toEqual([
      [onCell, ['Klopt 2026?', 'Ja']],
      [onRow, ['Hele rij']],
    ]);
    expect(index.openAt.get(threadKey('g1-i2', 'baseline'))?.length).toBe(1);
    expect(index.openAt.get(threadKey('g1-i2', null))?.length).toBe(1);
    resolveThread(doc, onCell, true, anna);
    index = indexComments(readComments(doc));
    expect(index.openAt.has(threadKey('g1-i2', 'baseline'))).toBe(false);
    expect(index.threads.find((t) => t.id === onCell)?.resolved).toBe(true);
  });
});
