/**
 * Whether the grid and the texts around it may be edited. A frozen version is shown by the same
 * components with `readOnly`: no editors, no row buttons, nothing that writes. A user whose role
 * has no 'edit' right sees the live programme the same way, but it stays live for them
 * (cursors, comments), hence the reason.
 */
import { createContext, useContext } from 'react';

export interface ViewMode {
  readOnly: boolean;
  /** Why it is read-only: a frozen version, the user's role, or an archived programme. */
  reason?: 'version' | 'role' | 'archived';
}

export const ViewModeContext = createContext<ViewMode>({ readOnly: false });

export function useViewMode(): ViewMode {
  return useContext(ViewModeContext);
}

export const READ_ONLY_ROLE: ViewMode = { readOnly: true, reason: 'role' };
export const ARCHIVED: ViewMode = { readOnly: true, reason: 'archived' };
export const EDITABLE: ViewMode = { readOnly: false };
