/**
 * The finance rules V28-V35 (shared/validation/budget/) on the plans of three municipalities and
 * on small plans made to break one rule each: every message Dutch, on the line, year or
 * movement it is about.
 */
import { describe, expect, it } from 'vitest';
import { euros } from '../../../shared/budget/money.ts';
import type { Programme } from '../../../shared/model/types.ts';
import { validateBudget } from '../../../shared/validation/index.ts';
import { DRONTEN, HEUVELLAND, RIVIERSTAD, budgetPlan, type PlanSpec } from '../budget/fixtures.ts';

const keys = (spec: PlanSpec, programmes?: Programme[]) => validateBudget(budgetPlan(spec), programmes ? { programmes } : {}).map((f) => f.key);
const find = (spec: PlanSpec, key: string) => validateBudget(budgetPlan(spec)).find((f) => f.key === key);

const SMALL: PlanSpec = {
  id: 'begroting-klein',
  name: 'Klein plan',
  municipality: 'Proefdorp',
  periodStart: 2024,
  periodEnd: 2025,
  fundingSource: 'POK-middelen, decembercirculaire 2021',
  lines: [
    { id: 'pot', fields: { label: 'POK-middelen' }, cells: { 2024: { beschikbaar: 100_000 }, 2025: { beschikbaar: 100_000 } } },
    { id: 'a', fields: { label: 'Schuldhulp' }, cells: { 2024: { gereserveerd: 60_000 } } },
  ],
};

describe('finance rules on the three municipalities', () => {
  it('Dronten: the table agrees with its typed totals; only the unlabelled € 50.000 row is an error', () => {
    const findings = validateBudget(budgetPlan(DRONTEN));
    expect(findings.map((f) => `${f.ruleId} ${f.severity} ${f.entityId} ${f.field}`)).toEqual(['V30 error t2-toekomst label']);
    expect(findings[0]!.message).toBe('Deze regel heeft bedragen (samen € 50.000) maar geen omschrijving. Geef de regel een naam, zodat te zien is waar het geld voor is.');
  });

  it('Heuvelland: hours, carry-over and reservation, all decided: no findings', () => {
    expect(keys(HEUVELLAND)).toEqual([]);
  });

  it('Rivierstad: spending in 2027, past the period to 2026, without a decision is a warning', () => {
    const findings = validateBudget(budgetPlan(RIVIERSTAD));
    expect(findings.map((f) => f.key)).toEqual(['V33|wijk|jaar:2027']);
    expect(findings[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('"Wijkteams": in 2027 staat € 50.000, buiten de periode van de middelen (2023-2026)') });
    const covered: PlanSpec = {
      ...RIVIERSTAD,
      movements: [...RIVIERSTAD.movements!, { type: 'carryOver', lineId: 'wijk', year: 2026, toYear: 2027, amount: euros(1), decisionBody: 'raad', decisionDate: '2026-11-10', decisionNumber: 'RV-2026-88' }],
    };
    expect(keys(covered)).not.toContain('V33|wijk|jaar:2027');
  });
});

describe('V28 typed totals', () => {
  it('flags a stated line total and a stated grand total that differ from the sums, naming both amounts', () => {
    const spec: PlanSpec = {
      ...DRONTEN,
      lines: DRONTEN.lines.map((l) => (l.id === 't2-bso' ? { ...l, stated: { gereserveerd: 47_000 } } : l)),
      statedTotal: { gereserveerd: 403_000 },
    };
    const line = find(spec, 'V28|t2-bso|totaal:gereserveerd')!;
    expect(line.message).toBe(
      'Het opgegeven totaal gereserveerd (€ 47.000) wijkt af van de som van de jaren van "Effectievere ondersteuning inwoners / BSO+ voorziening" (€ 47.600): € 600 te weinig. Een totaal wordt berekend, niet getypt: controleer de bedragen of het totaal in de bron.',
    );
    expect(find(spec, 'V28|begroting-pok-dronten|totaal:gereserveerd')!.message).toContain('(€ 403.000) wijkt af van de som van alle regels (€ 403.600)');
  });

  it('reads a theme’s typed total without cells of its own as its subtotal', () => {
    const spec: PlanSpec = { ...DRONTEN, lines: DRONTEN.lines.map((l) => (l.id === 't2' ? { ...l, stated: { gereserveerd: 123_000 } } : l)) };
    expect(find(spec, 'V28|t2|totaal:gereserveerd')!.message).toContain('(€ 123.000) wijkt af van de som van "Effectievere ondersteuning inwoners" en zijn onderdelen (€ 123.600)');
  });

  it('checks a typed total against the cells only: a later reservation does not make the source wrong', () => {
    const spec: PlanSpec = { ...DRONTEN, movements: [{ type: 'reservation', lineId: 't3', year: 2023, amount: euros(5_000), decisionBody: 'college', decisionDate: '2023-04-04' }] };
    expect(keys(spec)).toEqual(['V30|t2-toekomst|label']);
  });
});

