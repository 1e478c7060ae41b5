/** Small helpers shared by the rule files: quoting text in messages, formatting numbers. */
import { formatDutchNumber } from '../../indicator/number.ts';
import type { Measure, Unit } from '../../indicator/types.ts';
import type { RuleEnv } from '../types.ts';

/** A short quote of user text for a message: "% kinderen in armoede". */
export function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? t.slice(0, max - 1).trimEnd() + '…' : t}"`;
}

export function num(value: number, unit: Unit | null = null): string {
  const n = formatDutchNumber(value, 2);
  return unit === '%' ? `${n}%` : unit === 'euro' ? `€ ${n}` : unit === 'dagen' ? `${n} dagen` : n;
}

export const UNIT_NAMES: Record<Unit, string> = {
  '%': 'percentage',
  aantal: 'aantal',
  euro: 'euro',
  dagen: 'dagen',
  weken: 'weken',
  score: 'score',
};

/**
 * A year for the examples in a message: next year as the programme sees it (the date of the run,
 * else its first year), so no message names a year fixed in code.
 */
export function exampleYear(env: RuleEnv, offset = 1): string {
  const now = env.currentYear ?? env.periodStart;
  return now !== null ? String(now + offset) : 'het jaar';
}

export function isBlank(text: string): boolean {
  // "11." or "-" alone is a numbered or bulleted row left empty.
  return /^\s*(?:\d+[.)]?|[-•*–]|\.)?\s*$/.test(text);
}

/** A value's unit: as written, else a count when it counts a noun ("112 buurtinitiatieven"), else the indicator's. */
export function measureUnit(m: Measure, fallback: Unit | null): Unit | null {
  return m.unit ?? (m.label ? 'aantal' : fallback);
}
