/**
 * The live programme's column headers from its settings, for the tables inside. A frozen
 * version has no provider and keeps the headers derived from its own period.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { useProgrammeSettings } from './use-programme-meta.ts';

const HeadersContext = createContext<{ targetHeader: string; advisoryBody: string } | null>(null);

export function LiveHeaders({ doc, children }: { doc: Y.Doc; children: ReactNode }) {
  const settings = useProgrammeSettings(doc);
  return <HeadersContext.Provider value={settings ? { targetHeader: settings.targetHeader, advisoryBody: settings.advisoryBody } : null}>{children}</HeadersContext.Provider>;
}

/** The target column's header from the live settings, or null outside a live programme. */
export function useLiveTargetHeader(): string | null {
  return useContext(HeadersContext)?.targetHeader ?? null;
}

/** The advisory body's name from the live settings ("Adviesraad Sociaal Domein"), or null outside a live programme. */
export function useLiveAdvisoryBody(): string | null {
  return useContext(HeadersContext)?.advisoryBody ?? null;
}
