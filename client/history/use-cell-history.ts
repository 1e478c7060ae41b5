/**
 * The history of one screen cell from GET /history: every stored field the cell shows (a
 * nulmeting and its parts), plus the row's appearing and disappearing; for the indicators on a
 * result, the history of each indicator row. Fetched again when the cell changes (locally or
 * remotely, a moment later so the server has recorded it) and on request.
 */
import { useCallback, useEffect, useState } from 'react';
import { observeProgramme } from '../../shared/doc/index.ts';
import type { HistoryEntry } from '../../shared/history/index.ts';
import type { FocusedCell, Session } from '../programme/session.ts';
import { HttpError } from '../app/http.ts';
import { fetchHistory } from './api.ts';
import { fieldsOfCell, isResultIndicatorsCell } from './cell-fields.ts';

const LIMIT = 200;
/** The server records a change right after it stores it; a short pause lets it catch up. */
const SETTLE_MS = 400;

export type CellHistory = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; entries: HistoryEntry[] };
const LOADING: CellHistory = { state: 'loading' };

export function useCellHistory(session: Session, cell: FocusedCell | null): { history: CellHistory | null; reload(): void } {
  // The last answer, with the cell it is for. Another cell shows "loading" until its own answer
  // is in, so nothing of the previous one stays on screen; the same cell again keeps its list
  // until the new one is in, so it does not flicker on every change.
  const [answer, setAnswer] = useState<{ cell: FocusedCell; history: CellHistory } | null>(null);
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);

  const rowIds = cell ? rowsOf(session, cell) : [];
  const rowKey = rowIds.join('|');

  useEffect(() => {
    if (!cell) return;
    const controller = new AbortController();
    const indicators = isResultIndicatorsCell(cell.kind, cell.colId);
    const fields = new Set(indicators ? ['text'] : fieldsOfCell(cell.kind, cell.colId));
    Promise.all(rowKey.split('|').filter(Boolean).map((rowId) => fetchHistory(session.documentId, { rowId, limit: LIMIT }, controller.signal)))
      .then((lists) => {
        const entries = lists
          .flat()
          .filter((e) => e.action !== 'set' || (e.field !== null && fields.has(e.field)))
          .sort((a, b) => b.seq - a.seq);
        setAnswer({ cell, history: { state: 'ready', entries } });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof HttpError ? error.message : 'De geschiedenis kon niet worden geladen.';
        setAnswer({ cell, history: { state: 'error', message } });
      });
    return () => controller.abort();
  }, [cell, rowKey, round, session]);

  useEffect(() => {
    if (!rowKey) return;
    const watched = new Set(rowKey.split('|'));
    let timer: number | undefined;
    const stop = observeProgramme(session.doc, (change) => {
      if (![...change.rowIds].some((id) => watched.has(id))) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(reload, SETTLE_MS);
    });
    return () => {
      stop();
      window.clearTimeout(timer);
    };
  }, [reload, rowKey, session]);

  const history: CellHistory | null = !cell ? null : answer?.cell === cell ? answer.history : LOADING;
  return { history, reload };
}

function rowsOf(session: Session, cell: FocusedCell): string[] {
  if (!isResultIndicatorsCell(cell.kind, cell.colId)) return [cell.rowId];
  const result = session.programme
    .get()
    ?.goals.flatMap((g) => g.subGoals.flatMap((s) => s.results))
    .find((r) => r.id === cell.rowId);
  return result ? result.indicators.map((i) => i.id) : [];
}
