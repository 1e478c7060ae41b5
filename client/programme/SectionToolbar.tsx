/**
 * The buttons that add, move and delete a goal or an uitwerking, shown only to those who may
 * edit the live programme (not to lezers, not in a frozen version).
 */
import type { ReactNode } from 'react';
import { useCan } from './rights.ts';
import { useViewMode } from './view-mode.ts';

export interface SectionButton {
  key: string;
  text: ReactNode;
  /** Accessible name: starts with the visible text, then names the section ("Doel omhoog: doel 2"). */
  label: string;
  disabled?: boolean;
  danger?: boolean;
  onClick(): void;
}

/** Whether the section buttons apply here: the edit right and the live document. */
export function useSectionEditing(): boolean {
  const { readOnly } = useViewMode();
  const canEdit = useCan('edit');
  return canEdit && !readOnly;
}

export function SectionToolbar({ label, buttons, className }: { label: string; buttons: readonly SectionButton[]; className?: string }) {
  return (
    <div className={`section-toolbar${className ? ` ${className}` : ''}`} role="group" aria-label={label}>
      {buttons.map((b) => (
        <button
          key={b.key}
          type="button"
          className={`button small${b.danger ? ' section-delete' : ''}`}
          // aria-disabled, not disabled: focus must not vanish from a button at the edge.
          aria-disabled={b.disabled || undefined}
          aria-label={b.label}
          title={b.label}
          onClick={() => {
            if (!b.disabled) b.onClick();
          }}
        >
          {b.text}
        </button>
      ))}
    </div>
  );
}
