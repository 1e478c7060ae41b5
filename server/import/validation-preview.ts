/**
 * What the grid's checks would say once an import is applied, shown in the preview before
 * anything changes: the plan applied to a scratch copy of the programme, both states validated
 * with the same context, and only the findings the import would add reported. An invalid unit in
 * the file is then seen in the preview, not first in the Problemen panel after "Toepassen".
 */
import * as Y from 'yjs';
import { EditOrigin, readProgramme } from '../../shared/doc/index.ts';
import { ENTITY_KINDS, type EntityKind } from '../../shared/model/entities.ts';
import { rowKind } from '../../shared/schema/index.ts';
import { sourceValidationContext } from '../../shared/seed/source-context.ts';
import { validateProgramme, type Finding } from '../../shared/validation/index.ts';
import { applyPlan } from './apply.ts';
import type { ImportPlan } from './plan.ts';

/** A finding the import would add, placed by the file's sheet and row where the row came from it. */
export interface ImportValidationFinding {
  severity: Finding['severity'];
  ruleId: string;
  message: string;
  /** "Blad Doelen, rij 4 (Doel 1)" or the row's kind and label when it is not in the file. */
  place: string;
}

const PREVIEW_ORIGIN = new EditOrigin('import', 'voorbeeld', 'Voorbeeld van de import');

export function findingsAfterImport(doc: Y.Doc, plan: ImportPlan, today: string): ImportValidationFinding[] {
  const before = readProgramme(doc);
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    applyPlan(scratch, plan, PREVIEW_ORIGIN);
    const after = readProgramme(scratch);
    // The same context for both states, so only what the import itself changes differs.
    const known = new Set(validateProgramme(before, sourceValidationContext(before, [before], today)).map((f) => f.key));
    const added = validateProgramme(after, sourceValidationContext(after, [after], today)).filter((f) => !known.has(f.key));
    const fromFile = new Map(plan.rows.map((r) => [r.id, `Blad ${r.sheet}, rij ${r.row} (${r.label})`]));
    return added.map((f) => ({ severity: f.severity, ruleId: f.ruleId, message: f.message, place: fromFile.get(f.entityId) ?? placeOf(f) }));
  } finally {
    scratch.destroy();
  }
}

function placeOf(f: Finding): string {
  const kind = ENTITY_KINDS.find((k): k is EntityKind => k === f.entityKind);
  return kind ? rowKind(kind).label : 'Programma';
}
