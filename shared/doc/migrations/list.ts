/**
 * Every migration of a stored programme document, oldest first; each `from` is the previous
 * `to`. The last `to` is the schema version new documents start at (SCHEMA_VERSION).
 */
import type { Migration } from './migration.ts';
import { scopeGemeente } from './v2-scope-gemeente.ts';
import { extractionNotesOut } from './v3-extraction-notes-out.ts';
import { prioritiesAsRows } from './v4-priorities-as-rows.ts';

/** The schema version of the first stored documents, before any migration. */
export const FIRST_SCHEMA_VERSION = 1;

export const MIGRATIONS: readonly Migration[] = [scopeGemeente, extractionNotesOut, prioritiesAsRows];
