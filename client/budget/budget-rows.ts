/**
 * The rows the budget grid shows: one per line in its hierarchy, with the line's own typed
 * cells of one kind per year (as Dutch text, for the editor), the computed total of the line
 * with everything under it, and what it pays for. Nothing here is typed by a user as a total.
 */
import { formatEuro } from '../../shared/budget/money.ts';
import type { BudgetTotals } from '../../shared/budget/totals.ts';
import type { AmountKind, BudgetLine, BudgetPlan } from '../../shared/budget/types.ts';
import { formatNumber } from '../../shared/text/dutch.ts';

export interface BudgetRow {
  id: string;
  depth: number;
  /** "Thema", "Actielijn", "Onderdeel" (the plan's words). */
  level: string;
  code: string;
  label: string;
  ledger: string;
  unit: BudgetLine['unit'];
  /** year -> the cell as the editor shows it ("47.600"); absent: empty. */
  amounts: Record<string, string>;
  /** The line with its sub-lines over all years, shown ("€ 403.600"). */
  total: string;
  /** "nog niet gekoppeld", or what the line pays for. */
  links: string;
}

/** A cell's stored value as text: euros in Dutch notation, or hours per week for a line in hours. */
function amountText(line: Pick<BudgetLine, 'unit'>, value: number): string {
  return line.unit === 'hours' ? formatNumber(value / 100) : formatEuro(value, { symbol: false });
}

export function shownAmount(unit: BudgetLine['unit'], text: string): string {
  if (text === '') return '';
  return unit === 'hours' ? `${text} u/wk` : `€ ${text}`;
}

export function yearColumn(year: number): string {
  return `jaar:${year}`;
}

export function budgetRows(plan: BudgetPlan, totals: BudgetTotals, soort: AmountKind, linkName: (programmeId: string, rowId: string) => string): BudgetRow[] {
  const cells = new Map<string, Record<string, string>>();
  const byId = new Map(plan.lines.map((l) => [l.id, l]));
  for (const cell of plan.amounts) {
    if (cell.soort !== soort) continue;
    const line = byId.get(cell.lineId);
    if (!line) continue;
    const row = cells.get(cell.lineId) ?? {};
    row[cell.year] = amountText(line, cell.value);
    cells.set(cell.lineId, row);
  }
  const linksOf = new Map<string, string[]>();
  for (const link of plan.links) {
    const names = linksOf.get(link.lineId) ?? [];
    names.push(link.programmeId && link.rowId ? linkName(link.programmeId, link.rowId) : 'een koppeling zonder rij');
    linksOf.set(link.lineId, names);
  }
  const labels = plan.settings.levelLabels;
  const level = [labels.thema, labels.actielijn, labels.onderdeel];
  return plan.lines.map((line) => ({
    id: line.id,
    depth: line.depth,
    level: level[Math.min(line.depth, 2)]!,
    code: line.code,
    label: line.label,
    ledger: line.ledger,
    unit: line.unit,
    amounts: cells.get(line.id) ?? {},
    total: formatEuro(totals.entered(line.id, null, soort)),
    links: linksOf.get(line.id)?.join('; ') ?? 'nog niet gekoppeld',
  }));
}
