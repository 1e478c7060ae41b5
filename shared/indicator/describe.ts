/**
 * One Dutch line that says how a cell was read, for the cell editor: "Maximaal 3,6% (2028)",
 * "295 meldingen; 270 adviesvragen (2023)", "Streefwaarde volgt in 2027 (na nulmeting 2026)".
 */
import { formatDutchNumber } from './number.ts';
import { describePeriod } from './period.ts';
import { SCOPE_LABELS } from './scope.ts';
import type { CellStatus, Comparator, Measure, ParsedCell, Unit } from './types.ts';

function withUnit(value: number, unit: Unit | null, decimals = 0): string {
  const n = formatDutchNumber(value, Math.max(2, decimals), decimals);
  switch (unit) {
    case '%':
      return `${n}%`;
    case 'euro':
      return `€ ${n}`;
    case 'dagen':
      return `${n} dagen`;
    case 'weken':
      return `${n} weken`;
    case 'score':
      return `score ${n}`;
    default:
      return n;
  }
}

function measureText(m: Measure): string {
  const value = m.high !== null ? `${withUnit(m.value, null, m.decimals)}-${withUnit(m.high, m.unit)}` : withUnit(m.value, m.unit, m.decimals);
  const prefix = m.subgroup ? `${m.subgroup} ` : '';
  const label = m.label && m.unit !== 'dagen' && m.unit !== 'weken' ? ` ${m.label}` : '';
  const ratio = m.ratio ? ` (${m.ratio.approximate ? 'ca. ' : ''}${formatDutchNumber(m.ratio.numerator)} van ${formatDutchNumber(m.ratio.denominator)})` : '';
  return `${prefix}${m.approximate ? 'ca. ' : ''}${value}${label}${ratio}`;
}

function withPeriod(text: string, m: Measure): string {
  return m.period ? `${text} (${describePeriod(m.period)})` : text;
}

export function describeStatus(s: CellStatus): string {
  switch (s.status) {
    case 'baseline-pending':
      return s.year ? `Nulmeting volgt in ${s.year}` : 'Nulmeting volgt (jaar niet genoemd)';
    case 'target-pending': {
      const when = s.year ? `Streefwaarde volgt in ${s.year}` : 'Streefwaarde volgt (jaar niet genoemd)';
      return s.afterBaselineYear ? `${when} (na nulmeting ${s.afterBaselineYear})` : when;
    }
    case 'to-be-developed':
      return 'Te ontwikkelen';
    case 'not-measurable':
      return s.reason ? `Niet meetbaar of niet te bepalen: ${s.reason}` : 'Niet meetbaar of niet te bepalen (reden ontbreekt)';
    case 'delegated':
      return `Uitgewerkt in ander programma: ${s.reference ?? 'onbekend'}`;
    case 'measurable-from':
      return `Meetbaar vanaf ${s.year}`;
    case 'measurable':
      return 'Meetbaar';
  }
}

function describeComparator(c: Comparator, year: number | null): string {
  const v = (value: number | null) => (value === null ? '?' : withUnit(value, c.unit));
  const suffix = year ? ` (${year})` : '';
  const group = c.subgroup ? `${c.subgroup}: ` : '';
  switch (c.kind) {
    case 'max':
      return `${group}Maximaal ${v(c.value)}${suffix}`;
    case 'min':
      return `${group}Minimaal ${v(c.value)}${suffix}`;
    case 'exact':
      return `${group}${v(c.value)}${suffix}`;
    case 'range':
      return `${group}Tussen ${v(c.value)} en ${v(c.high)}${suffix}`;
    case 'increase':
      return `${group}Toename${suffix}`;
    case 'decrease':
      return `${group}Afname${suffix}`;
    case 'maintain':
      return `${group}Gelijk blijven${suffix}`;
    case 'maintainOrIncrease':
      return `${group}Gelijk blijven of stijgen${c.value !== null ? ` (nu ${v(c.value)})` : ''}${suffix}`;
    case 'maintainOrDecrease':
      return `${group}Gelijk blijven of dalen${c.value !== null ? ` (nu ${v(c.value)})` : ''}${suffix}`;
    case 'relative': {
      const p = c.percent === null ? '?' : formatDutchNumber(Math.abs(c.percent));
      const word = (c.percent ?? 0) < 0 ? 'Afname' : 'Toename';
      return `${group}${word} met ${p}% t.o.v. de nulmeting${c.subject ? ` (${c.subject})` : ''}${suffix}`;
    }
    case 'shift':
      return `${group}Verschuiving${c.subject ? `: ${c.subject}` : ''}${suffix}`;
  }
}

export function describeCell(cell: Omit<ParsedCell, 'description'>, defaultTargetYear: number | null = null): string {
  if (cell.empty) return 'Leeg';
  const parts: string[] = [];
  const status = cell.status && cell.status.status !== 'measurable' ? describeStatus(cell.status) : null;
  if (cell.role === 'target') {
    if (status) parts.push(status);
    const year = cell.targetYear ?? defaultTargetYear;
    const subgroupTargets = cell.comparators.filter((c) => c.subgroup);
    if (subgroupTargets.length > 0) parts.push(subgroupTargets.map((c) => describeComparator(c, null)).join('; ') + (year ? ` (${year})` : ''));
    else if (cell.comparators[0]) {
      const [main, nuance] = cell.comparators;
      let text = describeComparator(main, status ? null : year);
      if (nuance) text += `; ${describeComparator(nuance, null).toLowerCase()}`;
      if (main.condition) text += `, waarbij ${main.condition}`;
      parts.push(text);
    }
  } else {
    if (status) parts.push(status);
    const shown = cell.measures.filter((m) => m.role === 'primary' || m.role === 'additional');
    const samePeriod = shown.length > 1 && shown.every((m) => m.period?.text === shown[0]?.period?.text && m.period);
    const first = shown[0];
    if (first) {
      const scope = first.scope && first.scope !== 'gemeente' ? `${SCOPE_LABELS[first.scope]}: ` : '';
      const body = samePeriod
        ? withPeriod(shown.map(measureText).join('; '), first)
        : shown.map((m) => withPeriod(measureText(m), m)).join('; ');
      parts.push(scope.charAt(0).toUpperCase() + scope.slice(1) + body);
    }
    const history = cell.measures.filter((m) => m.role === 'historic');
    if (history.length > 0) parts.push('eerder ' + history.map((m) => withPeriod(measureText(m), m)).join(', '));
    const refs = cell.measures.filter((m) => m.role === 'reference');
    if (refs.length > 0) parts.push('ter vergelijking ' + refs.map((m) => `${m.scope ? SCOPE_LABELS[m.scope] + ' ' : ''}${measureText(m)}`).join(', '));
  }
  if (cell.noData.length > 0) parts.push('deels geen cijfers');
  if (cell.unparsed || parts.length === 0) return 'Niet herkend: de tekst noemt geen waarde, vergelijking of status';
  return parts.join(' · ');
}
