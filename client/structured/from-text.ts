/**
 * "Onderdelen overnemen uit tekst": the parts the shared parser reads in the verbatim text.
 * Only parts the text speaks about are returned; the caller keeps the rest as they are.
 */
import type { ParsedCell } from '../../shared/indicator/index.ts';
import { partToInput, type CellRole, type PartField } from './parts.ts';

export function partsFromText(cell: ParsedCell, role: CellRole): Partial<Record<PartField, string>> {
  const out: Partial<Record<PartField, string>> = {};
  if (role === 'baseline') {
    const m = cell.measures.find((x) => x.role === 'primary');
    if (m) {
      out.baselineValue = partToInput('baselineValue', m.value);
      if (m.unit) out.unit = m.unit;
      if (m.period) out.baselineYear = partToInput('baselineYear', m.period.year);
      if (m.scope) out.baselineScope = m.scope;
    }
  } else {
    const c = cell.comparators[0];
    if (c) {
      // A comparator is read as a whole: a range that became "maximaal" loses its upper bound.
      out.direction = c.kind;
      out.targetValue = partToInput('targetValue', c.value);
      out.targetHigh = partToInput('targetHigh', c.high);
      out.targetPercent = partToInput('targetPercent', c.percent);
      if (c.unit) out.unit = c.unit;
    }
    if (cell.targetYear !== null) out.targetYear = partToInput('targetYear', cell.targetYear);
  }
  const s = cell.status;
  if (s && (s.status !== 'measurable' || role === 'baseline')) {
    out.status = s.status;
    out.statusYear = partToInput('statusYear', s.year);
    out.statusReason = s.reason ?? '';
    out.statusReference = s.reference ?? '';
  }
  return out;
}
