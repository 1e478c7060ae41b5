/** The three tables of the council document: goal indicators, results, activities. */
import { memo, useCallback, useMemo } from 'react';
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { Activity, GoalIndicator, Result, ResultIndicator } from '../../shared/model/types.ts';
import type { EntityKind } from '../../shared/model/entities.ts';
import type { CellEdit } from '../actions/cell-edit.ts';
import { itemsToText } from './lines.ts';
import { TableGrid } from './TableGrid.tsx';
import { TextCellEditor, type TextEditorParams } from '../grid/text-editor.ts';
import { StructuredCellEditor } from '../structured/StructuredCellEditor.tsx';
import { activity as activityKind } from '../../shared/schema/index.ts';
import { columnHeading, RESULT_INDICATORS_COLUMN } from './column-labels.ts';
import { progressColumn } from '../monitoring/progress-column.tsx';
import { costColumn, useCostsShown } from '../budget/cost-column.tsx';

export const SHORT_TEXT: Pick<ColDef, 'cellEditor' | 'cellEditorPopup' | 'cellEditorParams'> = {
  cellEditor: TextCellEditor,
  cellEditorPopup: false,
  cellEditorParams: { multiline: false, maxLength: 200 } satisfies TextEditorParams,
};

/**
 * Nulmeting and streefwaarde open the structured editor. While it is open the grid leaves the
 * keyboard alone (Tab moves between its fields, Enter saves); Escape still cancels through AG Grid.
 */
const STRUCTURED: Pick<ColDef, 'cellEditor' | 'cellEditorPopup' | 'cellEditorPopupPosition' | 'cellEditorParams' | 'suppressKeyboardEvent'> = {
  cellEditor: StructuredCellEditor,
  cellEditorPopup: true,
  cellEditorPopupPosition: 'under',
  cellEditorParams: {},
  suppressKeyboardEvent: (params) => params.editing,
};

export function textValue(value: unknown): string {
  return typeof value === 'string' ? value : value == null ? '' : String(value);
}

function textEdit(kind: EntityKind, id: string, field: string, value: unknown): CellEdit {
  return { kind: 'fields', rowKind: kind, rowId: id, values: { [field]: textValue(value) } };
}

// ---- Goal indicators --------------------------------------------------------------------

export const GoalIndicatorTable = memo(function GoalIndicatorTable({
  goalId,
  goalCode,
  indicators,
  targetHeader,
}: {
  goalId: string;
  goalCode: string;
  indicators: GoalIndicator[];
  targetHeader: string;
}) {
  const columns = useMemo<ColDef<GoalIndicator>[]>(
    () => [
      // Minimum widths that leave room for the Voortgang column at 1440 px with both side panels
      // open: a table that scrolls sideways hides its last column from a reader.
      { field: 'indicator', headerName: columnHeading('goalIndicator', 'indicator'), flex: 3, minWidth: 120 },
      { field: 'baseline', headerName: columnHeading('goalIndicator', 'baseline'), flex: 3, minWidth: 120, ...STRUCTURED },
      { field: 'target', headerName: targetHeader, flex: 3, minWidth: 120, ...STRUCTURED },
      { field: 'source', headerName: columnHeading('goalIndicator', 'source'), flex: 2, minWidth: 140 },
      progressColumn(),
    ],
    [targetHeader],
  );
  const toEdit = useCallback((row: GoalIndicator, field: string, value: unknown) => textEdit('goalIndicator', row.id, field, value), []);
  return (
    <TableGrid
      domId={`tabel-${goalId}-indicatoren`}
      label={`Indicatoren bij doel ${goalCode}`}
      kind="goalIndicator"
      parentId={goalId}
      rows={indicators}
      columns={columns}
      firstColId="indicator"
      rowNoun="indicator"
      thisNoun="deze indicator"
      toEdit={toEdit}
    />
  );
});

// ---- Results ----------------------------------------------------------------------------

export interface ResultRow {
  id: string;
  code: string;
  text: string;
  indicatorsText: string;
  source: string;
  measurableFrom: string;
  indicators: ResultIndicator[];
  activityCount: number;
}

const resultRowCache = new WeakMap<Result, ResultRow>();

function toResultRow(result: Result): ResultRow {
  let row = resultRowCache.get(result);
  if (!row) {
    row = {
      id: result.id,
      code: result.code,
      text: result.text,
      indicatorsText: itemsToText(result.indicators),
      source: result.source,
      measurableFrom: result.measurableFrom,
      indicators: result.indicators,
      activityCount: result.activities.length,
    };
    resultRowCache.set(result, row);
  }
  return row;
}

