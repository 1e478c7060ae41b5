/**
 * "Maak meting": the measurements a goal indicator's nulmeting already holds, ready to become
 * rows of its series. The structured nulmeting (year and value) is the first; earlier values the
 * text mentions in the council's usual phrasing ("In oktober 2020 was dit 6,7%", "In 2012 en 2015
 * was dit nog 45%") follow. Only what is not in the series yet, by period; nothing is guessed
 * beyond those phrasings.
 */
import { parseDutchNumber } from '../indicator/number.ts';
import type { GoalIndicator } from '../model/types.ts';
import { parsePeriod } from './period.ts';

export interface LiftedMeasurement {
  /** As a measurement stores it: "2023", "2020-10". */
  period: string;
  value: number;
  /** Where it was read, for the note of the new measurement. */
  from: 'structured' | 'text';
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
// "In [maand] 2020 [en 2021] was dit [nog] 6,7%"; the years may be listed with "en" or commas.
const EARLIER = new RegExp(
  String.raw`\b[Ii]n\s+(?:(${MONTHS.join('|')})\s+)?((?:(?:19|20)\d{2})(?:\s*(?:,|en)\s*(?:19|20)\d{2})*)\s+was\s+dit\s+(?:nog\s+|al\s+)?(\d[\d.,]*)\s*(%|procent)?`,
  'g',
);

function key(period: string): string {
  return parsePeriod(period)?.key ?? period;
}

export function measurementsInBaseline(ind: Pick<GoalIndicator, 'baseline' | 'baselineYear' | 'baselineValue' | 'measurements'>): LiftedMeasurement[] {
  const found: LiftedMeasurement[] = [];
  if (ind.baselineYear !== null && ind.baselineValue !== null) found.push({ period: String(ind.baselineYear), value: ind.baselineValue, from: 'structured' });
  for (const match of ind.baseline.matchAll(EARLIER)) {
    const value = parseDutchNumber(match[3]!.replace(/[.,]$/, ''));
    // Read the Dutch way (1.450 is a count): the officer sees each value before it becomes a row.
    if (!value) continue;
    const month = match[1] ? MONTHS.indexOf(match[1]) + 1 : 0;
    for (const year of match[2]!.match(/(?:19|20)\d{2}/g) ?? []) {
      found.push({ period: month ? `${year}-${String(month).padStart(2, '0')}` : year, value: value.value, from: 'text' });
    }
  }
  const have = new Set(ind.measurements.map((m) => key(m.period)));
  const seen = new Set<string>();
  return found.filter((m) => {
    const k = key(m.period);
    if (have.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
