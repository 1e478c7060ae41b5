/**
 * Koppelingen of the line the keyboard is on: what it pays for ("nog niet gekoppeld" when
 * nothing, never a zero), each link's share of the line and the cost that reaches the row, and
 * the form "Koppelen aan resultaat" for a policy officer (the edit right): a programme, one of
 * its results or activities, and optionally a share of the line.
 */
import { useId, useState, type FormEvent } from 'react';
import { formatEuro, formatShare } from '../../shared/budget/money.ts';
import type { BudgetState } from './budget-feed.ts';
import type { BudgetSession } from './budget-session.ts';
import { linkToResult, unlink } from '../actions/budget-actions.ts';
import { linkableRows, linkNamer } from './linkable-rows.ts';
import { useStore } from '../programme/store.ts';

export function LinksPanel({ session, state, lineId, canLink }: { session: BudgetSession; state: BudgetState; lineId: string | null; canLink: boolean }) {
  const programmes = useStore(session.programmes);
  const line = lineId ? state.plan.lines.find((l) => l.id === lineId) : undefined;
  const id = useId();
  if (!line) {
    return (
      <section className="budget-links" aria-labelledby={`${id}-kop`}>
        <h2 id={`${id}-kop`}>Koppelingen</h2>
        <p className="muted">Ga in de tabel op een regel staan om te zien waarvoor die betaalt.</p>
      </section>
    );
  }
  const name = linkNamer(programmes);
  const links = state.plan.links.filter((l) => l.lineId === line.id);
  const cost = new Map(state.totals.rollUps().map((r) => [`${r.programmeId}/${r.rowId}`, r]));
  return (
    <section className="budget-links" aria-labelledby={`${id}-kop`}>
      <h2 id={`${id}-kop`}>Koppelingen van “{line.label.trim() || 'regel zonder naam'}”</h2>
      {links.length === 0 ? (
        <p className="budget-unlinked" data-testid="nog-niet-gekoppeld">
          Nog niet gekoppeld: deze regel betaalt (nog) voor geen resultaat of activiteit.
        </p>
      ) : (
        <ul>
          {links.map((link) => {
            const reached = cost.get(`${link.programmeId}/${link.rowId}`);
            return (
              <li key={link.id}>
                <span>{name(link.programmeId ?? '', link.rowId ?? '')}</span>{' '}
                <span className="muted">
                  ({link.basisPoints === null ? 'de hele regel' : formatShare(link.basisPoints)}
                  {reached ? `; kosten van de rij: ${formatEuro(reached.bestemd)}` : ''})
                </span>
                {canLink && (
                  <button type="button" className="button small" onClick={() => session.actions.run(unlink, { linkId: link.id })}>
                    Koppeling verwijderen
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {canLink && <LinkForm session={session} lineId={line.id} key={line.id} />}
    </section>
  );
}

function LinkForm({ session, lineId }: { session: BudgetSession; lineId: string }) {
  const programmes = useStore(session.programmes);
  const [programmeId, setProgrammeId] = useState('');
  const [rowId, setRowId] = useState('');
  const [share, setShare] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const programme = programmes?.find((p) => p.id === programmeId);
  const groups = programme ? linkableRows(programme) : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const row = groups.flatMap((g) => g.rows).find((r) => r.rowId === rowId);
    if (!programme || !row) return setError('Kies een programma en een resultaat of activiteit.');
    let basisPoints: number | null = null;
    if (share.trim() !== '') {
      const percent = Number(share.replace('%', '').replace(',', '.').trim());
      if (!Number.isFinite(percent) || percent <= 0 || percent > 100) return setError('Vul een aandeel in tussen 0 en 100 procent, of laat het leeg voor de hele regel.');
      basisPoints = Math.round(percent * 100);
    }
    const done = session.actions.run(linkToResult, { lineId, programmeId: programme.id, rowId: row.rowId, rowKind: row.rowKind, basisPoints }, { quiet: true });
    if (!done.ok) return setError(done.reason);
    setError(null);
    setRowId('');
    setShare('');
  };

  return (
    <form className="budget-link-form" onSubmit={submit} aria-labelledby={`${id}-titel`} noValidate>
      <h3 id={`${id}-titel`}>Koppelen aan resultaat</h3>
      {programmes === null && <p className="muted">Programma’s laden…</p>}
      <label htmlFor={`${id}-programma`}>Programma</label>
      <select id={`${id}-programma`} value={programmeId} onChange={(e) => {
        setProgrammeId(e.target.value);
        setRowId('');
      }}>
        <option value="">Kies een programma</option>
        {(programmes ?? []).map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-rij`}>Resultaat of activiteit</label>
      <select id={`${id}-rij`} value={rowId} onChange={(e) => setRowId(e.target.value)} disabled={!programme}>
        <option value="">Kies een resultaat of activiteit</option>
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.rows.map((r) => (
              <option key={r.rowId} value={r.rowId}>
                {r.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <label htmlFor={`${id}-aandeel`}>Aandeel van de regel in procent (leeg is de hele regel)</label>
      <input id={`${id}-aandeel`} inputMode="decimal" value={share} onChange={(e) => setShare(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-fout` : undefined} />
      {error && (
        <p id={`${id}-fout`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary">
        Koppelen aan resultaat
      </button>
    </form>
  );
}
