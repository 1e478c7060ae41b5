/** Picks the renderer for a format and names the file: "werkatelier-Avond in De Schouw-2026-03-01.xlsx". */
import type { CardDispositionRecord, WorkshopOutcome } from '../../../shared/workshop/types.ts';
import { CONTENT_TYPES } from '../../export/file-name.ts';
import { dutchDate } from '../../export/snapshot.ts';
import { renderOutcomeCsv } from './outcome-csv.ts';
import { outcomeTables } from './outcome-tables.ts';

const OUTCOME_FORMATS = ['xlsx', 'docx', 'csv'] as const;
export type OutcomeFormat = (typeof OUTCOME_FORMATS)[number];

export function isOutcomeFormat(value: unknown): value is OutcomeFormat {
  return typeof value === 'string' && (OUTCOME_FORMATS as readonly string[]).includes(value);
}

export interface OutcomeFile {
  body: Uint8Array;
  contentType: string;
  fileName: string;
}

export async function renderOutcome(
  outcome: WorkshopOutcome,
  programmeName: string,
  dispositions: readonly CardDispositionRecord[],
  format: OutcomeFormat,
): Promise<OutcomeFile> {
  const tables = outcomeTables(outcome, programmeName, dispositions);
  // exceljs and docx are loaded on first use, as for the programme exports: a server that
  // only edits stays small.
  const body =
    format === 'csv'
      ? renderOutcomeCsv(tables)
      : format === 'xlsx'
        ? await (await import('./outcome-xlsx.ts')).renderOutcomeXlsx(tables, new Date(outcome.closedAt))
        : await (await import('./outcome-docx.ts')).renderOutcomeDocx(tables);
  return { body, contentType: CONTENT_TYPES[format], fileName: outcomeFileName(outcome, format) };
}

function outcomeFileName(outcome: Pick<WorkshopOutcome, 'title' | 'closedAt'>, format: OutcomeFormat): string {
  // The characters Windows and macOS refuse in a file name, and control characters.
  const title = outcome.title.replace(/[^\P{Cc}\u0080-\u009f]|[<>:"/\\|?*]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `werkatelier-${title}-${dutchDate(new Date(outcome.closedAt))}.${format}`;
}
