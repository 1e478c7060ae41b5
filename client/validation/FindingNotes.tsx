import { useContext } from 'react';
import { cellKey, FindingsContext, markLevel, type PlacedFinding } from './finding-index.ts';
import { LevelIcon } from './LevelIcon.tsx';
import { LEVEL_TITLES, levelOf } from './wording.ts';

/**
 * Findings on text outside the tables (a goal title, a problem statement): there is no cell to
 * put a corner on, so the message is written under the text, with the same icons.
 */
export function FindingNotes({ rowId, fields, id }: { rowId: string; fields: readonly string[]; id?: string }) {
  const index = useContext(FindingsContext);
  const findings: PlacedFinding[] = fields.flatMap((f) => index.byCell.get(cellKey(rowId, f)) ?? []);
  if (!markLevel(findings)) return null;
  return (
    <ul className="finding-notes" id={id}>
      {findings.map((f) => {
        const level = levelOf(f);
        return (
          <li key={f.key} className={`finding-note level-${level}`}>
            <LevelIcon level={level} /> <strong>{LEVEL_TITLES[level]}:</strong> {f.message}
          </li>
        );
      })}
    </ul>
  );
}
