/**
 * Whether the grid and the texts around it may be edited. A frozen version is shown by the same
 * components with `readOnly`: no editors, no row buttons, nothing that writes.
 */
import { createContext, useContext } from 'react';

export interface ViewMode {
  readOnly: boolean;
}

export const ViewModeContext = createContext<ViewMode>({ readOnly: false });

export function useViewMode(): ViewMode {
  return useContext(ViewModeContext);
}
