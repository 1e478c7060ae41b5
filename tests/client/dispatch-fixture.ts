/**
 * A real dispatcher on a real seeded Y.Doc, as a page builds it: the user's origin and undo
 * manager, the real CouncilGate (over a plain list of versions instead of the server's), and
 * the notices the user would see.
 */
import * as Y from 'yjs';
import { seedProgramme, undoScope, userOrigin } from '../../shared/doc/index.ts';
import type { Right } from '../../shared/auth/roles.ts';
import type { VersionInfo } from '../../shared/history/index.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';
import { Dispatcher } from '../../client/actions/dispatcher.ts';
import { UndoFocus } from '../../client/actions/undo-focus.ts';
import type { CellRef } from '../../client/actions/action.ts';
import { CouncilGate } from '../../client/council/council-gate.ts';
import type { VersionList } from '../../client/history/version-list.ts';
import { Store } from '../../client/programme/store.ts';

const ADOPTED: VersionInfo = {
  id: 'v-raad',
  documentId: 'bestaanszekerheid',
  name: 'Raadsbesluit',
  status: 'raad-vastgesteld',
  date: '2026-02-01',
  documentNumber: '',
  note: '',
  createdAt: '2026-02-01T10:00:00.000Z',
  createdBy: { id: 'b', name: 'Beheerder' },
} as VersionInfo;

export function dispatchFixture(options: { rights?: Right[]; adopted?: boolean } = {}) {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById('bestaanszekerheid')!);
  const origin = userOrigin('anna', 'Anna de Vries');
  const undoManager = new Y.UndoManager(undoScope(doc), { trackedOrigins: new Set([origin]), captureTimeout: 0 });
  let cell: CellRef | null = null;
  const undoFocus = new UndoFocus(undoManager, () => cell);
  const versions = new Store<VersionInfo[] | null>(options.adopted ? [ADOPTED] : []);
  const council = new CouncilGate({ versions } as unknown as VersionList);
  const rights = new Set<Right>(options.rights ?? ['read', 'comment', 'edit']);
  const notices: string[] = [];
  let updates = 0;
  doc.on('update', () => updates++);
  const dispatcher = new Dispatcher({
    doc,
    origin,
    undoManager,
    undoFocus,
    author: { id: 'anna', name: 'Anna de Vries' },
    rights: () => rights,
    council,
    notify: (message) => notices.push(message),
  });
  return {
    doc,
    undoManager,
    undoFocus,
    council,
    dispatcher,
    notices,
    updates: () => updates,
    /** The cell the user is on, as the grid reports it. */
    standOn: (next: CellRef | null) => (cell = next),
  };
}
