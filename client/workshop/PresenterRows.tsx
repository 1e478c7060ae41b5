import type { SliceRow } from '../../shared/workshop/types.ts';
import { rowHeading, rowShortName } from './rows.ts';
import { plural } from '../../shared/text/dutch.ts';

/** The rows of the slice with a 'Focus' button each; the focused one says so in words. */
export function PresenterRows({
  rows,
  focusRowId,
  cardCounts,
  onFocus,
}: {
  rows: readonly SliceRow[];
  focusRowId: string | null;
  cardCounts: ReadonlyMap<string, number>;
  onFocus(rowId: string | null): void;
}) {
  return (
    <section className="ws-rows" aria-labelledby="rijen-kop">
      <h2 id="rijen-kop">Onderdelen</h2>
      <ul>
        {rows.map((row) => {
          const focused = row.id === focusRowId;
          const cards = cardCounts.get(row.id) ?? 0;
          return (
            <li key={row.id} className={`ws-row ws-row-${row.kind}${focused ? ' ws-row-focused' : ''}`} data-row-id={row.id}>
              <div className="ws-row-text">
                <span className="ws-prow-kind">{rowHeading(row)}</span> {row.text}
                {focused && <strong className="ws-tag ws-tag-focus"> In focus</strong>}
                {cards > 0 && <span className="ws-count"> {plural(cards, 'kaart', 'kaarten')}</span>}
              </div>
              <button
                type="button"
                className="ws-button"
                aria-pressed={focused}
                onClick={() => onFocus(focused ? null : row.id)}
              >
                {focused ? 'Focus opheffen' : 'Focus'}
                <span className="sr-only"> {rowShortName(row)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