describe('V29 over-allocation', () => {
  it('per year for the plan, and cumulatively once', () => {
    const spec: PlanSpec = { ...SMALL, lines: [...SMALL.lines, { id: 'b', fields: { label: 'Huiskamer' }, cells: { 2024: { toegekend: 50_000 } } }] };
    const findings = validateBudget(budgetPlan(spec));
    expect(findings.map((f) => f.key)).toEqual(['V29|begroting-klein|cumulatief:2024', 'V29|begroting-klein|jaar:2024']);
    expect(findings[1]!.message).toBe('In 2024 is € 110.000 gereserveerd en toegekend, maar is er € 100.000 beschikbaar: € 10.000 te veel. Verlaag een reservering of toekenning, of leg een verschuiving naar deze regels vast.');
  });

  it('per year only, when earlier years left enough: then it asks for the carry-over', () => {
    const spec: PlanSpec = { ...SMALL, lines: [SMALL.lines[0]!, { id: 'a', fields: { label: 'Schuldhulp' }, cells: { 2025: { gereserveerd: 130_000 } } }] };
    const findings = validateBudget(budgetPlan(spec));
    expect(findings.map((f) => f.key)).toEqual(['V29|begroting-klein|jaar:2025']);
    expect(findings[0]!.message).toContain('€ 30.000 te veel. Uit eerdere jaren is genoeg over: leg een overheveling naar 2025 vast.');
  });

  it('counts carry-over: what is carried out of a year is not available in it, and is in the next', () => {
    const over: PlanSpec = {
      ...SMALL,
      movements: [{ type: 'carryOver', lineId: 'pot', year: 2024, amount: euros(50_000), decisionBody: 'college', decisionDate: '2024-12-01' }],
    };
    expect(keys(over)).toEqual(['V29|begroting-klein|cumulatief:2024', 'V29|begroting-klein|jaar:2024']);
    const next: PlanSpec = { ...over, lines: [SMALL.lines[0]!, { id: 'a', fields: { label: 'Schuldhulp' }, cells: { 2025: { gereserveerd: 150_000 } } }] };
    expect(keys(next)).toEqual([]);
  });

  it('checks a line that has money of its own, not a theme that draws on the plan', () => {
    const spec: PlanSpec = {
      ...SMALL,
      lines: [SMALL.lines[0]!, { id: 'eigen', fields: { label: 'Eigen budget' }, cells: { 2024: { beschikbaar: 10_000, toegekend: 12_000 } } }],
    };
    expect(keys(spec)).toEqual(['V29|eigen|jaar:2024']);
    expect(find(spec, 'V29|eigen|jaar:2024')!.message).toBe('"Eigen budget": in 2024 is € 12.000 gereserveerd en toegekend, maar is er € 10.000 beschikbaar: € 2.000 te veel.');
  });
});

describe('V30 year and labelled line', () => {
  it('flags an amount outside the table’s years, and a movement without its line, year or amount', () => {
    const spec: PlanSpec = {
      ...SMALL,
      lines: [...SMALL.lines, { id: 'later', fields: { label: 'Later' }, cells: { 2031: { besteed: 1_000 } } }],
      movements: [{ type: 'reservation', decisionBody: 'college', decisionDate: '2024-01-01' }, { type: 'transfer', lineId: 'pot', toLineId: 'pot', year: 2024, amount: 1, decisionBody: 'college', decisionDate: '2024-01-01' }, {}],
    };
    const findings = validateBudget(budgetPlan(spec));
    const v30 = findings.filter((f) => f.ruleId === 'V30').map((f) => [f.entityKind, f.field, f.message]);
    expect(v30).toEqual([
      ['budgetLine', 'jaar:2031', 'Er staat een bedrag in 2031, buiten de jaren van de tabel (2024-2025). Zet het in een jaar van de tabel, of verruim de jaren van het plan.'],
      ['budgetMovement', 'amount', 'Deze reservering heeft geen bedrag. Vul het bedrag in.'],
      ['budgetMovement', 'lineId', 'Deze reservering hoort bij geen regel. Kies de regel.'],
      ['budgetMovement', 'year', 'Deze reservering heeft geen jaar. Vul het jaar in.'],
      ['budgetMovement', 'toLineId', 'Deze verschuiving gaat naar dezelfde regel als waar hij vandaan komt.'],
      ['budgetMovement', 'type', 'Kies de soort mutatie: reservering, verschuiving of overheveling.'],
    ]);
  });

  it('flags cells of a line that is gone', () => {
    const plan = budgetPlan(SMALL);
    const findings = validateBudget({ ...plan, amounts: [...plan.amounts, { lineId: 'weg', year: 2024, soort: 'besteed', value: 5 }] });
    expect(findings.map((f) => f.key)).toEqual(['V30|begroting-klein|regel:weg']);
  });
});