export const ResultTable = memo(function ResultTable({
  subGoalId,
  label,
  results,
}: {
  subGoalId: string;
  label: string;
  results: Result[];
}) {
  const rows = useMemo(() => results.map(toResultRow), [results]);
  const withCosts = useCostsShown();
  const columns = useMemo<ColDef<ResultRow>[]>(
    () => [
      { field: 'code', headerName: columnHeading('result', 'code'), width: 96, minWidth: 80, ...SHORT_TEXT },
      { field: 'text', headerName: columnHeading('result', 'text'), flex: 3, minWidth: 180 },
      {
        field: RESULT_INDICATORS_COLUMN,
        headerName: columnHeading('result', RESULT_INDICATORS_COLUMN),
        flex: 3,
        minWidth: 180,
        cellRendererParams: { lines: true },
        headerTooltip: 'Eén indicator per regel',
      },
      { field: 'source', headerName: columnHeading('result', 'source'), flex: 2, minWidth: 120 },
      { field: 'measurableFrom', headerName: columnHeading('result', 'measurableFrom'), width: 140, minWidth: 110, ...SHORT_TEXT },
      ...(withCosts ? [costColumn<ResultRow>()] : []),
    ],
    [withCosts],
  );
  const toEdit = useCallback(
    (row: ResultRow, field: string, value: unknown): CellEdit =>
      field === RESULT_INDICATORS_COLUMN
        ? { kind: 'resultIndicators', resultId: row.id, current: row.indicators, text: textValue(value) }
        : textEdit('result', row.id, field, value),
    [],
  );
  const describeChildren = useCallback((row: ResultRow) => {
    const parts: string[] = [];
    const n = row.indicators.length;
    if (n > 0) parts.push(`${n} ${n === 1 ? 'indicator' : 'indicatoren'} op resultaat`);
    if (row.activityCount > 0) parts.push(`${row.activityCount} ${row.activityCount === 1 ? 'activiteit' : 'activiteiten'}`);
    return parts.length ? parts.join(' en ') : null;
  }, []);
  return (
    <TableGrid
      domId={`tabel-${subGoalId}-resultaten`}
      label={label}
      kind="result"
      parentId={subGoalId}
      rows={rows}
      columns={columns}
      firstColId="text"
      rowNoun="resultaat"
      thisNoun="dit resultaat"
      toEdit={toEdit}
      describeChildren={describeChildren}
    />
  );
});

// ---- Activities -------------------------------------------------------------------------

export interface ActivityRow {
  id: string;
  nr: number;
  text: string;
  kind: string;
}

const KIND_LABELS: Readonly<Record<string, string>> = { ...activityKind.fields.kind.shown, '': '' };

export const ActivityTable = memo(function ActivityTable({
  subGoalId,
  label,
  activities,
}: {
  subGoalId: string;
  label: string;
  activities: Activity[];
}) {
  const rows = useMemo<ActivityRow[]>(
    () => activities.map((a, i) => ({ id: a.id, nr: i + 1, text: a.text, kind: a.kind ?? '' })),
    [activities],
  );
  const withCosts = useCostsShown();
  const columns = useMemo<ColDef<ActivityRow>[]>(
    () => [
      { field: 'nr', headerName: 'Nr.', width: 72, minWidth: 64, editable: false, cellClass: 'cell-number' },
      { field: 'text', headerName: columnHeading('activity', 'text'), flex: 6, minWidth: 240 },
      {
        field: 'kind',
        headerName: columnHeading('activity', 'kind'),
        width: 150,
        minWidth: 120,
        cellEditor: 'agSelectCellEditor',
        cellEditorPopup: false,
        cellEditorParams: { values: ['', ...activityKind.fields.kind.values] },
        valueFormatter: (p: ValueFormatterParams<ActivityRow, string>) => KIND_LABELS[p.value ?? ''] ?? String(p.value ?? ''),
      },
      ...(withCosts ? [costColumn<ActivityRow>()] : []),
    ],
    [withCosts],
  );
  const toEdit = useCallback((row: ActivityRow, field: string, value: unknown): CellEdit => {
    if (field !== 'kind') return textEdit('activity', row.id, field, value);
    const kind = value === 'existing' || value === 'new' ? value : null;
    return { kind: 'fields', rowKind: 'activity', rowId: row.id, values: { kind } };
  }, []);
  return (
    <TableGrid
      domId={`tabel-${subGoalId}-activiteiten`}
      label={label}
      kind="activity"
      parentId={subGoalId}
      rows={rows}
      columns={columns}
      firstColId="text"
      rowNoun="activiteit"
      thisNoun="deze activiteit"
      toEdit={toEdit}
    />
  );
});
