/**
 * Saving the structured editor: every changed part with setField, all in one transaction under
 * the session's origin, so Ctrl+Z undoes the whole save at once and only this officer's save.
 * Each part is its own key in the row, so a colleague's concurrent change to another part of the
 * same cell survives the merge.
 */
import type * as Y from 'yjs';
import type { EditOrigin } from '../../shared/doc/index.ts';
import { checkFieldValue } from '../../shared/model/entities.ts';
import type { CouncilWriteContext } from '../council/council-write.ts';
import { writeRow } from '../actions/write-row.ts';
import type { PartChange } from './parts.ts';

/** `council`: once the raad adopted a version, the change request goes into the same transaction. */
export function writeParts(
  doc: Y.Doc,
  indicatorId: string,
  changes: readonly PartChange[],
  origin: EditOrigin,
  council: CouncilWriteContext | null = null,
): void {
  if (changes.length === 0) return;
  // Checked up front: a refusal halfway would leave half a save in the document.
  for (const change of changes) {
    const problem = checkFieldValue('goalIndicator', change.field, change.value);
    if (problem) throw new Error(`Niet opgeslagen: ${problem}`);
  }
  writeRow(doc, origin, 'goalIndicator', indicatorId, Object.fromEntries(changes.map((c) => [c.field, c.value])), council);
}
