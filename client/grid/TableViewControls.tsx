/**
 * "Sorteren en filteren" above a table: a button that opens a small form (sort by a column, A-Z
 * or Z-A; only rows whose cell in a column holds a text), and, while a sort or filter is on, a
 * line saying so with one button that lifts both. Only this user's screen changes.
 */
import { useRef, type KeyboardEvent } from 'react';
import { buttonTitle, mainKey } from '../actions/registry.ts';
import { tableViewCommand } from '../actions/table-view-command.ts';
import { describeView, isActive, NO_VIEW, type SortDirection, type TableView } from './table-view.ts';

interface Props {
  domId: string;
  label: string;
  columns: readonly { colId: string; header: string }[];
  view: TableView;
  onView(view: TableView): void;
  open: boolean;
  onOpen(open: boolean): void;
  shownCount: number;
  rowCount: number;
}

export function TableViewControls({ domId, label, columns, view, onView, open, onOpen, shownCount, rowCount }: Props) {
  const toggleRef = useRef<HTMLButtonElement>(null);
  const formId = `${domId}-weergave`;
  const headerOf = (colId: string) => columns.find((c) => c.colId === colId)?.header ?? colId;
  const active = isActive(view);
  const filterCol = view.filter?.colId ?? columns[0]?.colId ?? '';

  const close = () => {
    onOpen(false);
    toggleRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  return (
    <>
      <button
        ref={toggleRef}
        type="button"
        className="button small"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        aria-label={`Sorteren en filteren: ${label}`}
        aria-keyshortcuts={mainKey(tableViewCommand)}
        title={buttonTitle(tableViewCommand)}
        onClick={() => onOpen(!open)}
      >
        Sorteren en filteren
      </button>
      {active && (
        <span className="table-view-active" role="status">
          <span aria-hidden="true">⚑ </span>
          {describeView(view, headerOf)} {shownCount < rowCount ? `${shownCount} van ${rowCount} rijen.` : ''}
          <button type="button" className="button small" onClick={() => onView(NO_VIEW)} aria-label={`Sortering en filter opheffen: ${label}`}>
            Opheffen
          </button>
        </span>
      )}
      {open && (
        <div id={formId} className="table-view-form" role="group" aria-label={`Sorteren en filteren: ${label}`} onKeyDown={onKeyDown}>
          <div className="table-view-field">
            <label htmlFor={`${formId}-sort`}>Sorteren op</label>
            <select
              id={`${formId}-sort`}
              value={view.sort?.colId ?? ''}
              onChange={(e) => onView({ ...view, sort: e.target.value ? { colId: e.target.value, direction: view.sort?.direction ?? 'asc' } : null })}
            >
              <option value="">Niet sorteren (volgorde van het document)</option>
              <ColumnOptions columns={columns} />
            </select>
          </div>
          <div className="table-view-field">
            <label htmlFor={`${formId}-direction`}>Volgorde</label>
            <select
              id={`${formId}-direction`}
              value={view.sort?.direction ?? 'asc'}
              disabled={!view.sort}
              onChange={(e) => view.sort && onView({ ...view, sort: { ...view.sort, direction: e.target.value as SortDirection } })}
            >
              <option value="asc">A-Z, laag naar hoog</option>
              <option value="desc">Z-A, hoog naar laag</option>
            </select>
          </div>
          <div className="table-view-field">
            <label htmlFor={`${formId}-filter-col`}>Filteren in kolom</label>
            <select id={`${formId}-filter-col`} value={filterCol} onChange={(e) => onView({ ...view, filter: { colId: e.target.value, text: view.filter?.text ?? '' } })}>
              <ColumnOptions columns={columns} />
            </select>
          </div>
          <div className="table-view-field">
            <label htmlFor={`${formId}-filter-text`}>Alleen rijen met</label>
            <input
              id={`${formId}-filter-text`}
              type="search"
              autoComplete="off"
              data-view-filter=""
              value={view.filter?.text ?? ''}
              onChange={(e) => onView({ ...view, filter: { colId: filterCol, text: e.target.value } })}
            />
          </div>
          <button type="button" className="button small" onClick={close}>
            Klaar
          </button>
        </div>
      )}
    </>
  );
}

function ColumnOptions({ columns }: { columns: Props['columns'] }) {
  return columns.map((c) => (
    <option key={c.colId} value={c.colId}>
      {c.header}
    </option>
  ));
}
