/**
 * V8: a nulmeting value older than the table's nominal year ("Nulmeting 2025") is a warning: the
 * value is old. Historic and comparison figures in the same cell are left alone.
 */
import { finding } from '../finding.ts';
import type { EntityRule } from '../types.ts';

export const v08: EntityRule = {
  id: 'V8',
  title: 'Nulmeting ouder dan het peiljaar van de tabel',
  scope: 'entity',
  kinds: ['goalIndicator'],
  check(entry, env) {
    if (entry.kind !== 'goalIndicator') return [];
    const nominal = env.nominalBaselineYear(entry.goalId);
    if (nominal === null) return [];
    const r = env.indicator(entry.entity);
    if (r.baseline.status?.status !== 'measurable') return [];
    const current = r.baseline.measures.filter((m) => m.role === 'primary' || m.role === 'additional');
    const years = new Set<number>();
    for (const m of current) {
      const year = m.period?.year ?? (m === r.primary ? r.baselineYear : null);
      if (year !== null && year < nominal) years.add(year);
    }
    if (years.size === 0) return [];
    const list = [...years].sort().join(', ');
    return [
      finding('V8', 'warning', 'goalIndicator', entry.id, 'baseline', `De nulmeting is van ${list}, ouder dan het peiljaar ${nominal} van de tabel. Laat het jaar bij de waarde staan en vervang de waarde zodra er een recentere meting is, of leg uit waarom deze oudere meting de nulmeting is.`),
    ];
  },
};
