import { useId, useState, type FormEvent } from 'react';
import type { ComparisonRow, WorkshopInfo } from '../../shared/workshop/types.ts';
import { fetchComparison } from './api.ts';
import { AlertRegion } from './AlertRegion.tsx';
import { ASD, compareChoices, type CompareChoice } from './compare-choices.ts';

/** The werkatelier's ranking beside another priority list (the ASD's, another werkatelier's), fetched when asked for. */
export function CompareTable({ workshopId, workshops }: { workshopId: string; workshops: readonly WorkshopInfo[] }) {
  const choices = compareChoices(workshops, workshopId);
  const [choice, setChoice] = useState(ASD);
  const [shown, setShown] = useState<{ choice: CompareChoice; rows: ComparisonRow[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selectId = useId();

  const load = async (event: FormEvent) => {
    event.preventDefault();
    const picked = choices.find((c) => c.value === choice) ?? choices[0]!;
    setBusy(true);
    setError(null);
    try {
      setShown({ choice: picked, rows: await fetchComparison(workshopId, picked.value) });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Vergelijken lukte niet.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="ws-compare">
      <form className="ws-compare-form" onSubmit={load}>
        <label htmlFor={selectId}>Vergelijk met</label>
        <select id={selectId} value={choice} onChange={(e) => setChoice(e.target.value)}>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Bezig…' : 'Vergelijken'}
        </button>
      </form>
      <AlertRegion message={error} />
      {shown &&
        (shown.rows.length === 0 ? (
          <p className="empty">Er is niets om te vergelijken.</p>
        ) : (
          <table className="ws-table">
            <caption>{shown.choice.caption}</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Resultaat</th>
                <th scope="col">Plaats werkatelier</th>
                <th scope="col">{shown.choice.column}</th>
              </tr>
            </thead>
            <tbody>
              {shown.rows.map((row, i) => (
                <tr key={`${row.code}-${i}`}>
                  <td>{row.code}</td>
                  <td>{row.text}</td>
                  <td className="ws-num">{row.workshopRank ?? <NotRanked />}</td>
                  <td className="ws-num">{row.otherRank ?? <NotRanked />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </div>
  );
}

function NotRanked() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="sr-only">geen plaats</span>
    </>
  );
}
