import type { SliceRow } from '../../shared/workshop/types.ts';
import { rowHeading } from './rows.ts';

/** The row everyone looks at, in the largest type on the projector. */
export function FocusedRow({ row, onClear }: { row: SliceRow; onClear(): void }) {
  return (
    <section className="ws-focused" aria-labelledby="focus-kop">
      <h2 id="focus-kop" className="ws-focused-label">
        Nu in focus: {rowHeading(row)}
      </h2>
      <p className="ws-focused-text">{row.text}</p>
      <button type="button" className="ws-button" onClick={onClear}>
        Focus opheffen
      </button>
    </section>
  );
}
