/**
 * What the council document says around the tables, which the programme model does not carry
 * yet: column-header years, overlap lists and the "Aan dit maatschappelijk effect zijn nog ...
 * doelen gekoppeld" sentences. Facts from sources/002, used as validation context until the
 * framework document (effects, overlaps) exists.
 */
import type { OverlapList, StatedEffectLink, ValidationContext } from '../validation/index.ts';
import type { Programme } from '../model/types.ts';

const BZ = 'bestaanszekerheid';
const GS = 'gezond-samenleven';
const KG = 'kansengelijkheid';

/**
 * The goal tables' column header: "Nulmeting 2025" in BZ doel 2-4 and all of GS, plain
 * "Nulmeting" in BZ doel 1 and all of KG (002:281, 762, 1047, 1404, 1665 ... 3420, 3548, 3890).
 */
export const HEADER_YEARS: Record<string, Record<string, number | null>> = {
  [BZ]: { g1: null },
  [KG]: { g1: null, g2: null, g3: null, g4: null, g5: null },
};

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

/** Everything the seeds and the source text give a rule: other programmes and context. */
export function sourceValidationContext(programme: Programme, all: readonly Programme[], today: string): ValidationContext {
  return {
    otherProgrammes: all.filter((o) => o.id !== programme.id),
    today,
    overlaps: OVERLAPS,
    statedEffectLinks: STATED_EFFECT_LINKS,
    nominalBaselineYears: HEADER_YEARS[programme.id] ?? {},
  };
}