describe('V31 carry-over', () => {
  it('refuses to carry on more than is left, and a carry-over without its decision', () => {
    const spec: PlanSpec = {
      ...SMALL,
      lines: [{ id: 'pot', fields: { label: 'POK-middelen' }, cells: { 2024: { beschikbaar: 100_000, besteed: 80_000 }, 2025: { beschikbaar: 100_000 } } }],
      movements: [{ type: 'carryOver', lineId: 'pot', year: 2024, amount: euros(30_000) }],
    };
    const findings = validateBudget(budgetPlan(spec));
    expect(findings.map((f) => [f.key, f.severity])).toEqual([
      ['V31|pot|jaar:2024', 'error'],
      [expect.stringMatching(/^V31\|.+\|decisionDate$/), 'error'],
    ]);
    expect(findings[0]!.message).toBe('"POK-middelen": uit 2024 wordt € 30.000 overgeheveld, maar er is maar € 20.000 over (beschikbaar plus wat erin kwam, min wat besteed is). Verlaag de overheveling.');
  });

  it('warns about a reservation or transfer without a decision, and refuses a carry-over backwards', () => {
    const spec: PlanSpec = {
      ...SMALL,
      movements: [
        { type: 'reservation', lineId: 'a', year: 2025, amount: 1 },
        { type: 'carryOver', lineId: 'pot', year: 2025, toYear: 2024, amount: 1, decisionBody: 'college', decisionDate: '2025-01-01' },
      ],
    };
    const findings = validateBudget(budgetPlan(spec)).filter((f) => f.ruleId === 'V31');
    expect(findings.map((f) => [f.field, f.severity])).toEqual([
      ['decisionDate', 'warning'],
      ['toYear', 'error'],
    ]);
  });
});

describe('V32 co-financing', () => {
  it('Dronten’s half-and-half passes; 50% alone, or a share without its source, does not', () => {
    expect(keys(DRONTEN).filter((k) => k.startsWith('V32'))).toEqual([]);
    const half: PlanSpec = { ...DRONTEN, shares: [{ line: 't2-casus', source: 'POK-middelen', basisPoints: 5000 }, { line: 't2-casus', source: ' ', basisPoints: 4000 }] };
    const findings = validateBudget(budgetPlan(half)).filter((f) => f.ruleId === 'V32');
    expect(findings.map((f) => [f.entityKind, f.field])).toEqual([
      ['budgetLine', 'cofinanciering'],
      ['budgetShare', 'source'],
    ]);
    expect(findings[0]!.message).toBe('De cofinanciering van "Effectievere ondersteuning inwoners / Casusmanagementsysteem" telt op tot 90%, niet tot 100%. Pas de aandelen aan.');
  });
});

describe('V34 and V35', () => {
  it('V34: one circular named with two years is a warning', () => {
    const spec: PlanSpec = { ...SMALL, lines: [{ ...SMALL.lines[0]!, fields: { label: 'POK-middelen', note: 'Volgens de decembercirculaire 2022.' } }, SMALL.lines[1]!] };
    expect(find(spec, 'V34|begroting-klein|fundingSource')!.message).toBe('Het plan noemt de decembercirculaire van 2021 en 2022. Controleer welke het is en noem hem overal hetzelfde.');
  });

  it('V35: links to rows that exist; a goal’s linked cost equals what is linked below it', () => {
    const programme = {
      id: 'bestaanszekerheid',
      name: 'Bestaanszekerheid bieden',
      goals: [{ id: 'g1', code: 'Doel 1', subGoals: [{ id: 's1', activities: [], results: [{ id: 'r-wijkteam', activities: [{ id: 'a1' }] }] }] }],
    } as unknown as Programme;
    expect(keys(RIVIERSTAD, [programme])).toEqual(['V33|wijk|jaar:2027', expect.stringMatching(/^V35\|.+\|programmeId$/)]);
    const both: PlanSpec = { ...RIVIERSTAD, links: [{ line: 'wijk', programmeId: 'bestaanszekerheid', rowId: 'r-wijkteam', basisPoints: 6000 }, { line: 'wijk', programmeId: 'bestaanszekerheid', rowId: 'g1', basisPoints: 5000 }] };
    const findings = validateBudget(budgetPlan(both), { programmes: [programme] });
    expect(findings.find((f) => f.field === 'doel:bestaanszekerheid/g1')!.message).toBe(
      'Aan Doel 1 van Bestaanszekerheid bieden is € 340.000 gekoppeld, maar aan de uitwerkingen, resultaten en activiteiten eronder samen € 408.000. Koppel het geld op één niveau, of laat de bedragen kloppen.',
    );
  });
});

describe('the engine', () => {
  it('turns a crashing rule into an error finding instead of throwing', () => {
    const plan = budgetPlan(SMALL);
    const broken = { ...plan, movements: null } as unknown as typeof plan;
    const findings = validateBudget(broken);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.entityKind === 'engine' && f.severity === 'error')).toBe(true);
  });
});
