/** Group E: cross-programme references (V25-V27), with inputs the model does not carry yet. */
import { describe, expect, it } from 'vitest';
import { deriveEffectLinks } from '../../../shared/validation/index.ts';
import { allProgrammes, BZ, findings, GS, KG, on, OVERLAPS, STATED_EFFECT_LINKS, withIndicator } from './fixtures.ts';

const all = allProgrammes();
const get = (id: string) => all.find((p) => p.id === id)!;
const others = (id: string) => all.filter((p) => p.id !== id);

describe('V25 delegated indicator', () => {
  it('is silent without the other programmes', () => {
    expect(findings(get(KG), 'V25')).toEqual([]);
  });

  it('flags KG "... na 18 maanden is geïntegreerd", delegated to BZ where it is "participeert ... binnen 1 jaar" (002:3436-3441 vs 1116-1137)', () => {
    const f = on(findings(get(KG), 'V25', { otherProgrammes: others(KG) }), 'g1-i2', 'indicator');
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]!.message).toContain('Bestaanszekerheid bieden');
    expect(f[0]!.message).toContain('18 maanden, daar 1 jaar');
  });

  it('passes when both programmes use the same definition', () => {
    const kg = withIndicator(get(KG), 'g1-i2', { indicator: '% inburgeringsplichtigen dat participeert naar vermogen', target: '' });
    expect(findings(kg, 'V25', { otherProgrammes: others(KG) })).toEqual([]);
  });

  it('flags a reference to a programme that does not exist', () => {
    const kg = withIndicator(get(KG), 'g1-i2', { baseline: 'Deze indicator wordt uitgewerkt in het Uitvoeringsprogramma Wonen.' });
    const f = findings(kg, 'V25', { otherProgrammes: others(KG) });
    expect(f.map((x) => [x.field, x.severity])).toEqual([['baseline', 'error']]);
  });
});

describe('V26 linked goals follow from the links', () => {
  const context = (id: string) => ({ otherProgrammes: others(id), statedEffectLinks: STATED_EFFECT_LINKS });

  it('derives symmetric links: E1 joins BZ doel 1, GS doel 1 and KG doel 1', () => {
    const links = deriveEffectLinks(all);
    expect(links.get(`${BZ}/g1`)!.map((g) => `${g.programme.id}/${g.goalId}`)).toEqual([`${GS}/g1`, `${KG}/g1`]);
    expect(links.get(`${GS}/g1`)!.map((g) => `${g.programme.id}/${g.goalId}`)).toEqual([`${BZ}/g1`, `${KG}/g1`]);
  });

  it('passes the paragraphs of BZ doel 1 to 4 (002:273-276, 750-757, 1036-1045, 1390-1397)', () => {
    expect(findings(get(BZ), 'V26', context(BZ))).toEqual([]);
  });

  it('flags GS doel 1, which calls BZ doel 1 "Inwoners hebben een veilige thuissituatie" (002:1659)', () => {
    const f = on(findings(get(GS), 'V26', context(GS)), 'g1');
    expect(f[0]?.message).toContain('"Inwoners hebben een veilige thuissituatie" is geen doel bij dit effect');
    expect(f[0]?.message).toContain('Inwoners wonen in een veilige en beschermde omgeving');
  });

  it('flags GS doel 5, whose paragraph announces two goals and lists none (002:2927-2929)', () => {
    expect(on(findings(get(GS), 'V26', context(GS)), 'g5')[0]?.message).toContain('ontbreekt in de opsomming');
  });

  it('flags KG doel 5, which writes "Sterke lokale teams (loket)" for "Stevige lokale teams" (002:4100 vs 2973)', () => {
    expect(on(findings(get(KG), 'V26', context(KG)), 'g5')).toHaveLength(1);
  });

  it('without the other programmes only checks goals of its own programme', () => {
    const f = findings(get(GS), 'V26', { statedEffectLinks: STATED_EFFECT_LINKS });
    expect(f.map((x) => x.entityId)).toEqual([]);
  });
});

describe('V27 overlap lists are mirrored', () => {
  it('passes Bestaanszekerheid, whose lists match GS (002:251-256 vs 1617-1627) and KG', () => {
    expect(findings(get(BZ), 'V27', { overlaps: OVERLAPS })).toEqual([]);
  });

  it('flags KG topics that GS does not list (002:3385, 3391 vs 1630-1643)', () => {
    const f = findings(get(KG), 'V27', { overlaps: OVERLAPS });
    expect(f).toHaveLength(1);
    expect(f[0]!.field).toBe(`overlaps:${GS}`);
    expect(f[0]!.message).toContain('"Jeugdgezondheidszorg"');
    expect(f[0]!.message).toContain('daar staat "Ontwikkeling stevige lokale teams"');
  });

  it('flags a list without a mirror', () => {
    const lists = OVERLAPS.filter((l) => !(l.programmeId === GS && l.partnerProgrammeId === BZ));
    expect(findings(get(BZ), 'V27', { overlaps: lists })[0]?.message).toContain('geen lijst terug');
  });
});
