/**
 * Test fixtures: the three seeded programmes read through shared/doc (so ids are the seed ids:
 * g1, g1-i2, g1-s1-r3 ...), helpers to patch one entity, and the context the source text gives
 * for rules whose inputs the model does not carry yet (overlap lists, stated effect links).
 */
import * as Y from 'yjs';
import { readProgramme, seedProgramme } from '../../../shared/doc/index.ts';
import type { Goal, GoalIndicator, Programme, Result, SubGoal } from '../../../shared/model/types.ts';
import priorities from '../../../shared/seed/asd-priorities.json';
import { seedProgrammeById, SEED_PROGRAMMES } from '../../../shared/seed/programmes.ts';
import type { OverlapList, PriorityInput, StatedEffectLink, ValidationContext } from '../../../shared/validation/index.ts';
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

export const PRIORITIES = priorities as PriorityInput;

/** Everything the seeds and the source text give: other programmes, priorities, a date. */
export function fullContext(p: Programme, all: Programme[] = allProgrammes()): ValidationContext {
  return {
    otherProgrammes: all.filter((o) => o.id !== p.id),
    priorities: PRIORITIES,
    today: '2026-03-01',
    overlaps: OVERLAPS,
    statedEffectLinks: STATED_EFFECT_LINKS,
    nominalBaselineYears: HEADER_YEARS[p.id] ?? {},
  };
}

/**
 * The goal tables' column header: "Nulmeting 2025" in BZ doel 2-4 and all of GS, plain
 * "Nulmeting" in BZ doel 1 and all of KG (002:281, 762, 1047, 1404, 1665 ... 3420, 3548, 3890).
 */
export const HEADER_YEARS: Record<string, Record<string, number | null>> = {
  [BZ]: { g1: null },
  [KG]: { g1: null, g2: null, g3: null, g4: null, g5: null },
};

export function findings(p: Programme, ruleId: string, context: ValidationContext = {}): Finding[] {
  return validateProgramme(p, context).filter((f) => f.ruleId === ruleId);
}

export function on(list: Finding[], entityId: string, field?: string | null): Finding[] {
  return list.filter((f) => f.entityId === entityId && (field === undefined || f.field === field));
}

function clone(p: Programme): Programme {
  return structuredClone(p);
}

export function goalIndicatorOf(p: Programme, id: string): GoalIndicator {
  for (const g of p.goals) for (const i of g.indicators) if (i.id === id) return i;
  throw new Error(`no goal indicator ${id}`);
}

