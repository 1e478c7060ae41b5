/**
 * AG Grid Community, trimmed to what Koers uses: client-side rows (updated by transactions), Koers' own text editor and
 * the structured indicator editor (custom editors), the select editor, auto row height, cell/row styling,
 * scrolling a cell into view (Problemen panel) and the Dutch locale.
 */
import {
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  CustomEditorModule,
  LocaleModule,
  ModuleRegistry,
  RenderApiModule,
  RowApiModule,
  RowAutoHeightModule,
  ScrollApiModule,
  SelectEditorModule,
  ValidationModule,
  themeQuartz,
  type Module,
} from 'ag-grid-community';
import { AG_GRID_LOCALE_NL } from '@ag-grid-community/locale';

export function registerGridModules(): void {
  const modules: Module[] = [
    ClientSideRowModelModule,
    // applyTransaction: a change updates only the rows it touched.
    ClientSideRowModelApiModule,
        CustomEditorModule,
    SelectEditorModule,
    RowAutoHeightModule,
    CellStyleModule,
    RowApiModule,
    RenderApiModule,
    ScrollApiModule,
    LocaleModule,
  ];
  // Dev only: explains a missing module or a wrong grid option in the console.
  if (import.meta.env.DEV) modules.push(ValidationModule);
  ModuleRegistry.registerModules(modules);
}

export const localeText: Record<string, string> = {
  ...AG_GRID_LOCALE_NL,
  noRowsToShow: 'Nog geen rijen. Gebruik de knop "Rij toevoegen".',
};

/** Calm, document-like grid: readable 15px text, clear borders, AA contrast. */
const koersGridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 15,
  headerFontSize: 15,
  headerFontWeight: 600,
  foregroundColor: '#1b1f24',
  textColor: '#1b1f24',
  headerTextColor: '#1b1f24',
  headerBackgroundColor: '#e9eef4',
  backgroundColor: '#ffffff',
  oddRowBackgroundColor: '#ffffff',
  borderColor: '#b8c1cc',
  columnBorder: true,
  rowBorder: true,
  wrapperBorderRadius: 4,
  accentColor: '#1546a0',
  spacing: 6,
  cellHorizontalPaddingScale: 1.2,
  rowVerticalPaddingScale: 1.1,
  rowHoverColor: '#f3f6fa',
});

/**
 * How every Koers grid edits: edits come out as requests (the dispatcher writes them), the grid
 * grows with its rows (the page scrolls), Enter moves down after an edit, and the DOM order is
 * the reading order for screen readers.
 */
export const EDITING_GRID_OPTIONS = {
  theme: koersGridTheme,
  domLayout: 'autoHeight',
  readOnlyEdit: true,
  enterNavigatesVerticallyAfterEdit: true,
  stopEditingWhenCellsLoseFocus: true,
  ensureDomOrder: true,
} as const;
