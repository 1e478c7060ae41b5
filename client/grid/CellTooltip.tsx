/**
 * A tooltip for grid cells that carry extra information, shown while the pointer is over the
 * cell or the keyboard is on it (WCAG 1.4.13: Escape hides it, it can be hovered, it stays until
 * the pointer or focus moves on). Fixed-positioned so a grid's clipping never cuts it off.
 * The same information is in the cell for screen readers; this copy is for the eyes.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import './grid.css';

function gridCell(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.ag-cell') : null;
}

export function cellAddress(cell: HTMLElement): { rowId: string; colId: string } | null {
  const rowId = cell.closest('.ag-row')?.getAttribute('row-id');
  const colId = cell.getAttribute('col-id');
  return rowId && colId ? { rowId, colId } : null;
}

export function CellTooltip({
  className,
  contentFor,
  placement,
}: {
  className: string;
  /** What to show for a cell, or null for none. */
  contentFor(cell: HTMLElement): ReactNode | null;
  placement: 'above' | 'below';
}) {
  const [hovered, setHovered] = useState<HTMLElement | null>(null);
  const [focused, setFocused] = useState<HTMLElement | null>(null);
  const [dismissed, setDismissed] = useState<HTMLElement | null>(null);
  const [, setTick] = useState(0);
  const tipRef = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  const hoveredRef = useRef(hovered);
  // Read by the Escape handler only, never during render.
  useLayoutEffect(() => {
    hoveredRef.current = hovered;
  }, [hovered]);

  useEffect(() => {
    const onOver = (e: MouseEvent) => {
      if (e.target instanceof Node && tipRef.current?.contains(e.target)) return;
      setHovered(gridCell(e.target));
    };
    const onFocusIn = (e: FocusEvent) => setFocused(gridCell(e.target));
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setDismissed(gridCell(document.activeElement) ?? hoveredRef.current);
    };
    const onMove = () => setTick((t) => t + 1);
    document.addEventListener('mouseover', onOver);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKeyDown);
    window.addEventListener('scroll', onMove, true);
    window.addEventListener('resize', onMove);
    return () => {
      document.removeEventListener('mouseover', onOver);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('scroll', onMove, true);
      window.removeEventListener('resize', onMove);
    };
  }, []);

  // A dismissal lasts while pointer or focus stays on that cell; adjusted during render, as React
  // recommends for state that follows other state, instead of one extra render from an effect.
  if (dismissed && hovered !== dismissed && focused !== dismissed) setDismissed(null);

  let cell: HTMLElement | null = null;
  let content: ReactNode | null = null;
  for (const candidate of [hovered, focused]) {
    if (!candidate || !candidate.isConnected || candidate === dismissed) continue;
    content = contentFor(candidate);
    if (content !== null) {
      cell = candidate;
      break;
    }
  }

  const place = useCallback(() => {
    const tip = tipRef.current;
    if (!cell || !tip) return setPosition(null);
    const rect = cell.getBoundingClientRect();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    const above = rect.top - height - 6;
    const below = rect.bottom + 6;
    const fitsAbove = above >= 8;
    const fitsBelow = below + height <= window.innerHeight - 8;
    const top = placement === 'above' ? (fitsAbove ? above : below) : fitsBelow ? below : Math.max(8, above);
    setPosition((p) => (p && p.left === left && p.top === top ? p : { left, top }));
  }, [cell, placement]);

  useLayoutEffect(place);

  if (!cell || content === null) return null;
  return (
    <div
      ref={tipRef}
      className={`cell-tooltip ${className}`}
      role="tooltip"
      aria-hidden="true"
      style={position ? { left: position.left, top: position.top } : { visibility: 'hidden', left: 0, top: 0 }}
    >
      {content}
    </div>
  );
}
