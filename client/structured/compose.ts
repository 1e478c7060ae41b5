/**
 * "Tekst bijwerken uit onderdelen": writes a plain Dutch sentence from the parts, in the forms
 * the council document uses ("Maximaal 3,6% in 2028", "Nulmeting volgt in 2026"), so the shared
 * parser reads back the same parts. Only ever run when the officer asks for it.
 */
import { describeStatus, formatDutchNumber } from '../../shared/indicator/index.ts';
import type { Direction, IndicatorStatus, Scope } from '../../shared/model/types.ts';
import { readPart, type CellRole, type Draft, type PartField } from './parts.ts';

function read(draft: Draft, field: PartField): string | number | null {
  const r = readPart(field, draft.parts[field]);
  return r.error ? null : (r.value as string | number | null);
}

function num(draft: Draft, field: PartField): number | null {
  const v = read(draft, field);
  return typeof v === 'number' ? v : null;
}

function str(draft: Draft, field: PartField): string | null {
  const v = read(draft, field);
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

export function withUnit(value: number, unit: string | null): string {
  const n = formatDutchNumber(value, 6);
  switch (unit) {
    case '%':
      return `${n}%`;
    case 'euro':
      return `€ ${n}`;
    case null:
    case 'aantal':
      return n;
    case 'score':
      return `score ${n}`;
    default:
      return `${n} ${unit}`;
  }
}

function statusSentence(draft: Draft): string | null {
  const status = str(draft, 'status') as IndicatorStatus | null;
  if (!status || status === 'measurable') return null;
  return describeStatus({
    status,
    year: num(draft, 'statusYear'),
    reason: str(draft, 'statusReason'),
    reference: str(draft, 'statusReference'),
    afterBaselineYear: null,
    text: '',
  });
}

function targetSentence(draft: Draft): string | null {
  const direction = str(draft, 'direction') as Direction | null;
  const unit = str(draft, 'unit');
  const value = num(draft, 'targetValue');
  const high = num(draft, 'targetHigh');
  const percent = num(draft, 'targetPercent');
  const v = value === null ? null : withUnit(value, unit);
  switch (direction) {
    case null:
      return v;
    case 'max':
      return v ? `Maximaal ${v}` : null;
    case 'min':
      return v ? `Minimaal ${v}` : null;
    case 'exact':
      return v;
    case 'range':
      return value !== null && high !== null ? `Tussen ${withUnit(value, unit)} en ${withUnit(high, unit)}` : null;
    case 'increase':
      return v ? `Stijgt naar ${v}` : 'Stijgt';
    case 'decrease':
      return v ? `Daalt naar ${v}` : 'Daalt';
    case 'maintain':
      return v ? `Behoud van ${v}` : 'Gelijk blijven';
    case 'maintainOrIncrease':
      return v ? `De huidige ${v} behouden of verhogen` : 'Gelijk blijven of stijgen';
    case 'maintainOrDecrease':
      return v ? `De huidige ${v} behouden of verlagen` : 'Gelijk blijven of dalen';
    case 'relative':
      if (percent === null || percent === 0) return null;
      return `${percent < 0 ? 'Afname' : 'Toename'} met ${formatDutchNumber(Math.abs(percent), 6)}% ten opzichte van de nulmeting`;
    case 'shift':
      return 'Verschuiving';
  }
}

const SCOPE_WORDS: Record<Scope, string> = { gemeente: 'Gemeente', regio: 'Regio', landelijk: 'Landelijk' };

function baselineSentence(draft: Draft): string | null {
  const value = num(draft, 'baselineValue');
  if (value === null) return null;
  const scope = str(draft, 'baselineScope') as Scope | null;
  const year = num(draft, 'baselineYear');
  const body = withUnit(value, str(draft, 'unit'));
  const prefix = scope && scope !== 'gemeente' ? `${SCOPE_WORDS[scope]} ` : '';
  return `${prefix}${body}${year !== null ? ` (${year})` : ''}`;
}

/** The text the parts describe, or null when the parts say too little to write one. */
export function textFromParts(draft: Draft, role: CellRole): string | null {
  const status = statusSentence(draft);
  if (role === 'baseline') {
    const value = baselineSentence(draft);
    return [value, value ? null : status].filter(Boolean).join('. ') || null;
  }
  const target = targetSentence(draft);
  const year = num(draft, 'targetYear');
  if (target) return year !== null ? `${target} in ${year}` : target;
  return status;
}
