/**
 * Validation findings for the "Bevindingen" sheet: the same rules and context as the
 * validation API (so the sheet says what the browser shows), with acknowledged warnings
 * marked. The engine is built never to throw; if it still does, the export carries a note
 * instead of failing.
 */
import type { StoredAcknowledgement } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { sourceValidationContext } from '../../shared/seed/source-context.ts';
import { applyAcknowledgements, validateProgramme, type AcknowledgedFinding } from '../../shared/validation/index.ts';
import type { Logger } from '../log.ts';

export type FindingsResult = { ok: true; findings: AcknowledgedFinding[] } | { ok: false; note: string };

export function findingsFor(
  programme: Programme,
  all: readonly Programme[],
  acknowledgements: readonly StoredAcknowledgement[],
  today: string,
  log?: Logger,
): FindingsResult {
  try {
    const raw = validateProgramme(programme, sourceValidationContext(programme, all, today));
    return { ok: true, findings: applyAcknowledgements(raw, acknowledgements).findings };
  } catch (error) {
    log?.error('validation failed during export', { programme: programme.id, error });
    return {
      ok: false,
      note: `De controles konden voor dit programma niet worden uitgevoerd (${error instanceof Error ? error.message : String(error)}). Deze lijst is daarom leeg; dat betekent niet dat er niets te verbeteren is.`,
    };
  }
}
