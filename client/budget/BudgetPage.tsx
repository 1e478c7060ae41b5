/**
 * The budget plan screen (#/begroting/<id>): top bar with presence and connection, the plan's
 * settings in one line, a toolbar (which kind of amount the matrix shows, adding and removing
 * lines, undo), the matrix (BudgetGrid), the computed totals, and beside them the Problemen
 * panel and the links of the current line. A financieel adviseur edits the money, a policy
 * officer the links; the server enforces the same rights.
 */
import { useCallback, useEffect, useEffectEvent, useMemo, useState, type KeyboardEvent } from 'react';
import type { SignedInUser } from '../../shared/auth/me.ts';
import { rightsFor, type Right } from '../../shared/auth/roles.ts';
import { yearsOf } from '../../shared/budget/settings.ts';
import { AMOUNT_KINDS, AMOUNT_KIND_LABELS, type AmountKind } from '../../shared/schema/budget/index.ts';
import { addBudgetLine, deleteBudgetLine } from '../actions/budget-actions.ts';
import { undoCommand } from '../actions/history-commands.ts';
import { ariaKeys, historyCommandFor } from '../actions/registry.ts';
import { actionForKey } from '../actions/shortcut.ts';
import { identityOf } from '../app/identity.ts';
import { overviewHref } from '../app/route.ts';
import { useSignedIn } from '../auth/auth-context.ts';
import { ConnectionBanner } from '../doc-session/ConnectionBanner.tsx';
import { OpenWhileShown, useOpenWhileShown } from '../doc-session/use-open-while-shown.ts';
import { skipTo } from '../overview/Overview.tsx';
import { Avatars } from '../programme/Avatars.tsx';
import { ConfirmDialog } from '../programme/ConfirmDialog.tsx';
import { ConnectionStatus } from '../programme/ConnectionStatus.tsx';
import { isTextEntry } from '../programme/keys.ts';
import { Notices } from '../programme/Notices.tsx';
import { Store, useStore } from '../programme/store.ts';
import { BudgetExport } from './BudgetExport.tsx';
import { BudgetGrid, indexCellFindings } from './BudgetGrid.tsx';
import { BudgetProblems } from './BudgetProblems.tsx';
import { BudgetSession } from './budget-session.ts';
import { budgetRows } from './budget-rows.ts';
import { linkNamer } from './linkable-rows.ts';
import { LinksPanel } from './LinksPanel.tsx';
import { TotalsTable } from './TotalsTable.tsx';
import './budget.css';
import { registerGridModules } from '../grid/setup.ts';

// AG Grid comes with this page (App.tsx loads it on demand), as with the programme page.
registerGridModules();

export function BudgetPage({ documentId, me }: { documentId: string; me: SignedInUser }) {
  const rights = useMemo(() => rightsFor(me.grants, documentId), [me.grants, documentId]);
  // As on a programme page: the session lives as long as the document, the account and its rights.
  const key = JSON.stringify([documentId, me.id, me.name, [...rights].sort()]);
  return <LiveBudget key={key} documentId={documentId} me={me} rights={rights} />;
}

function LiveBudget({ documentId, me, rights }: { documentId: string; me: SignedInUser; rights: ReadonlySet<Right> }) {
  const [opening] = useState(() => new OpenWhileShown(() => new BudgetSession(documentId, identityOf(me), rights)));
  const session = useOpenWhileShown(opening);
  // The server closed with 4001 because the roles changed: learn them, and the page reopens with
  // the new rights (BudgetPage keys the session by them).
  const { refresh } = useSignedIn();
  const rightsChanged = useStore(session?.rightsChanged ?? NO_CHANGES);
  const learnNewRole = useEffectEvent(() => void refresh());
  useEffect(() => {
    if (rightsChanged > 0) learnNewRole();
  }, [rightsChanged]);
  return session ? <BudgetScreen session={session} /> : null;
}

const NO_CHANGES = new Store(0);

