/**
 * The differences as a list beside the grid: per goal, each change in words with its place, old
 * and new value, and a button that puts the keyboard on the cell when it is in the grid.
 */
import { useId, useMemo } from 'react';
import type { ProgrammeDiff } from '../../shared/history/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { AddedIcon, ChangedIcon, RemovedIcon } from '../programme/Icons.tsx';
import { useSession } from '../programme/SessionContext.ts';
import { Places } from '../validation/places.ts';
import { CHANGE_KIND_LABELS, changeCounts, changeGroups, type ChangeLine } from './change-list.ts';

export function ChangeList({ diff, shown, title }: { diff: ProgrammeDiff; shown: Programme; title: string }) {
  const headingId = useId();
  const groups = useMemo(() => changeGroups(diff), [diff]);
  const places = useMemo(() => new Places(shown), [shown]);
  return (
    <section className="change-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="panel-summary" role="status">
        {changeCounts(diff)}
      </p>
      {groups.map((group) => (
        <div key={group.title} className="change-group">
          <h3>{group.title}</h3>
          <ul>
            {group.lines.map((line, i) => (
              <ChangeItem key={i} line={line} places={places} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function ChangeItem({ line, places }: { line: ChangeLine; places: Places }) {
  const session = useSession();
  const target = line.rowId && line.kind !== 'removed' ? places.place({ entityId: line.rowId, field: line.fieldKey }).target : null;
  return (
    <li className={`change-line kind-${line.kind}`}>
      <span className="change-kind">
        {line.kind === 'added' ? <AddedIcon /> : line.kind === 'removed' ? <RemovedIcon /> : <ChangedIcon />} {CHANGE_KIND_LABELS[line.kind]}
        {line.field ? `: ${line.field}` : ''}
      </span>
      {line.path && <span className="change-path">{line.path}</span>}
      <span className="change-subject">{line.subject}</span>
      {line.old !== null && (
        <span className="change-value">
          Was: <del>{line.old}</del>
        </span>
      )}
      {line.new !== null && (
        <span className="change-value">
          Nu: <ins>{line.new}</ins>
        </span>
      )}
      {target && (
        <button type="button" className="button small" onClick={() => session.requestFocus(target)}>
          Naar de cel<span className="sr-only"> ({line.subject})</span>
        </button>
      )}
    </li>
  );
}
