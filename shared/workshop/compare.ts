/** Sets a werkatelier's ranking beside another priority list: the advisory body's or another werkatelier's. */
import type { Priority } from '../model/types.ts';
import type { ComparisonRow, WorkshopOutcome } from './types.ts';

export interface RankedEntry {
  code: string;
  text: string;
  rank: number;
}

/** The advisory body's ranking as the programme holds it now (its priority rows; empty when it gave none). */
export function advisoryList(priorities: readonly Priority[]): RankedEntry[] {
  return priorities.filter((p) => p.rank !== null).map((p) => ({ code: p.code, text: p.result, rank: p.rank! }));
}

/** Another werkatelier's frozen ranking as a priority list; its ties keep their shared place. */
export function outcomeList(outcome: Pick<WorkshopOutcome, 'ranking'>): RankedEntry[] {
  return outcome.ranking.map((item) => ({ code: item.code, text: item.text, rank: item.rank }));
}

/** Lower case, no accents, punctuation or doubled spaces: texts differ in those between versions. */
function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * One row per item in either list: matched by code, else by normalised text. Items of the
 * werkatelier first in its order, then what only the other list has, in that list's order.
 */
export function compareRankings(outcome: Pick<WorkshopOutcome, 'ranking'>, other: readonly RankedEntry[]): ComparisonRow[] {
  const unmatched = [...other];
  const take = (predicate: (entry: RankedEntry) => boolean): RankedEntry | null => {
    const index = unmatched.findIndex(predicate);
    return index < 0 ? null : unmatched.splice(index, 1)[0]!;
  };
  const rows: ComparisonRow[] = [];
  const byText: { row: ComparisonRow; text: string }[] = [];
  // Codes first over the whole list, so a text match never steals an entry that a later item matches by code.
  for (const item of outcome.ranking) {
    const code = item.code.trim();
    const match = code ? take((entry) => entry.code.trim() === code) : null;
    const row: ComparisonRow = { code: item.code, text: item.text, workshopRank: item.rank, otherRank: match?.rank ?? null };
    rows.push(row);
    if (!match) byText.push({ row, text: normaliseText(item.text) });
  }
  for (const { row, text } of byText) {
    const match = text ? take((entry) => normaliseText(entry.text) === text) : null;
    if (match) row.otherRank = match.rank;
  }
  for (const entry of unmatched) rows.push({ code: entry.code, text: entry.text, workshopRank: null, otherRank: entry.rank });
  return rows;
}
