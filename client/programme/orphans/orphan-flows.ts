/**
 * The flows around the orphan actions (client/actions/orphan-actions.ts): the question before a
 * delete, where the keyboard goes, and what the live region says. The row is looked up again
 * in the live programme when the action runs: a colleague may have moved or deleted it since.
 */
import { HEADING_FOCUS } from '../../actions/section-changes.ts';
import { deleteOrphan, moveOrphan } from '../../actions/orphan-actions.ts';
import type { CellRef } from '../../actions/action.ts';
import type { EntityKind } from '../../../shared/model/entities.ts';
import { rowKind } from '../../../shared/schema/index.ts';
import { plural } from '../../../shared/text/dutch.ts';
import { focusHeadingSoon } from '../focus-heading.ts';
import type { Session } from '../session.ts';
import { orphanFocus } from './orphan-place.ts';
import { orphanLines, type OrphanLine, type ParentChoice } from './orphan-tree.ts';

const UNDO_HINT = 'Ctrl+Z maakt dit ongedaan.';

function lineOf(session: Session, rowId: string): { line: OrphanLine; lines: OrphanLine[] } | null {
  const lines = orphanLines(session.programme.get()?.orphans ?? []);
  const line = lines.find((l) => l.orphan.id === rowId);
  return line ? { line, lines } : null;
}

function alongWith(below: number): string {
  return below > 0 ? `, met ${plural(below, 'rij', 'rijen')} eronder` : '';
}

/** Where a row is shown once it has a place: its cell in a table, or its section's heading. */
function placedFocus(kind: EntityKind, rowId: string, parent: ParentChoice): CellRef {
  if (kind === 'subGoal') return { rowId, colId: HEADING_FOCUS };
  // Indicators and activities of a result are shown in the result's own row.
  if (parent.kind === 'result') return { rowId: parent.id, colId: kind === 'resultIndicator' ? 'indicatorsText' : 'text' };
  return { rowId, colId: rowKind(kind).main };
}

/** Focus after the row left the list: the next line, else the one before, else the main area. */
function focusAfterLeaving(session: Session, lines: OrphanLine[], line: OrphanLine): void {
  const index = lines.indexOf(line);
  const next = lines[index + line.below + 1] ?? lines.slice(0, index).reverse().find((l) => l.depth <= line.depth) ?? null;
  if (next) session.requestFocus(orphanFocus(next.orphan.id));
  else focusHeadingSoon('inhoud');
}

export async function moveOrphanTo(session: Session, rowId: string, parent: ParentChoice): Promise<boolean> {
  const found = lineOf(session, rowId);
  if (!found) {
    session.notify('Deze rij staat niet meer onder “Zonder plaats”; misschien heeft een collega haar al verplaatst of verwijderd.');
    return false;
  }
  const { line } = found;
  const moved = await session.actions.request(moveOrphan, {
    kind: line.orphan.kind,
    rowId,
    parentId: parent.id,
    text: line.text,
    place: parent.place,
  });
  if (!moved.ok) return false;
  session.requestFocus(placedFocus(line.orphan.kind, rowId, parent));
  session.notify(`${line.text} staat nu onder ${parent.place}${alongWith(line.below)}. ${UNDO_HINT}`, 'info');
  return true;
}

export async function deleteOrphanRow(session: Session, rowId: string): Promise<void> {
  const before = lineOf(session, rowId);
  if (!before) return;
  const ok = await session.confirm({
    title: 'Rij zonder plaats verwijderen',
    message: `${before.line.text}${alongWith(before.line.below)} verwijderen? Je kunt dit ongedaan maken met Ctrl+Z.`,
    confirmLabel: 'Verwijderen',
  });
  if (!ok) return;
  // Read again: a colleague may have added a row under it while the question was open.
  const found = lineOf(session, rowId);
  if (!found) return;
  const { line, lines } = found;
  const deleted = await session.actions.request(deleteOrphan, { kind: line.orphan.kind, rowId, text: line.text });
  if (!deleted.ok) return;
  focusAfterLeaving(session, lines, line);
  session.notify(`${line.text} verwijderd${alongWith(line.below)}. ${UNDO_HINT}`, 'info');
}

