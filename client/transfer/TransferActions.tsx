/**
 * Reports out, tables in: the top bar's "Exporteren" menu and, on the current version, the
 * "Importeren…" button with its dialog.
 */
import { useState } from 'react';
import { CURRENT_IN_ROUTE, type ProgrammeView } from '../app/route.ts';
import { useSession } from '../programme/SessionContext.ts';
import { useCan } from '../programme/rights.ts';
import { ExportMenu } from './ExportMenu.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import './transfer.css';

export function TransferActions({ view }: { view: ProgrammeView }) {
  const session = useSession();
  const canEdit = useCan('edit');
  const [importOpen, setImportOpen] = useState(false);
  // A frozen version cannot take an import, nor a role without 'edit'; the current one (also while compared) can.
  const live = view.kind === 'live' || (view.kind === 'diff' && view.to === CURRENT_IN_ROUTE);
  return (
    <>
      <ExportMenu view={view} />
      {live && canEdit && (
        <button type="button" className="button small" aria-haspopup="dialog" onClick={() => setImportOpen(true)}>
          Importeren…
        </button>
      )}
      <ImportDialog session={session} open={importOpen} onClose={() => setImportOpen(false)} />
    </>
  );
}
