/**
 * V18: the unit is declared and values fit it: percentages 0-100, counts whole and not negative,
 * money not negative. A relative decrease of more than 100% is impossible.
 */
import type { Unit } from '../../indicator/types.ts';
import { finding } from '../finding.ts';
import type { EntityRule, Finding } from '../types.ts';
import { measureUnit, num } from './helpers.ts';

function problem(value: number, unit: Unit | null): string | null {
  if (unit === '%' && (value < 0 || value > 100)) return `${num(value, '%')} ligt niet tussen 0% en 100%`;
  if (unit === 'aantal' && (value < 0 || !Number.isInteger(value))) return `${num(value)} is geen heel, niet-negatief aantal`;
  if ((unit === 'euro' || unit === 'dagen' || unit === 'weken') && value < 0) return `${num(value, unit)} is negatief`;
  return null;
}

export const v18: EntityRule = {
  id: 'V18',
  title: 'Eenheid en waarden kloppen',
  scope: 'entity',
  kinds: ['goalIndicator'],
  check(entry, env) {
    if (entry.kind !== 'goalIndicator') return [];
    const ind = entry.entity;
    const r = env.indicator(ind);
    const out: Finding[] = [];
    if (r.unknownUnit !== null) {
      out.push(finding('V18', 'error', 'goalIndicator', ind.id, 'unit', `De eenheid "${r.unknownUnit}" is onbekend. Kies %, aantal, euro, dagen, weken of score.`));
    }
    const hasValues = r.baseline.measures.length > 0 || r.target.comparators.some((c) => c.value !== null);
    const unitSomewhere = r.unit !== null || r.baseline.measures.some((m) => m.unit !== null) || r.target.comparators.some((c) => c.unit !== null);
    if (hasValues && !unitSomewhere && r.unknownUnit === null) {
      out.push(finding('V18', 'error', 'goalIndicator', ind.id, 'unit', 'De eenheid ontbreekt. Geef aan of de indicator een percentage, aantal, bedrag of duur is.'));
    }
    const cell = (field: 'baseline' | 'target', issues: string[]) => {
      if (issues.length > 0) out.push(finding('V18', 'error', 'goalIndicator', ind.id, field, `${issues.join('; ')}. Corrigeer de waarde of de eenheid.`));
    };
    cell(
      'baseline',
      r.baseline.measures.flatMap((m) => [problem(m.value, measureUnit(m, r.unit)), m.high !== null ? problem(m.high, measureUnit(m, r.unit)) : null]).filter((p): p is string => p !== null),
    );
    cell(
      'target',
      r.target.comparators
        .flatMap((c) => {
          if (c.kind === 'relative') return [c.percent !== null && c.percent < -100 ? `een afname van ${num(-c.percent, '%')} is onmogelijk` : null];
          const unit = c.unit ?? r.unit;
          return [c.value !== null ? problem(c.value, unit) : null, c.high !== null ? problem(c.high, unit) : null];
        })
        .filter((p): p is string => p !== null),
    );
    if (ind.targetPercent !== null && ind.targetPercent < -100) {
      out.push(finding('V18', 'error', 'goalIndicator', ind.id, 'targetPercent', `Een afname van ${num(-ind.targetPercent, '%')} is onmogelijk. Corrigeer de relatieve streefwaarde.`));
    }
    for (const field of ['baselineValue', 'targetValue', 'targetHigh'] as const) {
      const value = ind[field];
      const issue = value !== null ? problem(value, r.unit) : null;
      if (issue) out.push(finding('V18', 'error', 'goalIndicator', ind.id, field, `${issue}. Corrigeer de waarde of de eenheid.`));
    }
    return out;
  },
};
