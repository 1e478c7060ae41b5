/** Group G: prioritisation and workflow (V36-V39). */
import { describe, expect, it } from 'vitest';
import {
  acknowledge,
  adoptionGate,
  checkAdoptedChanges,
  validateProgramme,
} from '../../../shared/validation/index.ts';
import type { Programme } from '../../../shared/model/types.ts';
import { BZ, findings, GS, KG, on, programme, tiny, withGoal, withIndicator } from './fixtures.ts';

describe('V36 priorities', () => {
  /** A ranking of another municipality's advisory body, as rows of the programme. */
  const ranked = (p: Programme, items: { rank: number | null; code: string; result?: string; tie?: boolean }[]): Programme => ({
    ...p,
    priorities: items.map((item, i) => ({ id: `x${i + 1}`, rank: item.rank, code: item.code, result: item.result ?? '', comment: '', tie: item.tie ? 'tie' : null })),
  });
  const idOf = (p: Programme, code: string) => p.priorities!.find((x) => x.code === code)!.id;

  it('reads the ranking from the programme: Dronten\'s ASD item "4" names a goal, not a result (002:5780)', () => {
    const bz = programme(BZ);
    const item = on(findings(bz, 'V36'), idOf(bz, '4'), 'code');
    expect(item.map((x) => [x.entityKind, x.severity])).toEqual([['priority', 'error']]);
    expect(item[0]!.message).toContain('doelnummer');
  });

  it('flags KG 2.3, ranked on the concept text (002:5848 vs final)', () => {
    const kg = programme(KG);
    expect(on(findings(kg, 'V36'), idOf(kg, '2.3'), 'result')).toHaveLength(1);
  });

  it('passes both real rankings with their shared places marked (BZ 1,2,3,3,5; GS 1..5,5,6..10)', () => {
    for (const id of [BZ, GS]) {
      const p = programme(id);
      expect(findings(p, 'V36').filter((f) => f.field === 'tie' || f.field === 'priorities' || f.field === 'rank')).toEqual([]);
    }
  });

  it('flags a shared place that is not marked, naming who shares it', () => {
    const p = ranked(programme(KG), [
      { rank: 1, code: '1.1', result: 'Meer inwoners ervaren dat ze dezelfde rechten en kansen hebben om mee te doen.', tie: true },
      { rank: 1, code: '2.4', result: 'Gerichte aanpak van de verschillende groepen thuiszitters.' },
    ]);
    const f = on(findings(p, 'V36'), 'x2', 'tie');
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]!.message).toContain('gedeeld met 1.1');
  });

  it('flags places that form no ranking, places beyond the list, and an item without a place or code', () => {
    const p = ranked(programme(KG), [{ rank: 1, code: '1.1' }, { rank: 3, code: '2.2' }, { rank: 11, code: '2.4' }, { rank: null, code: '' }]);
    const f = findings(p, 'V36');
    expect(on(f, KG, 'priorities')[0]?.message).toContain('geen geldige rangorde');
    expect(on(f, 'x3', 'rank')[0]?.message).toContain('tussen 1 en 4');
    expect(on(f, 'x4', 'rank')).toHaveLength(1);
    expect(on(f, 'x4', 'code')[0]?.message).toContain('geen resultaatcode');
  });

  it('takes a ranking longer than a top 10, as another advisory body may give', () => {
    const kg = programme(KG);
    const codes = kg.goals.flatMap((g) => g.subGoals.flatMap((s) => s.results.map((r) => r.code))).slice(0, 11);
    expect(codes).toHaveLength(11);
    const p = ranked(kg, codes.map((code, i) => ({ rank: i + 1, code })));
    expect(findings(p, 'V36')).toEqual([]);
  });

  it('says nothing for a programme without a ranking', () => {
    expect(findings({ ...programme(KG), priorities: [] }, 'V36')).toEqual([]);
  });
});

