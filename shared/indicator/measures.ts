/**
 * Turns the numbers of a cell into measures: value, unit, label, year, scope, subgroup and role.
 * A value takes its period and scope from its own clause; "dit" in a later clause ("Landelijk
 * is dit 8,9%", "In 2020 was dit 6,7%") refers back to the earlier figure.
 */
import { clauseAt, type Clause } from './clauses.ts';
import type { NumberToken } from './scan-numbers.ts';
import type { ScopeMention } from './scope.ts';
import type { SubgroupSegment } from './subgroups.ts';
import type { Measure, Period, Ratio, Scope } from './types.ts';

export interface MeasureInput {
  text: string;
  numbers: readonly NumberToken[];
  periods: readonly Period[];
  scopes: readonly ScopeMention[];
  clauses: readonly Clause[];
  subgroups: readonly SubgroupSegment[];
}

const LABEL_STOP = new Set(
  (
    'is was zijn waren heeft hebben voelt kan kunnen in op en of per tot die dat met van voor te zich zit ' +
    'wordt worden uit nog niet ook naar bij ervaren haalt doet de het een alle als dan tussen na ca circa ' +
    'huidige gemiddelde totaal is: t/m'
  ).split(' '),
);
const APPROXIMATE_BEFORE = /(?:\bca\.?|\bcirca|\bongeveer|\bbijna|\bruim|±|~)\s*$/i;
// "dit"/"deze" point back; "X geeft aan dat" quotes another source, so it keeps the last scope named.
const ANAPHORA = /\b(?:dit|deze|hiervan)\b|\bgeeft\s+aan\s+dat\b/i;
const RATIO_GAP = /^\s*van\s+(?:de\s+|het\s+|alle\s+)?$/i;
const RANGE_GAP = /^\s*(?:-|–|—|tot|t\/m)\s*$/i;

function labelAfter(text: string, from: number): string | null {
  let rest = text.slice(from, from + 80);
  rest = rest.replace(/^\s*(?:%|procent|dagen|dag|weken|week|euro|punten)?/i, '');
  rest = rest.replace(/^\s*(?:van\s+)?(?:de|het|alle|een)?\s+/i, ' ');
  const words = rest.match(/^\s*([\p{L}][\p{L}-]*)(?:\s+([\p{L}][\p{L}-]*))?/u);
  const first = words?.[1];
  if (!first || first.length < 2 || LABEL_STOP.has(first.toLowerCase())) return null;
  // Acronyms label together with the next noun: "VVE doelgroepkinderen".
  const second = words?.[2];
  if (/^\p{Lu}{2,}$/u.test(first) && second && !LABEL_STOP.has(second.toLowerCase())) return `${first} ${second}`;
  return first;
}

function scopeFor(at: number, clause: Clause | null, scopes: readonly ScopeMention[]): Scope | null {
  if (!clause) return null;
  let before: ScopeMention | null = null;
  let after: ScopeMention | null = null;
  for (const s of scopes) {
    if (s.start < clause.start || s.start >= clause.end) continue;
    if (s.start < at) before = s;
    else if (!after) after = s;
  }
  return (before ?? after)?.scope ?? null;
}

