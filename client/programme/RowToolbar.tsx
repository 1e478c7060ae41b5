/**
 * The button bar above a table: add, delete and move the current row (the actions of
 * client/actions/row-actions.ts, with their Alt-keys), the row position, and the status of a cell selection.
 */
import type { ReactNode } from 'react';
import { buttonTitle, mainKey, TABLE_ROW_ACTIONS, type RowCommand } from '../actions/registry.ts';

interface Props {
  label: string;
  readOnly: boolean;
  /** Index of the current row, -1 when none. */
  currentIndex: number;
  rowCount: number;
  selectionStatus: ReactNode;
  onCommand(command: RowCommand): void;
  /** More controls at the end (sorting and filtering). */
  children?: ReactNode;
}

interface ButtonSpec {
  command: RowCommand;
  text: ReactNode;
  ariaLabel: string;
  disabled: boolean;
}

export function RowToolbar({ label, readOnly, currentIndex, rowCount, selectionStatus, onCommand, children }: Props) {
  const hasRow = currentIndex >= 0;
  const buttons: ButtonSpec[] = [
    {
      command: 'add',
      text: (<><span aria-hidden="true">+</span> Rij toevoegen</>),
      ariaLabel: `Rij toevoegen: ${label}`,
      disabled: false,
    },
    {
      command: 'delete',
      text: 'Verwijderen',
      ariaLabel: `Verwijderen: huidige rij van ${label}`,
      disabled: !hasRow,
    },
    {
      command: 'up',
      text: (<><span aria-hidden="true">↑</span> Omhoog</>),
      ariaLabel: `Omhoog: huidige rij van ${label}`,
      disabled: !hasRow || currentIndex === 0,
    },
    {
      command: 'down',
      text: (<><span aria-hidden="true">↓</span> Omlaag</>),
      ariaLabel: `Omlaag: huidige rij van ${label}`,
      disabled: !hasRow || currentIndex === rowCount - 1,
    },
  ];
  const position = hasRow ? `Rij ${currentIndex + 1} van ${rowCount}` : `${rowCount} ${rowCount === 1 ? 'rij' : 'rijen'}`;
  return (
    <div className="table-toolbar" role="group" aria-label={`Rijen: ${label}`}>
      {!readOnly &&
        buttons.map((b) => (
          <button
            key={b.command}
            type="button"
            className="button small"
            onClick={() => onCommand(b.command)}
            // aria-disabled, not disabled: focus must not vanish when a button stops applying.
            aria-disabled={b.disabled}
            aria-label={b.ariaLabel}
            aria-keyshortcuts={mainKey(TABLE_ROW_ACTIONS[b.command])}
            title={buttonTitle(TABLE_ROW_ACTIONS[b.command])}
          >
            {b.text}
          </button>
        ))}
      {/* The texts shrink rather than wrap: focusing a cell or selecting a block never moves the table. */}
      <span className="toolbar-texts">
        <span className="toolbar-position">{position}</span>
        <span className="toolbar-selection" role="status">
          {selectionStatus}
        </span>
      </span>
      {children}
    </div>
  );
}
