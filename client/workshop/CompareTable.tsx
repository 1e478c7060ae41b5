import { useState } from 'react';
import type { ComparisonRow } from '../../shared/workshop/types.ts';
import { fetchComparison } from './api.ts';

/** The werkatelier's ranking beside the ASD's priority list, fetched when asked for. */
export function CompareWithAsd({ workshopId }: { workshopId: string }) {
  const [rows, setRows] = useState<ComparisonRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async () => {
    setBusy(true);
    setError(null);
    try {
      setRows(await fetchComparison(workshopId));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Vergelijken lukte niet.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="ws-compare">
      {!rows && (
        <button type="button" className="button" onClick={load} disabled={busy}>
          {busy ? 'Bezig…' : 'Vergelijk met ASD'}
        </button>
      )}
      <div role="alert" className="ws-alert-region">
        {error && <p className="ws-error">{error}</p>}
      </div>
      {rows &&
        (rows.length === 0 ? (
          <p className="empty">Er is niets om te vergelijken.</p>
        ) : (
          <table className="ws-table">
            <caption>Vergelijking met de prioriteiten van de ASD</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Resultaat</th>
                <th scope="col">Plaats werkatelier</th>
                <th scope="col">Plaats ASD</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
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
