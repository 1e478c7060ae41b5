/**
 * The engine never throws, whatever the document holds; keys are stable and unique; the
 * order of findings does not depend on the order rules run in.
 */
import { describe, expect, it } from 'vitest';
import { RULES, validateProgramme, Validator, type ValidationContext } from '../../../shared/validation/index.ts';
import { allProgrammes, fullContext, programme, KG } from './fixtures.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Garbage in the shape of a programme: random strings, nulls, huge numbers, wrong types. */
function garbage(random: () => number, depth = 0): unknown {
  const pick = random();
  const strings = ['', ' ', '1.115', 'Maximaal 3,6%', 'Nulmeting in 2025', '€ 4.000,-', 'n.v.t.', '11.', '💥'.repeat(50), 'x'.repeat(30_000), '%'.repeat(500), 'Tussen de 80% en 78%', 'met 150% verminderen', 'Jongeren: 1; Ouderen: 2', '__proto__', 'constructor'];
  const numbers = [0, -1, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, 2025.5, Number.MAX_SAFE_INTEGER];
  if (pick < 0.25) return strings[Math.floor(random() * strings.length)];
  if (pick < 0.4) return numbers[Math.floor(random() * numbers.length)];
  if (pick < 0.48) return null;
  if (pick < 0.52) return undefined;
  if (pick < 0.56) return random() < 0.5;
  if (depth > 3) return {};
  if (pick < 0.75) return Array.from({ length: Math.floor(random() * 4) }, () => garbage(random, depth + 1));
  const keys = ['id', 'code', 'title', 'text', 'indicator', 'baseline', 'target', 'source', 'unit', 'goals', 'indicators', 'subGoals', 'results', 'activities', 'societalEffect', 'period', 'baselineValue', 'measurableFrom', 'direction', 'status'];
  const o: Record<string, unknown> = {};
  for (const k of keys) if (random() < 0.5) o[k] = garbage(random, depth + 1);
  return o;
}

/** A real programme with random fields replaced by garbage. */
function damaged(random: () => number): unknown {
  const p = structuredClone(programme(KG)) as unknown as Record<string, unknown>;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => (random() < 0.05 ? (node[i] = garbage(random, 2)) : visit(child)));
    } else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        if (random() < 0.08) o[k] = garbage(random, 2);
        else visit(o[k]);
      }
    }
  };
  visit(p);
  return p;
}

describe('the engine never throws', () => {
  it('on random garbage documents', () => {
    const random = rng(1);
    for (let i = 0; i < 300; i++) {
      const doc = garbage(random);
      const f = validateProgramme(doc as never, { today: '2026-03-01' });
      expect(Array.isArray(f)).toBe(true);
      expect(f.filter((x) => x.entityKind === 'engine')).toEqual([]);
    }
  });

  it('on real programmes with random fields damaged, with and without context', () => {
    const random = rng(2);
    const others = allProgrammes();
    for (let i = 0; i < 150; i++) {
      const doc = damaged(random) as never;
      const context: ValidationContext = random() < 0.5 ? {} : { otherProgrammes: others, today: '2026-03-01', priorities: garbage(random) as never, overlaps: garbage(random) as never };
      expect(() => validateProgramme(doc, context)).not.toThrow();
    }
  });

  it.each([null, undefined, 42, 'programma', [], { goals: 'veel' }, { goals: [null, 1, 'x'] }])('on %j', (input) => {
    expect(validateProgramme(input as never)).toEqual(expect.any(Array));
  });

  it('turns a crash in a rule into an internal finding instead of throwing', () => {
    const context = {} as ValidationContext;
    Object.defineProperty(context, 'overlaps', { get: () => { throw new Error('kapot'); } });
    const f = validateProgramme(programme(KG), context);
    const internal = f.filter((x) => x.entityKind === 'engine');
    expect(internal.map((x) => x.ruleId)).toEqual(['V27']);
    expect(internal[0]!.severity).toBe('error');
    expect(internal[0]!.message).toContain('kapot');
    // The other rules still ran.
    expect(f.some((x) => x.ruleId === 'V20' || x.ruleId === 'V8')).toBe(true);
  });

  it('survives a programme whose getters throw', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boem'); } });
    const f = new Validator().validate(hostile as never);
    expect(f).toHaveLength(1);
    expect(f[0]!.entityKind).toBe('engine');
  });
});

describe('findings', () => {
  it('have unique, stable keys of ruleId|entityId|field', () => {
    for (const p of allProgrammes()) {
      const f = validateProgramme(p, fullContext(p));
      expect(new Set(f.map((x) => x.key)).size).toBe(f.length);
      for (const x of f) expect(x.key).toBe(`${x.ruleId}|${x.entityId}|${x.field ?? ''}`);
    }
  });

  it('are the same on a second run and come in document order', () => {
    const p = programme(KG);
    const a = validateProgramme(p, fullContext(p));
    const b = validateProgramme(structuredClone(p), fullContext(p));
    expect(b).toEqual(a);
    const order = ['programme', 'g1', 'g1-i1', 'g1-i2', 'g1-s1', 'g1-s1-r1'];
    const seen = a.map((x) => (x.entityKind === 'programme' ? 'programme' : x.entityId)).filter((id) => order.includes(id));
    expect(seen).toEqual([...seen].sort((x, y) => order.indexOf(x) - order.indexOf(y)));
  });

  it('carry a Dutch message and a known severity', () => {
    const p = programme(KG);
    for (const x of validateProgramme(p, fullContext(p))) {
      expect(['error', 'warning', 'info']).toContain(x.severity);
      expect(x.message.length).toBeGreaterThan(20);
    }
  });

  it('come from rules with unique ids, V1-V27 and V36-V39 except the V38 gate', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('V28');
    expect(ids).toContain('V39');
  });
});
