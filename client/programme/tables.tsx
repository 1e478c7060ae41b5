/** The three tables of the council document: goal indicators, results, activities. */
import { memo, useCallback, useMemo } from 'react';
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { addRow, deleteRow, setField } from '../../shared/doc/index.ts';
import type { Activity, GoalIndicator, Result, ResultIndicator } from '../../shared/model/types.ts';
import type { EntityKind } from '../../shared/model/entities.ts';
import { itemsToText, planLines, textToItems } from './lines.ts';
import { useSession } from './SessionContext.ts';
import type { Session } from './session.ts';
import { TableGrid } from './TableGrid.tsx';
import { StructuredCellEditor } from '../structured/StructuredCellEditor.tsx';

const SHORT_TEXT: Pick<ColDef, 'cellEditor' | 'cellEditorPopup' | 'cellEditorParams'> = {
  cellEditor: 'agTextCellEditor',
  cellEditorPopup: false,
  cellEditorParams: { maxLength: 200 },
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

function textValue(value: unknown): string {
  return typeof value === 'string' ? value : value == null ? '' : String(value);
}

function writeText(session: Session, kind: EntityKind, id: string, field: string, value: unknown): void {
  session.writeFields(kind, id, { [field]: textValue(value) });
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
  const session = useSession();
  const columns = useMemo<ColDef<GoalIndicator>[]>(
    () => [
      { field: 'indicator', headerName: 'Indicator', flex: 3, minWidth: 180 },
      { field: 'baseline', headerName: 'Nulmeting', flex: 3, minWidth: 180, ...STRUCTURED },
      { field: 'target', headerName: targetHeader, flex: 3, minWidth: 180, ...STRUCTURED },
      { field: 'source', headerName: 'Monitoring/bron', flex: 2, minWidth: 140 },
    ],
    [targetHeader],
  );
  const onEdit = useCallback(
    (row: GoalIndicator, field: string, value: unknown) => writeText(session, 'goalIndicator', row.id, field, value),
    [session],
  );
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
      onEdit={onEdit}
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

/** Maps the edited lines onto the result's indicator rows in one transaction (one undo step). */
export function writeResultIndicators(session: Session, resultId: string, current: ResultIndicator[], text: string): void {
  const plan = planLines(current, textToItems(text));
  const { doc, origin } = session;
  doc.transact(() => {
    for (const id of plan.deletes) deleteRow(doc, 'resultIndicator', id, origin);
    let prevId: string | null = null;
    for (const entry of plan.entries) {
      if (entry.kind === 'keep') prevId = entry.id;
      else if (entry.kind === 'update') {
        setField(doc, 'resultIndicator', entry.id, 'text', entry.text, origin);
        prevId = entry.id;
      } else {
        prevId = addRow(doc, 'resultIndicator', resultId, origin, { afterId: prevId, fields: { text: entry.text } });
      }
    }
  }, origin);
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
  const session = useSession();
  const rows = useMemo(() => results.map(toResultRow), [results]);
  const columns = useMemo<ColDef<ResultRow>[]>(
    () => [
      { field: 'code', headerName: 'Code', width: 96, minWidth: 80, ...SHORT_TEXT },
      { field: 'text', headerName: 'Resultaat', flex: 3, minWidth: 180 },
      {
        field: 'indicatorsText',
        headerName: 'Indicator op resultaat',
        flex: 3,
        minWidth: 180,
        cellRendererParams: { lines: true },
        cellEditorParams: { maxLength: 20_000, rows: 10, cols: 70 },
        headerTooltip: 'Eén indicator per regel',
      },
      { field: 'source', headerName: 'Bron', flex: 2, minWidth: 120 },
      { field: 'measurableFrom', headerName: 'Meetbaar vanaf', width: 140, minWidth: 110, ...SHORT_TEXT },
    ],
    [],
  );
  const onEdit = useCallback(
    (row: ResultRow, field: string, value: unknown) => {
      if (field === 'indicatorsText') writeResultIndicators(session, row.id, row.indicators, textValue(value));
      else writeText(session, 'result', row.id, field, value);
    },
    [session],
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
      onEdit={onEdit}
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

const KIND_LABELS: Record<string, string> = { existing: 'Bestaand', new: 'Nieuw', '': '' };

export const ActivityTable = memo(function ActivityTable({
  subGoalId,
  label,
  activities,
}: {
  subGoalId: string;
  label: string;
  activities: Activity[];
}) {
  const session = useSession();
  const rows = useMemo<ActivityRow[]>(
    () => activities.map((a, i) => ({ id: a.id, nr: i + 1, text: a.text, kind: a.kind ?? '' })),
    [activities],
  );
  const columns = useMemo<ColDef<ActivityRow>[]>(
    () => [
      { field: 'nr', headerName: 'Nr.', width: 72, minWidth: 64, editable: false, cellClass: 'cell-number' },
      { field: 'text', headerName: 'Activiteit', flex: 6, minWidth: 240 },
      {
        field: 'kind',
        headerName: 'Soort',
        width: 150,
        minWidth: 120,
        cellEditor: 'agSelectCellEditor',
        cellEditorPopup: false,
        cellEditorParams: { values: ['', 'existing', 'new'] },
        valueFormatter: (p: ValueFormatterParams<ActivityRow, string>) => KIND_LABELS[p.value ?? ''] ?? String(p.value ?? ''),
      },
    ],
    [],
  );
  const onEdit = useCallback(
    (row: ActivityRow, field: string, value: unknown) => {
      if (field === 'kind') {
        const kind = value === 'existing' || value === 'new' ? value : null;
        session.writeFields('activity', row.id, { kind });
      } else writeText(session, 'activity', row.id, field, value);
    },
    [session],
  );
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
      onEdit={onEdit}
    />
  );
});
