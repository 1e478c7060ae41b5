/** Group A: identity and structure (V1-V6), on the real programmes where they have a case. */
import { describe, expect, it } from 'vitest';
import { validateProgramme } from '../../../shared/validation/index.ts';
import { allProgrammes, BZ, findings, fullContext, GS, KG, on, programme, tiny, withGoal, withResult } from './fixtures.ts';

describe('V1 unique ids and codes', () => {
  it('passes Kansengelijkheid, whose result codes run 1.1 .. 5.11 without gaps', () => {
    expect(findings(programme(KG), 'V1')).toEqual([]);
  });

  it('flags Bestaanszekerheid 2.3: volgnummer 3 repeats 1.3 and the numbering goes back after 1.8', () => {
    const f = on(findings(programme(BZ), 'V1'), 'g2-s1-r1', 'code');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.message).toContain('volgnummer 3 is ook gebruikt in 1.3');
    expect(f[0]!.message).toContain('loopt niet op (na 1.8)');
  });

  it('reports a duplicate id as an error', () => {
    const p = withResult(programme(KG), 'g2-s1-r2', { id: 'g2-s1-r1' });
    const f = findings(p, 'V1').filter((x) => x.severity === 'error');
    expect(f.map((x) => x.entityId)).toEqual(['g2-s1-r1']);
  });

  it('reports a gap in goal numbers and a result code that does not match its goal', () => {
    const p = tiny();
    p.goals.push({ ...structuredClone(p.goals[0]!), id: 'g3', code: '3', subGoals: [] });
    p.goals[0]!.subGoals[0]!.results[0]!.code = '2.1';
    const f = findings(p, 'V1');
    expect(on(f, 'g3', 'code')[0]?.message).toContain('nummer 2 ontbreekt');
    expect(on(f, 'g1-s1-r1', 'code')[0]?.message).toContain('doelnummer 2 past niet bij doel 1');
  });
});

describe('V2 mandatory parents', () => {
  it('passes the seeded programmes', () => {
    for (const p of allProgrammes()) expect(findings(p, 'V2')).toEqual([]);
  });

  it('flags a goal without societal effect', () => {
    const f = findings(withGoal(programme(BZ), 'g2', { societalEffect: ' ' }), 'V2');
    expect(f.map((x) => [x.entityId, x.field, x.severity])).toEqual([['g2', 'societalEffect', 'error']]);
  });

  it('flags an effect that is not in the adopted list', () => {
    const effects = ['Inwoners ervaren bestaanszekerheid, gelijke kansen en doen mee naar vermogen.'];
    expect(findings(programme(BZ), 'V2', { effects }).map((x) => x.entityId)).toEqual(['g1']);
  });
});

describe('V3 effect titles are not retyped', () => {
  const all = allProgrammes();
  it('passes Bestaanszekerheid, which writes the effects as most programmes do', () => {
    const p = all.find((x) => x.id === BZ)!;
    expect(findings(p, 'V3', { otherProgrammes: all })).toEqual([]);
  });

  it('notes Gezond Samenleven doel 1, whose effect lacks the final full stop (002:1652 vs 271)', () => {
    const p = all.find((x) => x.id === GS)!;
    const f = findings(p, 'V3', { otherProgrammes: all });
    expect(f.map((x) => [x.entityId, x.severity])).toEqual([['g1', 'info']]);
  });

  it('flags a reworded effect as an error', () => {
    const p = withGoal(all.find((x) => x.id === KG)!, 'g1', {
      societalEffect: 'Inwoners ervaren hun gezondheid en veerkracht als voldoende om met de fysieke en sociale uitdagingen in het leven om te gaan.',
    });
    const f = on(findings(p, 'V3', { otherProgrammes: all }), 'g1');
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0]!.message).toContain('wijkt af van');
  });
});

describe('V4 results have an indicator and a source', () => {
  it('passes result 1.1 of Bestaanszekerheid', () => {
    expect(on(findings(programme(BZ), 'V4'), 'g1-s1-r1')).toEqual([]);
  });

  it('flags result 1.5 "n.v.t. n.v.t." without reason (002:704)', () => {
    const f = on(findings(programme(BZ), 'V4'), 'g1-s2-r3-i1', 'text');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('zonder reden');
  });

  it('accepts "n.v.t." with a reason', () => {
    const p = programme(BZ);
    p.goals[0]!.subGoals[1]!.results[2]!.indicators[0]!.text = 'n.v.t.: het hybride team is een eenmalige oprichting';
    expect(on(findings(p, 'V4'), 'g1-s2-r3-i1')).toEqual([]);
  });

  it('flags Gezond Samenleven result 1.1, which has a source but no indicator', () => {
    const f = on(findings(programme(GS), 'V4'), 'g1-s1-r1');
    expect(f.map((x) => [x.field, x.severity])).toEqual([[null, 'warning']]);
  });

  it('flags a result with an indicator but no source (Kansengelijkheid 2.3)', () => {
    expect(on(findings(programme(KG), 'V4'), 'g2-s1-r2', 'source')).toHaveLength(1);
  });
});

describe('V5 sub-goals have results, results have activities', () => {
  it('counts the activities of the uitwerking for its results (Minder thuiszitters)', () => {
    const f = findings(programme(KG), 'V5');
    expect(on(f, 'g2-s2-r1')).toEqual([]);
    expect(on(f, 'g1-s1-r1').map((x) => x.severity)).toEqual(['info']);
  });

  it('makes a result without activity a warning once the cost exercise requires it', () => {
    expect(on(findings(programme(KG), 'V5', { requireActivities: true }), 'g1-s1-r1').map((x) => x.severity)).toEqual(['warning']);
  });

  it('flags an uitwerking without results', () => {
    const p = tiny();
    p.goals[0]!.subGoals[0]!.results = [];
    expect(on(findings(p, 'V5'), 'g1-s1').map((x) => x.severity)).toEqual(['warning']);
  });
});

describe('V6 no empty rows', () => {
  it('passes the seeded programmes', () => {
    for (const p of allProgrammes()) expect(findings(p, 'V6')).toEqual([]);
  });

  it('flags the numbered but empty activity "11." (002:3866)', () => {
    const p = programme(KG);
    p.goals[1]!.subGoals[1]!.activities.push({ id: 'a11', text: '11. ', kind: 'new' });
    expect(findings(p, 'V6').map((x) => [x.entityId, x.field])).toEqual([['a11', 'text']]);
  });

  it('flags an indicator row with values but no description', () => {
    const f = findings(tiny({ indicator: '' }), 'V6');
    expect(f[0]?.message).toContain('geen omschrijving');
  });

  it('is quiet when the full context is given too (no cross-programme side effects)', () => {
    const p = programme(GS);
    expect(validateProgramme(p, fullContext(p)).filter((x) => x.ruleId === 'V6')).toEqual([]);
  });
});
