/**
 * Test fixtures: the three seeded programmes read through shared/doc (so ids are the seed ids:
 * g1, g1-i2, g1-s1-r3 ...), helpers to patch one entity, and the context the source text gives
 * for rules whose inputs the model does not carry yet (overlap lists, stated effect links).
 */
import * as Y from 'yjs';
import { readProgramme, seedProgramme } from '../../../shared/doc/index.ts';
import type { Goal, GoalIndicator, Programme, Result, SubGoal } from '../../../shared/model/types.ts';
import { seedProgrammeById, SEED_PROGRAMMES } from '../../../shared/seed/programmes.ts';
import { HEADER_YEARS, OVERLAPS, STATED_EFFECT_LINKS } from '../../../shared/seed/source-context.ts';
import type { ValidationContext } from '../../../shared/validation/index.ts';
import { validateProgramme, type Finding } from '../../../shared/validation/index.ts';

export const BZ = 'bestaanszekerheid';
export const GS = 'gezond-samenleven';
export const KG = 'kansengelijkheid';

export function seededDoc(id: string): Y.Doc {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById(id)!);
  return doc;
}

export function programme(id: string): Programme {
  return readProgramme(seededDoc(id));
}

export function allProgrammes(): Programme[] {
  return SEED_PROGRAMMES.map((s) => programme(s.id));
}

export { OVERLAPS, STATED_EFFECT_LINKS };

/** Everything the seeds and the source text give: other programmes, a date, the context. */
export function fullContext(p: Programme, all: Programme[] = allProgrammes()): ValidationContext {
  return {
    otherProgrammes: all.filter((o) => o.id !== p.id),
    today: '2026-03-01',
    overlaps: OVERLAPS,
    statedEffectLinks: STATED_EFFECT_LINKS,
    nominalBaselineYears: HEADER_YEARS[p.id] ?? {},
  };
}

export function findings(p: Programme, ruleId: string, context: ValidationContext = {}): Finding[] {
  return validateProgramme(p, context).filter((f) => f.ruleId === ruleId);
}

export function on(list: Finding[], entityId: string, field?: string | null): Finding[] {
  return list.filter((f) => f.entityId === entityId && (field === undefined || f.field === field));
}

function clone(p: Programme): Programme {
  return structuredClone(p);
}

function goalIndicatorOf(p: Programme, id: string): GoalIndicator {
  for (const g of p.goals) for (const i of g.indicators) if (i.id === id) return i;
  throw new Error(`no goal indicator ${id}`);
}

function resultOf(p: Programme, id: string): Result {
  for (const g of p.goals) for (const s of g.subGoals) for (const r of s.results) if (r.id === id) return r;
  throw new Error(`no result ${id}`);
}

export function withIndicator(p: Programme, id: string, patch: Partial<GoalIndicator>): Programme {
  const copy = clone(p);
  Object.assign(goalIndicatorOf(copy, id), patch);
  return copy;
}

export function withResult(p: Programme, id: string, patch: Partial<Result>): Programme {
  const copy = clone(p);
  Object.assign(resultOf(copy, id), patch);
  return copy;
}

export function withGoal(p: Programme, id: string, patch: Partial<Goal>): Programme {
  const copy = clone(p);
  Object.assign(copy.goals.find((g) => g.id === id)!, patch);
  return copy;
}

export function withSubGoal(p: Programme, id: string, patch: Partial<SubGoal>): Programme {
  const copy = clone(p);
  for (const g of copy.goals) for (const s of g.subGoals) if (s.id === id) Object.assign(s, patch);
  return copy;
}

/** A small programme with one goal and one indicator, for rules best shown on a made-up cell. */
export function tiny(indicator: Partial<GoalIndicator> = {}, goal: Partial<Goal> = {}): Programme {
  return {
    id: 'test',
    name: 'Testprogramma',
    documentNumber: '1',
    municipality: 'Dronten',
    period: '2025-2028',
    focusAreas: [],
    schemaVersion: 1,
    goals: [
      {
        id: 'g1',
        code: '1',
        title: 'Inwoners doen mee',
        societalEffect: 'Inwoners ervaren bestaanszekerheid',
        indicators: [
          {
            id: 'g1-i1',
            indicator: '% inwoners dat meedoet',
            baseline: '40% (2025)',
            target: 'Minimaal 50%',
            source: 'Gemeente',
            unit: '%',
            direction: 'min',
            status: 'measurable',
            baselineYear: 2025,
            baselineValue: 40,
            targetYear: 2028,
            targetValue: 50,
            notes: '',
            baselineScope: null,
            targetHigh: null,
            targetPercent: null,
            polarity: null,
            statusYear: null,
            statusReason: '',
            statusReference: '',
            measurements: [],
            ...indicator,
          },
        ],
        subGoals: [
          {
            id: 'g1-s1',
            title: 'Meer inwoners doen mee',
            problem: '',
            results: [
              {
                id: 'g1-s1-r1',
                code: '1.1',
                text: 'Het aantal deelnemers stijgt',
                source: 'Gemeente',
                measurableFrom: '',
                indicators: [{ id: 'g1-s1-r1-i1', text: 'Aantal deelnemers', measurements: [] }],
                activities: [{ id: 'g1-s1-r1-a1', text: 'Voorlichting', kind: 'new' }],
              },
            ],
            activities: [],
          },
        ],
        ...goal,
      },
    ],
  };
}

