/**
 * The three seeded programmes end to end, with all context the seeds and the source text give.
 * Prints the number of findings per rule per programme (the table in the report to the lead)
 * and pins the problems the source document really has.
 */
import { describe, expect, it } from 'vitest';
import { validateProgramme, type Finding } from '../../../shared/validation/index.ts';
import { allProgrammes, BZ, fullContext, GS, KG } from './fixtures.ts';

const all = allProgrammes();
const results = new Map<string, Finding[]>(all.map((p) => [p.id, validateProgramme(p, fullContext(p, all))]));

function table(): string {
  const rules = [...new Set([...results.values()].flatMap((f) => f.map((x) => x.ruleId)))].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  const cell = (id: string, rule: string) => {
    const f = results.get(id)!.filter((x) => x.ruleId === rule);
    const by = (s: string) => f.filter((x) => x.severity === s).length;
    return f.length === 0 ? '-' : `${f.length} (${by('error')}f/${by('warning')}w/${by('info')}i)`;
  };
  const ids = [BZ, GS, KG];
  const lines = [`rule  ${ids.map((id) => id.padEnd(20)).join('')}`];
  for (const rule of rules) lines.push(`${rule.padEnd(6)}${ids.map((id) => cell(id, rule).padEnd(20)).join('')}`);
  lines.push(`total ${ids.map((id) => String(results.get(id)!.length).padEnd(20)).join('')}`);
  return lines.join('\n');
}

describe('the seeded programmes end to end', () => {
  it('validate without internal errors and print the findings per rule', () => {
    console.log(`findings per rule (f = fout, w = waarschuwing, i = info), context: other programmes, the ASD priorities as rows of the programmes, today 2026-03-01, overlap lists and effect paragraphs from the source\n${table()}`);
    for (const f of results.values()) expect(f.filter((x) => x.entityKind === 'engine')).toEqual([]);
  });

  it.each([
    [BZ, 'V9', 'g4-i1', 'national figure as baseline (002:1417)'],
    [BZ, 'V14', 'g3-i4', 'met/zonder startkwalificatie (002:1082-1090)'],
    [BZ, 'V17', 'g4-s1-r1', 'goal 2,3% vs result 3,6% (002:1425 vs 1453)'],
    [BZ, 'V36', 'p2', 'ASD ranks "Doel 4", not a result (priority row p2)'],
    [GS, 'V13', 'g1-i2', 'Volwassenen 75% -> 72% (002:1683 vs 1687)'],
    [GS, 'V19', 'g2-i2', 'percentage indicator, count baseline (002:2293-2304)'],
    [GS, 'V20', 'g3-i2', '3% of 1.115/10.996 (002:2483)'],
    [GS, 'V22', 'g2-i2', '57 t/m mei (002:2301)'],
    [GS, 'V23', 'g3-i2', 'ambiguous 1.115'],
    [GS, 'V26', 'g1', '"Inwoners hebben een veilige thuissituatie" (002:1659)'],
    [KG, 'V13', 'g5-i1', 'stijgt vs behouden of verlagen (002:4114 vs 4130)'],
    [KG, 'V14', 'g2-i1', 'zonder extra ondersteuning vs kan niet mee komen (002:3549-3562)'],
    [KG, 'V15', 'g4-i1', 'relative target on stock and part-year baseline (002:3996-4011)'],
    [KG, 'V25', 'g1-i2', '18 maanden vs binnen 1 jaar (002:3436-3441)'],
    [KG, 'V27', KG, 'Jeugdgezondheidszorg not mirrored (002:3385)'],
  ])('%s %s on %s: %s', (programmeId, rule, entityId) => {
    expect(results.get(programmeId)!.filter((f) => f.ruleId === rule && f.entityId === entityId)).not.toEqual([]);
  });

  it('finds no error in the cells the documents got right', () => {
    const clean = [
      [BZ, 'g2-i1'],
      [BZ, 'g2-i3'],
      [GS, 'g2-i1'],
      [GS, 'g3-i1'],
    ] as const;
    for (const [id, entity] of clean) expect(results.get(id)!.filter((f) => f.entityId === entity && f.severity === 'error')).toEqual([]);
  });
});