function periodFor(token: { start: number; end: number }, clause: Clause | null, periods: readonly Period[], text: string): Period | null {
  if (!clause) return null;
  const inClause = periods.filter((p) => p.start >= clause.start && p.start < clause.end);
  if (inClause.length === 0) return null;
  // A part-year in the clause refines the bare year it belongs to ("In 2025 ... 57 t/m mei").
  const partYear = inClause.find((p) => p.kind === 'partYear');
  const refine = (p: Period) => (partYear && p.kind === 'year' && p.year === partYear.year ? partYear : p);
  const right = inClause.find((p) => p.start >= token.end && /^[\s(,]*(?:in\s+)?$/i.test(text.slice(token.end, p.start)));
  if (right) return refine(right);
  const before = inClause.filter((p) => p.end <= token.start).pop();
  if (before) return refine(before);
  const after = inClause.find((p) => p.start >= token.end);
  return after ? refine(after) : null;
}

export function buildMeasures(input: MeasureInput): Measure[] {
  const { text, numbers, periods, scopes, clauses, subgroups } = input;
  const used = new Set<number>();
  const ratios: { at: number; ratio: Ratio; clause: Clause | null; num: NumberToken }[] = [];
  for (let i = 0; i + 1 < numbers.length; i++) {
    const a = numbers[i]!;
    const b = numbers[i + 1]!;
    if (a.unit === '%' || b.unit === '%' || !RATIO_GAP.test(text.slice(a.end, b.start))) continue;
    const approximate = APPROXIMATE_BEFORE.test(text.slice(Math.max(0, a.start - 10), a.start));
    ratios.push({
      at: a.start,
      clause: clauseAt(clauses, a.start),
      num: a,
      ratio: { numerator: a.value, denominator: b.value, approximate, text: text.slice(a.start, b.end) },
    });
    used.add(i).add(i + 1);
    i++;
  }

  const measures: Measure[] = [];
  for (let i = 0; i < numbers.length; i++) {
    if (used.has(i)) continue;
    const n = numbers[i]!;
    let high: number | null = null;
    let end = n.end;
    let unit = n.unit;
    const next = numbers[i + 1];
    if (next && !used.has(i + 1) && RANGE_GAP.test(text.slice(n.end, next.start)) && (n.unit === next.unit || n.unit === null)) {
      high = next.value;
      end = next.end;
      unit = next.unit;
      used.add(i + 1);
    }
    const clause = clauseAt(clauses, n.start);
    const segment = subgroups.find((s) => n.start >= s.start && n.start < s.end);
    measures.push({
      value: n.value,
      high,
      unit,
      label: labelAfter(text, end),
      subgroup: segment?.name ?? null,
      period: periodFor({ start: n.start, end }, clause, periods, text),
      scope: scopeFor(n.start, clause, scopes),
      role: 'additional',
      approximate: APPROXIMATE_BEFORE.test(text.slice(Math.max(0, n.start - 10), n.start)),
      ambiguous: n.ambiguous,
      ratio: null,
      decimals: n.decimals,
      start: n.start,
      end,
      text: text.slice(n.start, end),
    });
  }

  // A ratio in brackets backs the percentage before it ("3% (ca. 1.115 van 10.996)").
  for (const r of ratios) {
    const host = [...measures].reverse().find((m) => m.unit === '%' && m.start < r.at && (!r.clause || m.start >= r.clause.start));
    if (host && !host.ratio) host.ratio = r.ratio;
    else
      measures.push({
        value: r.num.value, high: null, unit: 'aantal', label: labelAfter(text, r.num.end), subgroup: null,
        period: periodFor(r.num, r.clause, periods, text), scope: scopeFor(r.at, r.clause, scopes), role: 'additional',
        approximate: r.ratio.approximate, ambiguous: r.num.ambiguous, ratio: r.ratio, decimals: r.num.decimals,
        start: r.num.start, end: r.num.end, text: r.num.text,
      });
  }
  measures.sort((a, b) => a.start - b.start);
  inheritByAnaphora(measures, clauses, scopes, text);
  assignRoles(measures);
  return measures;
}

function inheritByAnaphora(measures: Measure[], clauses: readonly Clause[], scopes: readonly ScopeMention[], text: string): void {
  const first = measures[0];
  for (let i = 1; i < measures.length; i++) {
    const m = measures[i]!;
    const clause = clauseAt(clauses, m.start);
    if (!clause || !ANAPHORA.test(text.slice(clause.start, clause.end))) continue;
    if (m.scope === null) m.scope = scopes.filter((s) => s.start < clause.start).pop()?.scope ?? null;
    // "Landelijk is dit 8,9%": present tense, same moment as the first figure.
    if (m.period === null && first) m.period = first.period;
  }
}

function assignRoles(measures: Measure[]): void {
  if (measures.length === 0) return;
  if (measures.some((m) => m.subgroup !== null)) {
    for (const m of measures) m.role = m.subgroup !== null ? 'primary' : 'additional';
    return;
  }
  const local = (s: Scope | null) => s === null || s === 'gemeente';
  const primary = measures.find((m) => local(m.scope)) ?? measures[0]!;
  primary.role = 'primary';
  for (const m of measures) {
    if (m === primary) continue;
    if (local(m.scope) !== local(primary.scope) || (!local(m.scope) && m.scope !== primary.scope)) m.role = 'reference';
    else if (m.period && primary.period && m.period.year < primary.period.year) m.role = 'historic';
    else m.role = 'additional';
  }
}
