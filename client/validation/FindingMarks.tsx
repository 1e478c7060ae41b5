import { useCellAttribute } from '../grid/use-cell-attribute.ts';
import { LevelIcon } from './LevelIcon.tsx';
import { markLevel, type PlacedFinding } from './finding-index.ts';
import { spokenFinding } from './wording.ts';

/**
 * The marker in a cell with findings: a coloured corner (red for a fout, amber for a
 * waarschuwing, grey for an acknowledged one) and an icon whose shape says the same without
 * colour. The messages go on the grid cell itself as its aria-description, so a screen reader
 * reads them when the keyboard lands on the cell; the visible tooltip is FindingTooltip's.
 */
export function FindingMarks({ findings, cell }: { findings: readonly PlacedFinding[]; cell: HTMLElement | undefined }) {
  const level = markLevel(findings);
  const description = level ? findings.map(spokenFinding).join(' ') : '';

  useCellAttribute(cell, 'aria-description', level ? description : null);
  useCellAttribute(cell, 'data-finding', level);

  if (!level) return null;
  return (
    <>
      <span className={`finding-corner ${level}`} aria-hidden="true" />
      <span className={`finding-badge ${level}`} aria-hidden="true">
        <LevelIcon level={level} />
      </span>
    </>
  );
}
