/**
 * Validation findings for the "Bevindingen" sheet. The validation engine is shared with the
 * browser; it is built to never throw, but an export must not fail because of it either, so
 * a crash becomes a note on the sheet instead of a missing file.
 */
import type { Programme } from '../../shared/model/types.ts';
import { validateProgramme, type Finding } from '../../shared/validation/index.ts';
import type { Logger } from '../log.ts';

export type FindingsResult = { ok: true; findings: Finding[] } | { ok: false; note: string };

export function findingsFor(programme: Programme, all: readonly Programme[], today: string, log?: Logger): FindingsResult {
  try {
    const otherProgrammes = all.filter((p) => p !== programme);
    return { ok: true, findings: validateProgramme(programme, { otherProgrammes, today }) };
  } catch (error) {
    log?.error('validation failed during export', { programme: programme.id, error });
    return {
      ok: false,
      note: `De controles konden voor dit programma niet worden uitgevoerd (${error instanceof Error ? error.message : String(error)}). Deze lijst is daarom leeg; dat betekent niet dat er niets te verbeteren is.`,
    };
  }
}