export function resultOf(p: Programme, id: string): Result {
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
                indicators: [{ id: 'g1-s1-r1-i1', text: 'Aantal deelnemers' }],
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

/** Overlap lists as printed in the programmes (002:251-262, 1617-1643, 3370-3391). */
export const OVERLAPS: OverlapList[] = [
  { programmeId: BZ, partnerProgrammeId: GS, topics: ['Publieke Gezondheid', 'Integraal Zorgakkoord (IZA)', 'Ontwikkeling van Stevige Lokale teams', 'Woonzorgvisie', 'Preventief aanbod jeugd'] },
  { programmeId: BZ, partnerProgrammeId: KG, topics: ['Onderwijs(aanbod)', 'Werk en inkomen', 'Re-integratie schoolverlaters', 'Veilige Thuissituatie- uithuisplaatsingen'] },
  { programmeId: GS, partnerProgrammeId: BZ, topics: ['Publieke Gezondheid', 'Integraal Zorgakkoord (IZA)', 'Ontwikkeling van Stevige Lokale teams', 'Woonzorgvisie', 'Preventief aanbod jeugd'] },
  { programmeId: GS, partnerProgrammeId: KG, topics: ['Ontwikkeling stevige lokale teams', 'Jongerenwelzijn', 'Mentale gezondheid', 'Gezonde schoolaanpak', 'Doorontwikkeling jongerenpanel', 'Opgroeien in een Kansrijke (OKO)', 'Voorzieningen-/accommodatiebeleid'] },
  { programmeId: KG, partnerProgrammeId: BZ, topics: ['Onderwijs(aanbod)', 'Werk en inkomen', 'Re-integratie schoolverlaters', 'Veilige Thuissituatie- uithuisplaatsingen'] },
  { programmeId: KG, partnerProgrammeId: GS, topics: ['Ontwikkeling stevige lokale teams en pedagogische basis', 'Jongerenwelzijn', 'Mentale gezondheid', 'Jeugdgezondheidszorg', 'Gezonde schoolaanpak', 'Doorontwikkeling jongerenpanel', 'Opgroeien in een Kansrijke (OKO)', 'Voorzieningen-/accommodatiebeleid'] },
];

const bz = (title: string) => ({ title, programme: 'Bestaanszekerheid' });
const gs = (title: string) => ({ title, programme: 'Gezond Samenleven' });
const kg = (title: string) => ({ title, programme: 'Kansengelijkheid' });
const KG_E2 = [kg('Kansen voor kinderen en jongeren in opvang en onderwijs'), kg('Kinderen en jongeren groeien zoveel mogelijk thuis op'), kg('Geïndiceerde jeugdhulp is vooral beschikbaar voor kinderen met een complexe zorgbehoefte')];

/** "Aan dit maatschappelijk effect zijn nog ... doelen gekoppeld", per goal (002:273-276 ... 4098-4104). */
export const STATED_EFFECT_LINKS: StatedEffectLink[] = [
  { programmeId: BZ, goalId: 'g1', count: 2, goals: [gs('Inwoners leven in een gezonde leefomgeving'), kg('Inwoners hebben dezelfde rechten en kansen om mee te doen')] },
  { programmeId: BZ, goalId: 'g2', count: 5, goals: [bz('Inwoners doen mee door te werken of via een andere vorm van participatie'), bz('Minder kinderen groeien op in armoede'), ...KG_E2] },
  { programmeId: BZ, goalId: 'g3', count: 5, goals: [bz('Inwoners hebben een stabiel en voorspelbaar (basis)inkomen'), bz('Minder kinderen groeien op in armoede'), ...KG_E2] },
  { programmeId: BZ, goalId: 'g4', count: 5, goals: [bz('Inwoners hebben een stabiel en voorspelbaar (basis)inkomen'), bz('Inwoners doen mee door te werken of via een andere vorm van participatie'), ...KG_E2] },
  { programmeId: GS, goalId: 'g1', count: 2, goals: [kg('Inwoners hebben dezelfde rechten en kansen om mee te doen'), bz('Inwoners hebben een veilige thuissituatie')] },
  { programmeId: GS, goalId: 'g2', count: 1, goals: [gs('Inwoners hebben mensen om zich heen die zij kunnen steunen en/of waarop ze kunnen steunen (netwerken, informele en formele hulp, mantelzorg)')] },
  { programmeId: GS, goalId: 'g3', count: 1, goals: [gs('Inwoners zetten zich in voor elkaar en hun buurt')] },
  { programmeId: GS, goalId: 'g4', count: 2, goals: [kg('Kansen voor volwassenen op educatie, waaronder (digitale) geletterdheid'), gs('Inwoners krijgen laagdrempelig en tijdig vanuit stevige lokale teams samenhangende lichte vormen van ondersteuning aanvullend op eigen mogelijkheden en samenleving')] },
  { programmeId: GS, goalId: 'g5', count: 2, goals: [] },
  { programmeId: KG, goalId: 'g1', count: 2, goals: [gs('Inwoners leven in een gezonde leefomgeving'), bz('Inwoners hebben een veilige thuissituatie')] },
  { programmeId: KG, goalId: 'g2', count: 5, goals: [kg('Kinderen en jongeren groeien zoveel mogelijk thuis op'), kg('Geïndiceerde jeugdhulp is vooral beschikbaar voor kinderen met een complexe zorgbehoefte'), bz('Inwoners hebben een stabiel en voorspelbaar (basis)inkomen'), bz('Inwoners doen mee door te werken of via een andere vorm van participatie'), bz('Kinderen groeien op zonder geldzorgen')] },
  { programmeId: KG, goalId: 'g3', count: 5, goals: [kg('Kansen voor kinderen en jongeren in opvang en onderwijs'), kg('Kinderen en jongeren groeien zoveel mogelijk thuis op'), bz('Inwoners hebben een stabiel en voorspelbaar (basis)inkomen'), bz('Inwoners doen mee door te werken of via een andere vorm van participatie'), bz('Kinderen groeien op zonder geldzorgen')] },
  { programmeId: KG, goalId: 'g4', count: 5, goals: [kg('Kansen voor kinderen en jongeren in opvang en onderwijs'), kg('Geïndiceerde jeugdhulp is vooral beschikbaar voor kinderen met een complexe zorgbehoefte'), bz('Inwoners hebben een stabiel en voorspelbaar (basis)inkomen'), bz('Inwoners doen mee door te werken of via een andere vorm van participatie'), bz('Kinderen groeien op zonder geldzorgen')] },
  { programmeId: KG, goalId: 'g5', count: 2, goals: [gs('Inwoners kunnen zo zelfstandig mogelijk functioneren in een passende woonomgeving'), gs('Inwoners krijgen laagdrempelig en tijdig vanuit Sterke lokale teams (loket) samenhangende lichte vormen van ondersteuning aanvullend op eigen mogelijkheden en samenleving')] },
];
