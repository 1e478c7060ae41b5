/**
 * The computed totals of a plan, never typed: per theme and per year for the kind shown, the
 * plan's total, what is available once movements count, and "nog niet bestemd" (available minus
 * reserved and allocated), always shown, also when it is zero or negative.
 */
import { formatEuro } from '../../shared/budget/money.ts';
import type { BudgetTotals } from '../../shared/budget/totals.ts';
import { AMOUNT_KIND_LABELS, type AmountKind } from '../../shared/schema/budget/index.ts';

interface TotalRow {
  key: string;
  label: string;
  perYear: (year: number | null) => number;
  className?: string;
}

export function TotalsTable({ totals, years, soort }: { totals: BudgetTotals; years: readonly number[]; soort: AmountKind }) {
  const kind = AMOUNT_KIND_LABELS[soort].toLowerCase();
  const rows: TotalRow[] = [
    ...totals.themes().map<TotalRow>(({ line }) => ({
      key: line.id,
      label: line.label.trim() || (line.code ? `Thema ${line.code}` : 'Thema zonder naam'),
      perYear: (year) => totals.entered(line.id, year, soort),
    })),
    { key: 'plan', label: `Totaal ${kind}`, perYear: (year) => totals.entered(null, year, soort), className: 'budget-total-row' },
    { key: 'available', label: 'Beschikbaar na mutaties', perYear: (year) => totals.planTotal(year).beschikbaar },
    { key: 'open', label: 'Nog niet bestemd', perYear: (year) => totals.planTotal(year).nogNietBestemd, className: 'budget-open-row' },
  ];
  return (
    <table className="budget-totals" data-testid="begroting-totalen">
      <caption>Berekende totalen ({kind} per thema en per jaar; nog niet bestemd = beschikbaar min gereserveerd en toegekend)</caption>
      <thead>
        <tr>
          <th scope="col">Omschrijving</th>
          {years.map((y) => (
            <th key={y} scope="col">
              {y}
            </th>
          ))}
          <th scope="col">Alle jaren</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.className} data-total={row.key}>
            <th scope="row">{row.label}</th>
            {years.map((y) => (
              <td key={y}>{formatEuro(row.perYear(y))}</td>
            ))}
            <td>{formatEuro(row.perYear(null))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
