import { describe, expect, it } from 'vitest';
import { readProgramme } from '../../shared/doc/index.ts';
import { advisoryList, compareRankings, outcomeList } from '../../shared/workshop/compare.ts';
import { seededDoc } from './validation/fixtures.ts';
import { buildOutcome } from '../../shared/workshop/outcome.ts';
import { DEFAULT_SETTINGS } from '../../shared/workshop/parse.ts';
import type { SliceRow } from '../../shared/workshop/types.ts';

const slice: SliceRow[] = [
  { id: 'g2', kind: 'goal', code: 'Doel 2', text: 'Stabiel inkomen', parentId: null },
  { id: 's1', kind: 'subGoal', code: '', text: 'Rondkomen', parentId: 'g2' },
  { id: 'r4', kind: 'result', code: '2.4', text: 'Activiteiten gerichter inzetten', parentId: 's1' },
  { id: 'r5', kind: 'result', code: '2.5', text: 'Minder schulden', parentId: 's1' },
  { id: 'r9', kind: 'result', code: '', text: 'Meer jongeren vinden een voor hen passende plek!', parentId: 's1' },
];

describe('buildOutcome', () => {
  it('ranks with ties, counts participants, links cards to rows', () => {
    const outcome = buildOutcome({
      workshopId: 'w1',
      programmeId: 'bestaanszekerheid',
      title: 'Avond in De Schouw',
      scope: { kind: 'goal', rowId: 'g2' },
      closedAt: '2026-03-01T21:00:00.000Z',
      slice,
      state: {
        settings: { ...DEFAULT_SETTINGS, dots: 3 },
        cards: [
          { id: 'c1', rowId: 'r5', type: 'voorstel', text: 'Schuldhulp op school', authorId: 'p1', authorName: 'Ans', createdAt: '2026-03-01T20:00:00Z' },
          { id: 'c2', rowId: 'g2', type: 'zorg', text: 'Te weinig geld', authorId: 'p2', authorName: 'Bert', createdAt: '2026-03-01T20:01:00Z' },
        ],
        ballots: {
          p1: { kind: 'stippen', dots: { r4: 2, 'kaart:c1': 1 } },
          p2: { kind: 'stippen', dots: { r5: 2, r9: 1 } },
          p3: { kind: 'stippen', dots: { r4: 9 } },
        },
        participants: ['p1', 'p2', 'p3', 'p4'].map((id) => ({ id, name: id, joinedAt: '2026-03-01T19:00:00Z' })),
      },
    });
    expect(outcome.participantCount).toBe(4);
    expect(outcome.ranking.map((i) => [i.id, i.score, i.rank, i.tied, i.proposal])).toEqual([
      ['r4', 2, 1, true, false],
      ['r5', 2, 1, true, false],
      ['r9', 1, 3, true, false],
      ['kaart:c1', 1, 3, true, true],
    ]);
    expect(outcome.cards.map((c) => [c.id, c.rowCode, c.rowText])).toEqual([
      ['c1', '2.5', 'Minder schulden'],
      ['c2', 'Doel 2', 'Stabiel inkomen'],
    ]);
  });
});

describe('compareRankings', () => {
  it('matches by code, then by normalised text, and keeps what only one list has', () => {
    const ranking = [
      { id: 'r4', code: '2.4', text: 'Iets anders geformuleerd', rowId: 'r4', proposal: false, rank: 1, tied: false, score: 5, voters: 2 },
      { id: 'r9', code: '', text: 'Meer jongeren vinden een voor hen passende plek!', rowId: 'r9', proposal: false, rank: 2, tied: false, score: 3, voters: 1 },
      { id: 'x', code: '', text: 'Nieuw idee', rowId: 's1', proposal: true, rank: 3, tied: false, score: 1, voters: 1 },
    ];
    const rows = compareRankings({ ranking }, [
      { code: '3.9', text: 'meer  jongeren vinden een voor hen passende plek', rank: 3 },
      { code: '2.4', text: 'We zetten activiteiten gerichter in', rank: 1 },
      { code: '1.1', text: 'Huiselijk geweld', rank: 5 },
    ]);
    expect(rows).toEqual([
      { code: '2.4', text: 'Iets anders geformuleerd', workshopRank: 1, otherRank: 1 },
      { code: '', text: 'Meer jongeren vinden een voor hen passende plek!', workshopRank: 2, otherRank: 3 },
      { code: '', text: 'Nieuw idee', workshopRank: 3, otherRank: null },
      { code: '1.1', text: 'Huiselijk geweld', workshopRank: null, otherRank: 5 },
    ]);
  });

  it("reads the advisory body's ranking from the programme's rows, ties included", () => {
    const bz = advisoryList(readProgramme(seededDoc('bestaanszekerheid')).priorities);
    expect(bz).toHaveLength(10);
    expect(bz[0]).toMatchObject({ code: '2.4', rank: 1 });
    expect(bz.filter((e) => e.rank === 3).map((e) => e.code)).toEqual(['1.2', '3.9']);
    expect(advisoryList([])).toEqual([]);
  });

  it("compares with another werkatelier's frozen ranking: shared places stay shared, proposals match by text", () => {
    const item = (id: string, code: string, text: string, rank: number, tied = false) => ({ id, code, text, rowId: id, proposal: code === '', rank, tied, score: 1, voters: 1 });
    const other = outcomeList({
      ranking: [item('r5', '2.5', 'Minder schulden', 1, true), item('kaart:c9', '', 'Een maatje voor elk gezin', 1, true), item('r4', '2.4', 'Activiteiten', 3)],
    });
    expect(other).toEqual([
      { code: '2.5', text: 'Minder schulden', rank: 1 },
      { code: '', text: 'Een maatje voor elk gezin', rank: 1 },
      { code: '2.4', text: 'Activiteiten', rank: 3 },
    ]);
    const rows = compareRankings({ ranking: [item('r4', '2.4', 'Activiteiten', 1), item('kaart:c1', '', 'een maatje voor elk gezin!', 2)] }, other);
    expect(rows.map((r) => [r.code || r.text, r.workshopRank, r.otherRank])).toEqual([
      ['2.4', 1, 3],
      ['een maatje voor elk gezin!', 2, 1],
      ['2.5', null, 1],
    ]);
  });
});
