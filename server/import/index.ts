/**
 * Import of an Excel workbook or CSV file into a programme, in two steps. `readImport` reads
 * and checks the file (no programme needed); `previewImport` plans it against the current
 * state and changes nothing; `applyImport` plans it again against the state of that moment
 * and, only when nothing is wrong, writes it as one transaction through the room registry.
 */
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { EditOrigin, readProgramme } from '../../shared/doc/index.ts';
import type { EntityKind } from '../../shared/model/entities.ts';
import type { Programme } from '../../shared/model/types.ts';
import { yieldToEventLoop } from '../export/yield.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { applyPlan } from './apply.ts';
import { classifyTables } from './classify.ts';
import { detectFileKind } from './detect.ts';
import { UnreadableFile, finding, hasErrors, type ImportFinding } from './findings.ts';
import { flatRecords } from './flat.ts';
import { MAX_FINDINGS } from './limits.ts';
import type { ImportMapping } from './mapping.ts';
import { planImport, type ImportPlan, type ImportSummary, type PlannedDeletion, type PlannedRow } from './plan.ts';
import { readCsv } from './read-csv.ts';
import { findingsAfterImport, type ImportValidationFinding } from './validation-preview.ts';
import { readOle, readXlsx } from './read-xlsx.ts';
import type { ImportRecord } from './records.ts';
import { sheetRecords } from './records.ts';

export interface ImportFile {
  bytes: Uint8Array;
  fileName: string;
}

export interface ReadImport {
  format: 'xlsx' | 'csv' | null;
  records: ImportRecord[];
  coveredKinds: Set<EntityKind>;
  findings: ImportFinding[];
}

/** What preview and apply answer. */
export interface ImportReport {
  format: 'xlsx' | 'csv' | null;
  rows: PlannedRow[];
  deletions: PlannedDeletion[];
  findings: ImportFinding[];
  summary: ImportSummary;
  /** True when there are no errors: apply would (or did) go ahead. */
  ok: boolean;
  applied: boolean;
  /** Preview only: what the programme's checks would newly report once applied (validation-preview.ts). */
  validation?: ImportValidationFinding[];
}

const FLAT_KINDS: readonly EntityKind[] = ['goal', 'goalIndicator', 'subGoal', 'result', 'resultIndicator'];

export async function readImport(file: ImportFile, mapping: ImportMapping): Promise<ReadImport> {
  const fail = (f: ImportFinding): ReadImport => ({ format: null, records: [], coveredKinds: new Set(), findings: [f] });
  try {
    const kind = detectFileKind(file.bytes);
    if (kind === 'empty') return fail(finding('error', { sheet: file.fileName }, 'Het bestand is leeg.'));
    if (kind === 'ole') readOle(file.bytes, file.fileName);
    const format = kind === 'xlsx' ? 'xlsx' : 'csv';
    const tables = format === 'xlsx' ? await readXlsx(file.bytes, file.fileName) : [readCsv(file.bytes, file.fileName)];
    await yieldToEventLoop();
    const classified = classifyTables(tables, mapping);
    const findings = [...classified.findings];
    const records: ImportRecord[] = [];
    const coveredKinds = new Set<EntityKind>();
    for (const table of classified.tables) {
      const set = table.shape.type === 'flat' ? flatRecords(table) : sheetRecords(table);
      records.push(...set.records);
      findings.push(...set.findings);
      if (table.shape.type === 'flat') FLAT_KINDS.forEach((k) => coveredKinds.add(k));
      else coveredKinds.add(table.shape.def.kind);
    }
    await yieldToEventLoop();
    return { format, records, coveredKinds, findings };
  } catch (error) {
    if (error instanceof UnreadableFile) return fail(error.finding);
    throw error;
  }
}

function planFor(read: ReadImport, programme: Programme, confirmDeletes: boolean, newId: () => string = randomUUID): ImportPlan {
  const plan = planImport(read.records, programme, { confirmDeletes, coveredKinds: read.coveredKinds, newId });
  return { ...plan, findings: [...read.findings, ...plan.findings] };
}

function report(read: ReadImport, plan: ImportPlan, applied: boolean): ImportReport {
  return {
    format: read.format,
    rows: plan.rows,
    deletions: plan.deletions,
    findings: capped(plan.findings),
    summary: plan.summary,
    ok: !hasErrors(plan.findings),
    applied,
  };
}

/**
 * Changes nothing. With no errors in the file it also says what the programme's checks would
 * newly report once applied (`today`: yyyy-mm-dd for the date-bound rules). Undefined when the
 * document does not exist.
 */
export function previewImport(registry: RoomRegistry, docId: string, read: ReadImport, confirmDeletes: boolean, today: string): ImportReport | undefined {
  return registry.readDocument(docId, (doc) => {
    const plan = planFor(read, readProgramme(doc), confirmDeletes);
    const answer = report(read, plan, false);
    return hasErrors(plan.findings) ? answer : { ...answer, validation: findingsAfterImport(doc, plan, today) };
  });
}

/**
 * Applies everything or nothing: with any error the doc is not touched. Undefined when the
 * document does not exist.
 */
export function applyImport(registry: RoomRegistry, docId: string, read: ReadImport, confirmDeletes: boolean, origin: EditOrigin): ImportReport | undefined {
  if (hasErrors(read.findings)) {
    const programme = registry.readDocument(docId, readProgramme);
    return programme && report(read, planFor(read, programme, confirmDeletes), false);
  }
  // changeDocument runs this on a scratch copy and stores, relays and records the result as
  // one update, so an error (or a throw) leaves the programme exactly as it was.
  const plan = registry.changeDocument(docId, origin, (doc) => {
    const planned = planFor(read, readProgramme(doc), confirmDeletes);
    if (!hasErrors(planned.findings)) applyPlan(doc, planned, origin);
    return planned;
  });
  if (!plan) return undefined;
  return report(read, plan, !hasErrors(plan.findings));
}

/** Whether applying would write anything: no errors, and something to add, change or delete. */
export function importWouldChange(registry: RoomRegistry, docId: string, read: ReadImport, confirmDeletes: boolean): boolean {
  if (hasErrors(read.findings)) return false;
  const plan = registry.readDocument(docId, (doc) => planFor(read, readProgramme(doc), confirmDeletes));
  if (!plan || hasErrors(plan.findings)) return false;
  return plan.summary.add + plan.summary.update > 0 || (confirmDeletes && plan.deletions.length > 0);
}

/** Applies a read file to a plain doc (no registry): for tests, tools and the benchmark. */
export function applyImportToDoc(doc: Y.Doc, read: ReadImport, confirmDeletes: boolean, origin: EditOrigin): ImportReport {
  const plan = planFor(read, readProgramme(doc), confirmDeletes);
  const ok = !hasErrors(plan.findings);
  if (ok) applyPlan(doc, plan, origin);
  return report(read, plan, ok);
}

export function importOrigin(userId: string, userName: string): EditOrigin {
  return new EditOrigin('import', userId, userName);
}

function capped(findings: ImportFinding[]): ImportFinding[] {
  if (findings.length <= MAX_FINDINGS) return findings;
  const errorsFirst = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const kept = errorsFirst.slice(0, MAX_FINDINGS);
  kept.push(finding('warning', { sheet: findings[0]!.sheet }, `en nog ${findings.length - MAX_FINDINGS} meldingen. Los eerst de meldingen hierboven op en probeer het opnieuw.`));
  return kept;
}

export { parseMapping, EMPTY_MAPPING, type ImportMapping } from './mapping.ts';
export { MAX_IMPORT_BYTES } from './limits.ts';
