/**
 * The "Zonder plaats" section's reading of readProgramme's orphans: each row with its depth and
 * the rows below it (they go along), named by its kind and main text; and the places a row may
 * be moved to, only of the kinds it may hang under.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addRow, deleteRow, readProgramme, seedProgramme, userOrigin } from '../../shared/doc/index.ts';
import { PARENT_KINDS } from '../../shared/model/entities.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';
import { orphanLines, parentChoices } from '../../client/programme/orphans/orphan-tree.ts';

const alice = userOrigin('alice', 'Alice');
const bob = userOrigin('bob', 'Bob');

function withOrphans() {
  const a = new Y.Doc();
  seedProgramme(a, seedProgrammeById('bestaanszekerheid')!);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const sub = readProgramme(a).goals[0]!.subGoals[0]!;
  const result = addRow(a, 'result', sub.id, alice, { fields: { code: '1.9', text: 'Offline bedacht' } });
  const indicator = addRow(a, 'resultIndicator', result, alice, { fields: { text: '' } });
  const activity = addRow(a, 'activity', result, alice, { fields: { text: 'Huisbezoeken' } });
  const goalIndicator = addRow(a, 'goalIndicator', 'g4', alice, { fields: { indicator: 'Aantal aanvragen' } });
  deleteRow(b, 'subGoal', sub.id, bob);
  deleteRow(b, 'goal', 'g4', bob);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  return { programme: readProgramme(a), result, indicator, activity, goalIndicator };
}

describe('orphan lines', () => {
  it('gives each row its depth, what hangs below it and its name', () => {
    const { programme, result, indicator, activity, goalIndicator } = withOrphans();
    expect(orphanLines(programme.orphans).map((l) => [l.orphan.id, l.depth, l.below, l.text])).toEqual([
      [goalIndicator, 0, 0, 'Indicator bij doel: Aantal aanvragen'],
      [result, 0, 2, 'Resultaat 1.9: Offline bedacht'],
      [indicator, 1, 0, 'Indicator op resultaat: (zonder tekst)'],
      [activity, 1, 0, 'Activiteit: Huisbezoeken'],
    ]);
  });

  it('offers only places of the kinds a row may hang under, none of them gone', () => {
    const { programme } = withOrphans();
    const placed = new Set<string>();
    for (const goal of programme.goals) {
      placed.add(goal.id);
      for (const sub of goal.subGoals) {
        placed.add(sub.id);
        for (const r of sub.results) placed.add(r.id);
      }
    }
    for (const kind of ['goalIndicator', 'subGoal', 'result', 'resultIndicator', 'activity'] as const) {
      const choices = parentChoices(programme, kind).flatMap((g) => g.choices);
      expect(choices.length, kind).toBeGreaterThan(0);
      for (const c of choices) {
        expect(PARENT_KINDS[kind]).toContain(c.kind);
        expect(placed.has(c.id)).toBe(true);
      }
    }
    // One group per goal; an indicator goes under the goal itself.
    expect(parentChoices(programme, 'goalIndicator').map((g) => g.choices.map((c) => [c.kind, c.label]))).toEqual(
      programme.goals.map((g) => [['goal', `Doel ${g.code}: ${g.title}`.length > 70 ? expect.stringMatching(/…$/) : `Doel ${g.code}: ${g.title}`]]),
    );
    expect(parentChoices(programme, 'goal')).toEqual([]);
  });
});
