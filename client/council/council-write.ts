/**
 * Council-owned fields (goal titles, goal indicators with their baselines and targets: the
 * shared COUNCIL_OWNED list) are locked once the raad adopted a version (V37). Changing one
 * anyway needs a reason and a decision moment, given before editing starts (a "pass"); the edit
 * and its change request are written in one transaction, so they sync, persist and are undone
 * together. This file is the council's step in every write (client/actions/ holds the writes
 * themselves): which changes the lock refuses, and the change requests a pass leaves.
 */
import type * as Y from 'yjs';
import { addChangeRequest, DocError, type EditOrigin } from '../../shared/doc/index.ts';
import type { EntityKind, FieldValue } from '../../shared/model/entities.ts';
import { COUNCIL_OWNED } from '../../shared/validation/index.ts';

export const DECISION_MOMENTS = [
  { value: 'perspectiefnota', label: 'Perspectiefnota' },
  { value: 'begroting', label: 'Begroting' },
  { value: 'jaarstukken', label: 'Jaarstukken' },
  { value: 'anders', label: 'Anders' },
] as const;

export type DecisionMoment = (typeof DECISION_MOMENTS)[number]['value'];

export function decisionMomentLabel(value: string): string {
  return DECISION_MOMENTS.find((m) => m.value === value)?.label ?? value;
}

export function isCouncilOwned(kind: EntityKind, field: string): boolean {
  return COUNCIL_OWNED[kind]?.includes(field) ?? false;
}

/** Permission to change council-owned fields of one row, with what the change request records. */
export interface CouncilPass {
  kind: EntityKind;
  rowId: string;
  reason: string;
  decisionMoment: DecisionMoment;
  /** The raad-vastgesteld version whose content this changes. */
  versionId: string;
}

export interface CouncilWriteContext {
  /** A raad-vastgesteld version exists: council-owned fields are locked. */
  locked: boolean;
  pass: CouncilPass | null;
  author: { id: string; name: string };
  /** ISO instant for the change request. */
  now(): string;
}

/** What every change request made under a pass carries: why, for which decision, by whom, when. */
export function requestedUnder(pass: CouncilPass, council: Pick<CouncilWriteContext, 'author' | 'now'>) {
  return {
    reason: pass.reason,
    decisionMoment: pass.decisionMoment,
    versionId: pass.versionId,
    authorId: council.author.id,
    authorName: council.author.name,
    at: council.now(),
  };
}

export const LOCKED_MESSAGE =
  'Dit veld is door de raad vastgesteld. Begin opnieuw met bewerken en geef een reden en een besluitmoment op.';

/**
 * The council-owned fields among `changed` and the pass that covers them. Refuses (before
 * anything is written) a changed council-owned field without a pass for this row.
 */
export function councilFieldsOf(
  kind: EntityKind,
  rowId: string,
  changed: readonly string[],
  values: Readonly<Record<string, FieldValue>>,
  council: CouncilWriteContext | null,
): { owned: string[]; pass: CouncilPass | null } {
  const owned = council?.locked ? changed.filter((field) => isCouncilOwned(kind, field)) : [];
  const pass = council?.pass && council.pass.kind === kind && council.pass.rowId === rowId ? council.pass : null;
  if (owned.length > 0 && !pass) {
    // The lock can arrive while an editor is open: hand the typed text back, as other refusals do.
    const typed = owned.map((field) => values[field]).filter((v): v is string => typeof v === 'string' && v !== '');
    throw new DocError('invalid-value', typed.length > 0 ? `${LOCKED_MESSAGE} Je tekst was: "${typed.join('", "')}".` : LOCKED_MESSAGE);
  }
  return { owned, pass };
}

/** The change request for one council-owned field changed under `pass`; call inside the write's transaction. */
export function requestFieldChange(
  doc: Y.Doc,
  origin: EditOrigin,
  target: { kind: EntityKind; rowId: string; field: string },
  oldValue: unknown,
  newValue: unknown,
  pass: CouncilPass,
  council: CouncilWriteContext,
): void {
  addChangeRequest(
    doc,
    {
      targetKind: target.kind,
      targetId: target.rowId,
      field: target.field,
      oldValue: asText(oldValue),
      newValue: asText(newValue),
      ...requestedUnder(pass, council),
    },
    origin,
  );
}

function asText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The field a change request names when a whole row is added or deleted (as V37 reads it). */
export const WHOLE_ROW = '*';

export interface RowChange {
  rowId: string;
  /** The row's text before (a deletion) and after (an addition). */
  oldValue: string;
  newValue: string;
}

/**
 * The pass a row of this kind needs to be added, deleted or moved: null when the kind is not
 * locked now; refuses when it is and no pass covers it (`rowId`: the pass must be for that row).
 */
export function rowPassFor(kind: EntityKind, council: CouncilWriteContext, rowId?: string): CouncilPass | null {
  if (!council.locked || !COUNCIL_OWNED[kind]) return null;
  const pass = council.pass;
  if (!pass || pass.kind !== kind || (rowId !== undefined && pass.rowId !== rowId)) throw new DocError('invalid-value', LOCKED_MESSAGE);
  return pass;
}

/** The change request (field "*") for a whole row added or deleted under `pass`. */
export function requestRowChange(doc: Y.Doc, origin: EditOrigin, kind: EntityKind, done: RowChange, pass: CouncilPass, council: CouncilWriteContext): void {
  addChangeRequest(
    doc,
    {
      targetKind: kind,
      targetId: done.rowId,
      field: WHOLE_ROW,
      oldValue: done.oldValue,
      newValue: done.newValue,
      ...requestedUnder(pass, council),
    },
    origin,
  );
}
