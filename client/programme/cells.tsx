/**
 * Cell renderers: user text as text (never HTML), wrapped and cut off after 8 lines, with what
 * else is known about the cell around it (read through the grid's CellHub, client/grid/cell-hub.ts): colleagues' presence, validation findings, open comment threads, the council
 * lock, differences with a compared version, and a clash this officer lost.
 */
import { useRef } from 'react';
import type { CustomCellRendererProps } from 'ag-grid-react';
import { clashesAt, diffAt, findingsAt, presenceAt, threadsAt, useCellSlice } from '../grid/cell-hub.ts';
import { mayOverflow, toggleExpanded, useExpanded, useOverflows } from '../grid/expanded-cells.ts';
import type { EntityKind } from '../../shared/model/entities.ts';
import { PresenceMarks } from './PresenceMarks.tsx';
import { textToItems } from './lines.ts';
import { useViewMode } from './view-mode.ts';
import { FindingMarks } from '../validation/FindingMarks.tsx';
import { CommentMark } from '../comments/CommentMark.tsx';
import { useCouncilLock } from '../council/use-council-lock.ts';
import { LockMark } from '../council/LockMark.tsx';
import { DiffMarks } from '../history/DiffMarks.tsx';
import { ClashInCell } from '../clash/ClashNotice.tsx';

export interface TextCellParams {
  /** Render the value as a list, one item per line (indicators on a result). */
  lines?: boolean;
}

/** What TableGrid hands every cell through AG Grid's context. */
export interface GridCellContext {
  kind: EntityKind;
  /** The leftmost column: it carries a row's own marks (new row, comments on the whole row). */
  firstColId: string;
  /** The table's accessible name (editors name themselves after it). */
  label: string;
}

export function TextCell(props: CustomCellRendererProps & TextCellParams) {
  const rowId = props.node.id;
  const colId = props.column?.getColId();
  const context = props.context as GridCellContext | undefined;
  const kind = context?.kind;
  const { readOnly } = useViewMode();
  const firstColumn = colId !== undefined && colId === context?.firstColId;
  // Each part through the grid's hub: this cell re-renders only when its own part changes.
  const id = rowId ?? '';
  const col = colId ?? '';
  const peers = useCellSlice((s) => presenceAt(s, id, col));
  const findings = useCellSlice((s) => findingsAt(s, id, col));
  const threads = useCellSlice((s) => threadsAt(s, id, col, firstColumn));
  const locked = useCouncilLock(kind, colId) && !readOnly;
  const diff = useCellSlice((s) => diffAt(s, id, col));
  const clashes = useCellSlice((s) => clashesAt(s, id, col));
  const raw = props.valueFormatted ?? (props.value == null ? '' : String(props.value));
  let content;
  if (props.lines) {
    const items = textToItems(raw);
    content =
      items.length === 0 ? null : (
        <ul className="cell-lines" data-cell-content="">
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
  } else {
    content = (
      <span className="cell-text" data-cell-content="">
        {raw}
      </span>
    );
  }
  const hasMarks = locked || threads.length > 0;
  // Long texts are cut off after a few lines; the rest is a click (or, read-only, Enter) away.
  const clampRef = useRef<HTMLDivElement>(null);
  const expanded = useExpanded(rowId, colId);
  const overflows = useOverflows(clampRef, mayOverflow(raw), expanded);
  return (
    <>
      <FindingMarks findings={findings} cell={props.eGridCell} />
      <DiffMarks added={diff.added} notes={diff.notes} firstColumn={firstColumn} cell={props.eGridCell} />
      {hasMarks && (
        <span className="cell-marks">
          {locked && <LockMark />}
          <CommentMark threads={threads} />
        </span>
      )}
      <div ref={clampRef} className={`cell-clamp${expanded ? ' expanded' : ''}${overflows && !expanded ? ' cut' : ''}`}>
        {content}
      </div>
      {overflows && rowId && colId && (
        <button
          type="button"
          className="cell-more"
          tabIndex={-1}
          aria-expanded={expanded}
          onClick={(event) => {
            event.stopPropagation();
            toggleExpanded(rowId, colId);
          }}
          onDoubleClick={(event) => event.stopPropagation()}
        >
          {expanded ? 'Minder tonen' : 'Alles tonen'}
        </button>
      )}
      {colId && <ClashInCell clashes={clashes} colId={colId} />}
      <PresenceMarks peers={peers} />
    </>
  );
}
