/** Cell renderers: user text as text (never HTML), wrapped, with colleagues' presence on top. */
import type { CustomCellRendererProps } from 'ag-grid-react';
import { usePresenceAt } from './presence.ts';
import { PresenceMarks } from './PresenceMarks.tsx';
import { textToItems } from './lines.ts';
import { useFindingsAt } from '../validation/finding-index.ts';
import { FindingMarks } from '../validation/FindingMarks.tsx';

export interface TextCellParams {
  /** Render the value as a list, one item per line (indicators on a result). */
  lines?: boolean;
}

export function TextCell(props: CustomCellRendererProps & TextCellParams) {
  const rowId = props.node.id;
  const colId = props.column?.getColId();
  const peers = usePresenceAt(rowId, colId);
  const findings = useFindingsAt(rowId, colId);
  const raw = props.valueFormatted ?? (props.value == null ? '' : String(props.value));
  let content;
  if (props.lines) {
    const items = textToItems(raw);
    content =
      items.length === 0 ? null : (
        <ul className="cell-lines">
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
  } else {
    content = <span className="cell-text">{raw}</span>;
  }
  return (
    <>
      <FindingMarks findings={findings} cell={props.eGridCell} />
      {content}
      <PresenceMarks peers={peers} />
    </>
  );
}
