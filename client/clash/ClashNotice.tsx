/**
 * A clash this officer lost: in the cell itself (both values, who wrote the other, and one
 * button to take theirs back), and the same in a list under the page's notices, because buttons
 * inside a grid cell are out of the keyboard's reach.
 */
import { useSession } from '../programme/SessionContext.ts';
import { ClashIcon } from '../programme/Icons.tsx';
import { shorten } from '../../shared/text/dutch.ts';
import { fieldLabel, valueText } from '../history/wording.ts';
import type { ShownClash } from './clash-tracker.ts';
import { takeBackClash } from '../actions/clash-actions.ts';
import './clash.css';

function Values({ clash }: { clash: ShownClash }) {
  return (
    <>
      <span className="clash-line">
        {clash.theirName} schreef: <q className="clash-value">{shorten(valueText(clash.field, clash.theirs), 300)}</q>
      </span>
      <span className="clash-line">
        Jouw waarde: <q className="clash-value">{shorten(valueText(clash.field, clash.mine), 300)}</q>
      </span>
    </>
  );
}

function Actions({ clash, children }: { clash: ShownClash; children?: React.ReactNode }) {
  const session = useSession();
  return (
    <span className="clash-actions">
      {children}
      <button type="button" className="button small primary" onClick={() => {
          if (session.actions.run(takeBackClash, clash).ok) session.clashes.dismiss(clash.id);
        }}>
        Mijn waarde terugzetten
      </button>
      <button type="button" className="button small" onClick={() => session.clashes.dismiss(clash.id)}>
        Laten zo
      </button>
    </span>
  );
}

function title(clash: ShownClash, column: string | null): string {
  const part = column !== null && clash.field !== column ? ` (${fieldLabel(clash.kind, clash.field)})` : '';
  return `Tegelijk gewijzigd${part}`;
}

/** Inside the grid cell. */
export function ClashInCell({ clashes, colId }: { clashes: readonly ShownClash[]; colId: string }) {
  if (clashes.length === 0) return null;
  return (
    <span className="clash-notice">
      {clashes.map((clash) => (
        <span key={clash.id} className="clash-item">
          <strong className="clash-title">
            <ClashIcon /> {title(clash, colId)}
          </strong>
          <Values clash={clash} />
          <Actions clash={clash} />
        </span>
      ))}
    </span>
  );
}

/** The page-level list, reachable with Tab; "Naar de cel" puts the keyboard on the cell. */
export function ClashList({ clashes, placeOf }: { clashes: readonly ShownClash[]; placeOf(clash: ShownClash): { label: string; target: { rowId: string; colId: string } | null } }) {
  const session = useSession();
  if (clashes.length === 0) return null;
  return (
    <section className="clash-list" aria-label="Tegelijk gewijzigd" aria-live="polite">
      <ul>
        {clashes.map((clash) => {
          const place = placeOf(clash);
          return (
            <li key={clash.id} className="clash-item notice">
              <strong className="clash-title">
                <ClashIcon /> {title(clash, null)}: {place.label}
              </strong>
              <Values clash={clash} />
              <Actions clash={clash}>
                {place.target && (
                  <button type="button" className="button small" onClick={() => session.requestFocus(place.target)}>
                    Naar de cel
                  </button>
                )}
              </Actions>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
