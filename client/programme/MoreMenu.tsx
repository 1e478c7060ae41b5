/**
 * "Meer" in the top bar: what is used less often than editing (versions to freeze, import, the
 * shortcut list, the account), so the bar stays one row. A disclosure, not an ARIA menu: it
 * holds links, buttons and the signed-in name. Escape or a click elsewhere closes it and
 * Escape returns to the button; choosing something in it closes it too.
 */
import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from 'react';

export function MoreMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  // A chosen link or button has done its work (or opened its dialog): the panel goes away.
  const onChoose = (event: MouseEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).closest('a, button')) setOpen(false);
  };

  return (
    <div className="more-menu" ref={rootRef}>
      <button ref={buttonRef} type="button" className="button small" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        Meer <span aria-hidden="true">▾</span>
      </button>
      <div id={id} className="more-menu-panel" hidden={!open} onClick={onChoose}>
        {children}
      </div>
    </div>
  );
}