describe('V37 adopted council fields', () => {
  const adopted = programme(BZ);

  it('passes an unchanged programme', () => {
    expect(checkAdoptedChanges({ adopted, current: programme(BZ) })).toEqual([]);
  });

  it('flags a changed council-owned field without change request', () => {
    const current = withIndicator(programme(BZ), 'g4-i1', { target: 'Maximaal 3,6%' });
    const f = checkAdoptedChanges({ adopted, current });
    expect(f.map((x) => [x.entityId, x.field, x.severity])).toEqual([['g4-i1', 'target', 'error']]);
    expect(f[0]!.message).toContain('Maximaal 2,3%');
  });

  it('accepts the change with a complete change request, and asks for the decision moment otherwise', () => {
    const current = withIndicator(programme(BZ), 'g4-i1', { target: 'Maximaal 3,6%' });
    const request = { entityId: 'g4-i1', field: 'target', reason: 'Gelijk aan resultaat 4.13', decisionMoment: 'perspectiefnota 2026' };
    expect(checkAdoptedChanges({ adopted, current, changeRequests: [request] })).toEqual([]);
    const f = checkAdoptedChanges({ adopted, current, changeRequests: [{ ...request, decisionMoment: '' }] });
    expect(f[0]?.message).toContain('besluitmoment');
  });

  it('leaves college-owned fields alone and reports deleted goals', () => {
    const current = programme(BZ);
    current.goals[0]!.subGoals[0]!.title = 'Andere uitwerking';
    current.goals.pop();
    const f = checkAdoptedChanges({ adopted, current });
    expect(f.map((x) => [x.entityKind, x.field])).toEqual([['programme', 'verwijderd:g4'], ['programme', 'verwijderd:g4-i1'], ['programme', 'verwijderd:g4-i2']]);
  });

  it('runs inside the engine when context.adopted is given', () => {
    const current = withGoal(programme(BZ), 'g1', { title: 'Inwoners leven in een gezonde leefomgeving' });
    expect(findings(current, 'V37', { adopted }).map((x) => [x.entityId, x.field])).toEqual([['g1', 'title']]);
  });
});

describe('V38 adoption gate', () => {
  it('blocks on errors and on unacknowledged warnings, and turns acknowledgements into footnotes', () => {
    const p = tiny({ baseline: '40% (2022)' });
    const all = validateProgramme(p);
    const warning = all.find((f) => f.ruleId === 'V8')!;
    expect(all.filter((f) => f.severity === 'error')).toEqual([]);
    expect(adoptionGate(all, []).canAdopt).toBe(false);
    const gate = adoptionGate(all, [acknowledge(warning, 'Recentere cijfers volgen in 2026', 'Alice', '2026-02-01T10:00:00Z')]);
    expect(gate.canAdopt).toBe(true);
    expect(gate.footnotes).toHaveLength(1);
    expect(gate.footnotes[0]!.text).toContain('Recentere cijfers volgen in 2026');
  });

  it('cannot be opened by acknowledging an error', () => {
    const all = validateProgramme(tiny({ baseline: '' }));
    const error = all.find((f) => f.severity === 'error')!;
    const gate = adoptionGate(all, [{ key: error.key, reason: 'toch', by: 'Bob', at: '2026-01-01' }]);
    expect(gate.canAdopt).toBe(false);
    expect(gate.errors.map((f) => f.key)).toContain(error.key);
  });
});

describe('V39 SMART wording', () => {
  it('warns on a result with no quantity and no measurable indicator ("Het jongerenwerk ... heeft een preventieve werking")', () => {
    expect(on(findings(programme(GS), 'V39'), 'g4-s1-r5', 'text').map((x) => x.severity)).toEqual(['warning']);
  });

  it('notes vague wording: "Huiselijk geweld en kindermishandeling is eerder en beter in beeld" (002:5437)', () => {
    expect(on(findings(programme(BZ), 'V39'), 'g1-s1-r1', 'text').map((x) => x.severity)).toEqual(['info']);
  });

  it('passes "70% van de inburgeringsplichtigen participeert binnen 1 jaar ..."', () => {
    expect(on(findings(programme(BZ), 'V39'), 'g3-s3-r1')).toEqual([]);
  });

  it('notes a result indicator that names no measure', () => {
    const p = tiny();
    p.goals[0]!.subGoals[0]!.results[0]!.indicators[0]!.text = 'Inzet van de buurtcoaches';
    expect(on(findings(p, 'V39'), 'g1-s1-r1-i1', 'text').map((x) => x.severity)).toEqual(['info']);
  });
});
