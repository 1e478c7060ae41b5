/**
 * Pure parts of the werkatelier screens: the timer's spoken minutes, Dutch dates, the
 * 'Onderwerp' options, cards per row and the 'Verwerken' form's checks.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readProgramme, seedProgramme } from '../../shared/doc/index.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';
import type { SliceRow, WorkshopCard, WorkshopInfo } from '../../shared/workshop/types.ts';
import { formatClock, minuteAnnouncement, minuteMark, remainingSeconds, clockInWords } from '../../client/workshop/timer.ts';
import { formatDate, plural } from '../../shared/text/dutch.ts';
import { scopeOptions, scopeLabel } from '../../client/workshop/scope.ts';
import { groupCards, rowTitle } from '../../client/workshop/card-groups.ts';
import { dispositionSummary, fieldLabelOf, initialDraft, placeOf, resultText, tableTextOf, toDisposition, actionsFor, withField } from '../../client/workshop/disposition.ts';
import { compareChoices } from '../../client/workshop/compare-choices.ts';
import { rowHeading, rowShortName } from '../../client/workshop/rows.ts';

function programme() {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById('bestaanszekerheid')!);
  return readProgramme(doc);
}

const card = (over: Partial<WorkshopCard>): WorkshopCard => ({
  id: 'c1',
  rowId: 'g1-s2-r1',
  type: 'idee',
  text: 'Meer inloopspreekuren',
  authorId: 'p1',
  authorName: 'Henk',
  createdAt: '2026-11-22T10:00:00.000Z',
  ...over,
});

describe('timer', () => {
  it('counts down in whole seconds and shows mm:ss', () => {
    expect(remainingSeconds(null, 0)).toBeNull();
    expect(remainingSeconds(300_000, 0)).toBe(300);
    expect(remainingSeconds(300_000, 250)).toBe(300);
    expect(remainingSeconds(300_000, 400_000)).toBe(0);
    expect(formatClock(300)).toBe('05:00');
    expect(formatClock(59)).toBe('00:59');
    expect(formatClock(600)).toBe('10:00');
    expect(clockInWords(61)).toBe('1 minuut en 1 seconde');
    expect(clockInWords(0)).toBe('0 seconden');
  });

  it('speaks at minute boundaries and at zero only', () => {
    const marks = [300, 299, 241, 240, 239, 61, 60, 1, 0].map(minuteMark);
    expect(marks).toEqual([5, 5, 5, 4, 4, 2, 1, 1, 0]);
    const spoken: string[] = [];
    let last: number | null = null;
    for (let s = 300; s >= 0; s--) {
      const mark = minuteMark(s);
      if (mark !== last) spoken.push(minuteAnnouncement(mark));
      last = mark;
    }
    expect(spoken).toEqual(['Nog 5 minuten.', 'Nog 4 minuten.', 'Nog 3 minuten.', 'Nog 2 minuten.', 'Nog 1 minuut.', 'De tijd is om.']);
  });
});

describe('Dutch formats', () => {
  it('writes dates as dd-mm-jjjj and numbers with Dutch separators', () => {
    expect(formatDate('2026-11-22T12:00:00')).toBe('22-11-2026');
    expect(formatDate('kapot')).toBe('kapot');
    expect(plural(1, 'stip', 'stippen')).toBe('1 stip');
    expect(plural(1234, 'kaart', 'kaarten')).toBe('1.234 kaarten');
  });
});

describe('Onderwerp options', () => {
  it('offers the programme, each goal and each uitwerking', () => {
    const p = programme();
    const options = scopeOptions(p);
    expect(options[0]).toMatchObject({ label: 'Het hele programma', scope: { kind: 'programme' } });
    const goal = options.find((o) => o.scope.kind === 'goal' && o.scope.rowId === 'g1')!;
    expect(goal.label).toMatch(/^Doel 1: /);
    const sub = options.find((o) => o.scope.kind === 'subGoal' && o.scope.rowId === 'g1-s2')!;
    expect(sub.label).toMatch(/^Uitwerking 1\.2: Het aantal aanmeldingen beschermde opvang/);
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
    expect(scopeLabel({ kind: 'subGoal', rowId: 'g1-s2' }, p)).toBe(sub.label);
    expect(scopeLabel({ kind: 'goal', rowId: 'weg' }, p)).toBe('Eén doel');
    expect(scopeOptions(null)).toHaveLength(1);
  });
});

describe('cards per row', () => {
  const rows: SliceRow[] = [
    { id: 's', kind: 'subGoal', code: '', text: 'Uitwerking', parentId: 'g' },
    { id: 'r1', kind: 'result', code: '1.3', text: 'Eerste', parentId: 's' },
    { id: 'r2', kind: 'result', code: '1.4', text: 'Tweede', parentId: 's' },
  ];

  it('follows the slice order, oldest card first, and keeps cards of removed rows', () => {
    const groups = groupCards(
      [
        card({ id: 'b', rowId: 'r2', createdAt: '2026-11-22T10:02:00Z' }),
        card({ id: 'a', rowId: 'r2', createdAt: '2026-11-22T10:01:00Z' }),
        card({ id: 'c', rowId: 'r1' }),
        card({ id: 'd', rowId: 'weg' }),
      ],
      rows,
    );
    expect(groups.map((g) => [g.rowId, g.cards.map((c) => c.id)])).toEqual([
      ['r1', ['c']],
      ['r2', ['a', 'b']],
      ['weg', ['d']],
    ]);
    expect(rowTitle(groups[0]!.row)).toBe('1.3 Eerste');
    expect(rowTitle(null)).toMatch(/niet meer/);
  });

  it('names rows by code, or by the start of the text', () => {
    expect(rowShortName(rows[1]!)).toBe('Resultaat 1.3');
    expect(rowShortName({ kind: 'goal', code: 'Doel 1', text: 'x' })).toBe('Doel 1');
    // The slice already calls a goal "Doel 1": the kind is never written twice.
    expect(rowHeading({ kind: 'goal', code: 'Doel 1' })).toBe('Doel 1');
    expect(rowHeading({ kind: 'result', code: '1.3' })).toBe('Resultaat 1.3');
    expect(rowHeading({ kind: 'subGoal', code: '' })).toBe('Uitwerking');
    expect(rowShortName({ kind: 'subGoal', code: '', text: 'a'.repeat(60) })).toHaveLength(40);
  });
});

describe('Verwerken', () => {
  const p = programme();

  it('knows where a card belongs; nothing is chosen, and the text to edit is the table\'s own', () => {
    expect(placeOf(p, 'g1-s2-r1')).toEqual({ kind: 'result', subGoalId: 'g1-s2' });
    expect(placeOf(p, 'g1-s2')).toEqual({ kind: 'subGoal', subGoalId: 'g1-s2' });
    expect(placeOf(p, 'g1')).toEqual({ kind: 'goal', subGoalId: 'g1-s1' });
    expect(placeOf(p, 'weg')).toBeNull();
    expect(actionsFor(null)).toEqual(['niet-verwerkt']);
    expect(actionsFor(placeOf(p, 'g1-s2-r1'))[0]).toBe('niet-verwerkt');
    const tableText = tableTextOf(p, 'g1-s2-r1', 'text');
    expect(tableText.length).toBeGreaterThan(10);
    const draft = initialDraft(p, card({}), placeOf(p, 'g1-s2-r1'));
    expect(draft).toMatchObject({ action: null, field: 'text', value: tableText, tableText, subGoalId: 'g1-s2' });
    // A proposal is not added as a result by itself either.
    expect(initialDraft(p, card({ type: 'voorstel' }), placeOf(p, 'g1-s2-r1')).action).toBeNull();
    expect(initialDraft(p, card({ rowId: 'weg' }), null).action).toBe('niet-verwerkt');
    expect(withField(p, card({}), draft, 'source')).toMatchObject({ field: 'source', value: tableTextOf(p, 'g1-s2-r1', 'source') });
    expect(tableTextOf(p, 'g1', 'title')).toBe(p.goals[0]!.title);
  });

  it('builds each disposition and refuses incomplete ones in Dutch', () => {
    const c = card({});
    const place = placeOf(p, c.rowId);
    const draft = initialDraft(p, c, place);
    expect(toDisposition(c, place, draft)).toEqual({ ok: false, error: 'Kies wat je met deze kaart doet.' });
    expect(toDisposition(c, place, { ...draft, action: 'verwerkt' })).toMatchObject({ ok: false, error: expect.stringMatching(/^De nieuwe tekst is nog gelijk/) });
    expect(toDisposition(c, place, { ...draft, action: 'verwerkt', value: ' Meer inloopspreekuren ' })).toEqual({
      ok: true,
      disposition: { action: 'verwerkt', rowId: 'g1-s2-r1', field: 'text', value: 'Meer inloopspreekuren', note: '' },
    });
    expect(toDisposition(c, place, { ...draft, action: 'verwerkt', value: '  ' })).toEqual({ ok: false, error: 'Vul de nieuwe tekst in.' });
    expect(toDisposition(c, place, { ...draft, action: 'verwerkt', value: 'x', field: 'title' }).ok).toBe(false);
    expect(toDisposition(c, place, { ...draft, action: 'nieuw-resultaat', note: ' past ' })).toEqual({
      ok: true,
      disposition: { action: 'nieuw-resultaat', rowId: 'g1-s2', note: 'past' },
    });
    expect(toDisposition(c, place, { ...draft, action: 'nieuw-resultaat', subGoalId: '' }).ok).toBe(false);
    expect(toDisposition(c, place, { ...draft, action: 'niet-verwerkt' })).toEqual({
      ok: false,
      error: 'Geef een reden waarom de kaart niet wordt verwerkt.',
    });
    expect(toDisposition(c, place, { ...draft, action: 'niet-verwerkt', reason: 'Valt buiten het programma' })).toEqual({
      ok: true,
      disposition: { action: 'niet-verwerkt', reason: 'Valt buiten het programma' },
    });
  });

  it('says in words what was done', () => {
    const by = { id: 'u', name: 'Fatima' };
    expect(dispositionSummary(undefined, fieldLabelOf)).toBe('Nog niet verwerkt');
    expect(
      dispositionSummary({ cardId: 'c1', by, at: '', disposition: { action: 'verwerkt', rowId: 'r', field: 'text', value: 'x', note: '' } }, fieldLabelOf),
    ).toBe('Verwerkt: Resultaat aangepast');
    expect(dispositionSummary({ cardId: 'c1', by, at: '', disposition: { action: 'niet-verwerkt', reason: 'Dubbel' } }, fieldLabelOf)).toBe(
      'Niet verwerkt: Dubbel',
    );
  });

  it('names the result a card became, as the table shows it now', () => {
    const by = { id: 'u', name: 'Fatima' };
    const p = programme();
    const record = { cardId: 'c1', by, at: '', disposition: { action: 'nieuw-resultaat' as const, rowId: 'g1-s2', note: '', newRowId: 'g1-s2-r1' } };
    const row = resultText(p, 'g1-s2-r1')!;
    expect(row.code).toBe('1.3');
    expect(dispositionSummary(record, fieldLabelOf, (id) => resultText(p, id))).toBe(`Verwerkt: nieuw resultaat toegevoegd: 1.3 "${row.text}"`);
    // Removed since, or the programme not loaded yet: still says what was done.
    expect(dispositionSummary({ ...record, disposition: { ...record.disposition, newRowId: 'weg', note: 'samen met 1.4' } }, fieldLabelOf, (id) => resultText(p, id))).toBe(
      'Verwerkt: nieuw resultaat toegevoegd (samen met 1.4)',
    );
    expect(resultText(null, 'g1-s2-r1')).toBeNull();
  });
});

describe('compare choices', () => {
  const info = (id: string, title: string, status: 'open' | 'closed', closedAt: string | null): WorkshopInfo => ({
    id, programmeId: 'bestaanszekerheid', scope: { kind: 'programme' }, title, status, createdAt: '2026-03-01T18:00:00.000Z',
    createdBy: { id: 'u', name: 'Fenna' }, closedAt, docId: `werkatelier-${id}`, participantCount: 0, editGrant: false,
  });

  it('offers the ASD and the other closed werkateliers of the programme, dated', () => {
    const choices = compareChoices(
      [info('w1', 'Werkavond', 'closed', '2026-03-01T21:00:00.000Z'), info('w2', 'Nu bezig', 'open', null), info('w3', 'Werkavond', 'closed', '2026-04-12T12:00:00.000Z')],
      'w1',
    );
    expect(choices.map((c) => [c.value, c.label, c.column])).toEqual([
      ['asd', 'ASD-advies', 'Plaats ASD'],
      ['w3', 'Werkatelier Werkavond (12-04-2026)', 'Plaats ander werkatelier'],
    ]);
    expect(choices[1]!.caption).toBe('Vergelijking met Werkatelier Werkavond (12-04-2026)');
  });
});
