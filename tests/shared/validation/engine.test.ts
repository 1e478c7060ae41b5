/**
 * The engine never throws, whatever the document holds; keys are stable and unique; the
 * order of findings does not depend on the order rules run in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES, validateProgramme, Validator, type ValidationContext } from '../../../shared/validation/index.ts';
import { allProgrammes, fullContext, programme, KG } from './fixtures.ts';

const STRINGS = ['', ' ', '1.115', 'Maximaal 3,6%', 'Nulmeting in 2025', '€ 4.000,-', 'n.v.t.', '11.', '💥'.repeat(50), 'x'.repeat(30_000), '%'.repeat(500), 'Tussen de 80% en 78%', 'met 150% verminderen', 'Jongeren: 1; Ouderen: 2', '__proto__', 'constructor'];
const NUMBERS = [0, -1, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, 2025.5, Number.MAX_SAFE_INTEGER];
const KEYS = ['id', 'code', 'title', 'text', 'indicator', 'baseline', 'target', 'source', 'unit', 'goals', 'indicators', 'subGoals', 'results', 'activities', 'societalEffect', 'period', 'baselineValue', 'measurableFrom', 'direction', 'status'];

/** Garbage in the shape of a programme: random strings, nulls, huge numbers, wrong types. */
const garbage: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 4, depthSize: 'small' },
    fc.constantFrom(...STRINGS),
    fc.constantFrom(...NUMBERS),
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.record(Object.fromEntries(KEYS.map((k) => [k, tie('value')])), { requiredKeys: [] }),
  ),
})).value;

/** A real programme with random fields replaced by garbage: each place draws (chance, replacement). */
const damaged: fc.Arbitrary<unknown> = fc
  .array(fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), garbage), { minLength: 400, maxLength: 400 })
  .map((draws) => {
    let next = 0;
    const draw = () => draws[next++ % draws.length]!;
    const p = structuredClone(programme(KG)) as unknown as Record<string, unknown>;
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) {
        node.forEach((child, i) => {
          const [chance, replacement] = draw();
          if (chance < 0.05) node[i] = replacement;
          else visit(child);
        });
      } else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        for (const k of Object.keys(o)) {
          const [chance, replacement] = draw();
          if (chance < 0.08) o[k] = replacement;
          else visit(o[k]);
        }
      }
    };
    visit(p);
    return p;
  });

describe('the engine never throws', () => {
  // fast-check prints the seed and the shrunk document when a property fails.
  it('on random garbage documents', () => {
    fc.assert(
      fc.property(garbage, (doc) => {
        const f = validateProgramme(doc as never, { today: '2026-03-01' });
        expect(Array.isArray(f)).toBe(true);
        expect(f.filter((x) => x.entityKind === 'engine')).toEqual([]);
      }),
      { seed: 1, numRuns: 300 },
    );
  });

  it('on real programmes with random fields damaged, with and without context', () => {
    const others = allProgrammes();
    fc.assert(
      fc.property(damaged, fc.boolean(), garbage, garbage, (doc, withContext, priorities, overlaps) => {
        const context: ValidationContext = withContext ? { otherProgrammes: others, today: '2026-03-01', overlaps: overlaps as never } : {};
        expect(() => validateProgramme({ ...(doc as object), priorities } as never, context)).not.toThrow();
      }),
      { seed: 2, numRuns: 150 },
    );
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

  it('come from rules with unique ids, V1-V27 and V36-V42 except the V38 gate', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('V28');
    expect(ids).toContain('V39');
    expect(ids).toEqual(expect.arrayContaining(['V40', 'V41', 'V42']));
  });
});