function BudgetScreen({ session }: { session: BudgetSession }) {
  const state = useStore(session.feed.state);
  const synced = useStore(session.document.synced);
  const connection = useStore(session.document.connection);
  const peers = useStore(session.presence.peers);
  const selfColor = useStore(session.presence.selfColor);
  const findings = useStore(session.validation.findings);
  const notices = useStore(session.notices);
  const confirmRequest = useStore(session.confirmRequest);
  const programmes = useStore(session.programmes);
  const [soort, setSoort] = useState<AmountKind>('beschikbaar');
  const [current, setCurrent] = useState<string | null>(null);
  const canFinance = session.rights.has('finance');
  const canLink = session.rights.has('edit');

  useEffect(() => {
    document.title = state ? `${state.plan.name} – Begroting – Koers` : 'Begroting – Koers';
  }, [state]);

  // Ctrl+Z / Ctrl+Y: this user's own changes only, never while typing in a field.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const command = historyCommandFor(event);
      if (!command || isTextEntry(event.target)) return;
      event.preventDefault();
      if (command === 'undo') session.undo();
      else session.redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session]);

  const years = useMemo(() => (state ? yearsOf(state.plan.settings) : []), [state]);
  const namer = useMemo(() => linkNamer(programmes), [programmes]);
  const rows = useMemo(() => (state ? budgetRows(state.plan, state.totals, soort, namer) : []), [state, soort, namer]);
  const cellFindings = useMemo(() => indexCellFindings(findings), [findings]);
  const currentLine = state?.plan.lines.find((l) => l.id === current) ?? null;

  const addLine = useCallback(
    (under: string | null) => {
      const label = under === null ? 'Nieuw thema' : 'Nieuw onderdeel';
      const added = session.actions.run(addBudgetLine, { parentId: under, label });
      if (added.ok) session.requestFocus({ rowId: added.result, colId: 'label' });
    },
    [session],
  );

  const removeLine = useCallback(async () => {
    if (!currentLine) return;
    const ok = await session.confirm({
      title: 'Regel verwijderen?',
      message: `“${currentLine.label || 'Regel zonder naam'}” wordt verwijderd met alles eronder: onderdelen, bedragen, cofinanciering en koppelingen. Ctrl+Z maakt dit ongedaan.`,
      confirmLabel: 'Verwijderen',
    });
    // The keyboard goes on at the next line that is not under it, else the one above.
    const lines = state?.plan.lines ?? [];
    const index = lines.findIndex((l) => l.id === currentLine.id);
    const neighbour = lines.slice(index + 1).find((l) => l.depth <= currentLine.depth) ?? lines[index - 1];
    if (ok && session.actions.run(deleteBudgetLine, { lineId: currentLine.id }).ok) {
      setCurrent(neighbour?.id ?? null);
      if (neighbour) session.requestFocus({ rowId: neighbour.id, colId: 'label' });
      session.notify('Regel verwijderd. Ctrl+Z maakt dit ongedaan.', 'info');
    }
  }, [currentLine, session, state]);

  // Alt+N beside the current line (a theme when on a theme or nowhere), Alt+Delete removes it.
  const onKeyDownCapture = (event: KeyboardEvent<HTMLElement>) => {
    const action = canFinance && !isTextEntry(event.target) ? actionForKey(event, [addBudgetLine, deleteBudgetLine]) : null;
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    if (action === addBudgetLine) addLine(currentLine?.parentId ?? null);
    else void removeLine();
  };

  const settings = state?.plan.settings;
  return (
    <>
      <a className="skip-link" href="#inhoud" onClick={skipTo}>
        Naar de inhoud
      </a>
      <header className="topbar">
        <a className="brand" href={overviewHref}>
          Koers
        </a>
        <span className="topbar-title">{state?.plan.name ?? 'Begrotingsplan'}</span>
        <div className="topbar-right">
          <Avatars self={{ id: session.identity.id, name: session.identity.name, color: selfColor }} peers={peers} />
          <ConnectionStatus state={connection} />
        </div>
      </header>
      <ConnectionBanner connection={session.document.connection} />
      <Notices notices={notices} onDismiss={session.dismiss} />
      <ConfirmDialog request={confirmRequest} />
      <div className="budget-layout">
        <main id="inhoud" tabIndex={-1} className="budget-main" onKeyDownCapture={onKeyDownCapture}>
          <h1>{state?.plan.name ?? 'Begrotingsplan'}</h1>
          {!state && connection.kind !== 'closed' && (
            <p role="status" className="muted">
              {synced ? 'Dit begrotingsplan kon niet worden gelezen.' : 'Begrotingsplan laden…'}
            </p>
          )}
          {state && settings && (
            <>
              <p className="budget-status-line">
                {[settings.municipality, `periode ${settings.periodStart}-${settings.periodEnd}`, settings.fundingSource].filter(Boolean).join(' · ')}
                {!canFinance && ' · Bedragen wijzigen kan alleen een financieel adviseur'}
              </p>
              <div className="budget-toolbar" role="toolbar" aria-label="Begroting bewerken">
                <label htmlFor="begroting-soort">Bedragen in de tabel</label>
                <select id="begroting-soort" value={soort} onChange={(e) => setSoort(e.target.value as AmountKind)}>
                  {AMOUNT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {AMOUNT_KIND_LABELS[k]}
                    </option>
                  ))}
                </select>
                {canFinance && (
                  <>
                    <button type="button" className="button" onClick={() => addLine(null)}>
                      Thema toevoegen
                    </button>
                    <button
                      type="button"
                      className="button"
                      disabled={!currentLine || currentLine.depth >= 2}
                      onClick={() => currentLine && addLine(currentLine.id)}
                    >
                      Onderdeel toevoegen
                    </button>
                    <button type="button" className="button" disabled={!currentLine} aria-keyshortcuts={ariaKeys(deleteBudgetLine)} onClick={() => void removeLine()}>
                      Regel verwijderen
                    </button>
                  </>
                )}
                <button type="button" className="button" aria-keyshortcuts={ariaKeys(undoCommand)} onClick={() => session.undo()}>
                  Ongedaan maken
                </button>
              </div>
              {canFinance && (
                <p className="muted budget-keys">
                  Toetsen: Alt+N een regel naast de huidige, Alt+Delete de huidige regel verwijderen, Enter of typen om een bedrag in te vullen (zoals 47.600 of € 47.600,50), Ctrl+Z ongedaan maken.
                </p>
              )}
              <BudgetGrid session={session} rows={rows} years={years} soort={soort} findings={cellFindings} peers={peers} canFinance={canFinance} onCurrent={setCurrent} />
              <TotalsTable totals={state.totals} years={years} soort={soort} />
              <BudgetExport session={session} name={state.plan.name} />
            </>
          )}
        </main>
        <aside className="budget-side" aria-label="Problemen en koppelingen">
          {state && <LinksPanel session={session} state={state} lineId={current} canLink={canLink} />}
          <BudgetProblems session={session} findings={findings} />
        </aside>
      </div>
    </>
  );
}
