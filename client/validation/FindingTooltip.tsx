/**
 * The findings of a marked cell in the page's cell tooltip (hover and keyboard focus, Escape
 * hides it; see CellTooltip). The same text is the cell's aria-description; this is for the eyes.
 */
import { useContext } from 'react';
import { cellAddress, CellTooltip } from '../grid/CellTooltip.tsx';
import { cellKey, FindingsContext } from './finding-index.ts';
import { LevelIcon } from './LevelIcon.tsx';
import { acknowledgementLine, LEVEL_TITLES, levelOf } from './wording.ts';

export function FindingTooltip() {
  const index = useContext(FindingsContext);
  const contentFor = (cell: HTMLElement) => {
    const address = cellAddress(cell);
    const findings = address ? (index.byCell.get(cellKey(address.rowId, address.colId)) ?? []) : [];
    if (findings.length === 0) return null;
    return (
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
    );
  };
  return <CellTooltip className="finding-tooltip" contentFor={contentFor} placement="below" />;
}
