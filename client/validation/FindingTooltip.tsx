/**
 * The message of a marked cell, shown while the pointer is over the cell or the keyboard is on
 * it (WCAG 1.4.13: it can be dismissed with Escape, hovered without vanishing, and stays until
 * the pointer or focus moves on). One tooltip for the whole page, fixed-positioned, so a short
 * row or the grid's clipping never cuts it off.
 */
import { useCallback, useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { cellKey, FindingsContext } from './finding-index.ts';
import { LevelIcon } from './LevelIcon.tsx';
import { acknowledgementLine, LEVEL_TITLES, levelOf } from './wording.ts';

/** Any grid cell: its findings may arrive after the pointer or keyboard got there. */
function gridCell(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.ag-cell') : null;
}

export function FindingTooltip() {
  const index = useContext(FindingsContext);
  const [hovered, setHovered] = useState<HTMLElement | null>(null);
  const [focused, setFocused] = useState<HTMLElement | null>(null);
  const [dismissed, setDismissed] = useState<HTMLElement | null>(null);
  const [, setTick] = useState(0);
  const tipRef = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  const hoveredRef = useRef(hovered);
  hoveredRef.current = hovered;

  useEffect(() => {
    const onOver = (e: MouseEvent) => {
      // Moving onto the tooltip itself keeps it open.
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

  // A new cell under the pointer or keyboard undoes an earlier Escape.
  useEffect(() => {
    if (dismissed && hovered !== dismissed && focused !== dismissed) setDismissed(null);
  }, [dismissed, focused, hovered]);

  const findingsOf = (c: HTMLElement | null) => {
    const rowId = c?.closest('.ag-row')?.getAttribute('row-id');
    const colId = c?.getAttribute('col-id');
    return rowId && colId ? (index.byCell.get(cellKey(rowId, colId)) ?? []) : [];
  };
  // The pointer wins, but a pointer resting on a plain cell does not hide the keyboard's message.
  const cell = [hovered, focused].find((c) => c && c.isConnected && c !== dismissed && findingsOf(c).length > 0) ?? null;
  const findings = findingsOf(cell);

  const place = useCallback(() => {
    const tip = tipRef.current;
    if (!cell || !tip) return setPosition(null);
    const rect = cell.getBoundingClientRect();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    const below = rect.bottom + 6;
    const top = below + height <= window.innerHeight - 8 ? below : Math.max(8, rect.top - height - 6);
    setPosition((p) => (p && p.left === left && p.top === top ? p : { left, top }));
  }, [cell]);

  useLayoutEffect(place);

  if (!cell || findings.length === 0) return null;
  return (
    <div
      ref={tipRef}
      className="finding-tooltip"
      role="tooltip"
      // The same text is the cell's aria-description; this copy is for the eyes.
      aria-hidden="true"
      style={position ? { left: position.left, top: position.top } : { visibility: 'hidden', left: 0, top: 0 }}
    >
      <ul>
        {findings.map((f) => {
          const level = levelOf(f);
          return (
            <li key={f.key} className={`finding-tooltip-item level-${level}`}>
              <span className="finding-tooltip-title">
                <LevelIcon level={level} /> {LEVEL_TITLES[level]}
              </span>
              <span>{f.message}</span>
              {f.acknowledgement && (
                <span className="finding-tooltip-ack">
                  {acknowledgementLine(f.acknowledgement)}. Reden: {f.acknowledgement.reason}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
