/**
 * "Import terugdraaien": takes back what one applied import did, from the version Koers froze
 * just before it. Only what the import touched, and only where it still stands as the import left
 * it: a row it added goes (with what hangs under it), a cell it changed gets its value from before
 * unless someone has changed it since, a row it deleted comes back with its subtree. Everything a
 * colleague did meanwhile stays. What the client sends names the rows and cells (the apply's
 * report); every value written comes from the stored version, never from the request.
 */
import type * as Y from 'yjs';
import { deleteRow, findRowKind, readProgramme, restoreFromProgramme, type EditOrigin } from '../../shared/doc/index.ts';
import { ENTITY_KINDS, type EntityKind, type FieldValue } from '../../shared/model/entities.ts';
import type { Programme } from '../../shared/model/types.ts';
import { flattenProgramme, indexRows, rowKey } from '../../shared/history/flatten.ts';

export interface ImportUndoRequest {
  versionId: string;
  /** Rows the import added or changed, with what it wrote into each changed cell. */
  rows: { kind: EntityKind; id: string; action: 'add' | 'update'; changes: { field: string; to: FieldValue }[] }[];
  /** Rows it deleted. */
  deletions: { kind: EntityKind; id: string }[];
}

export interface ImportUndoSummary {
  /** Rows the import added that are gone again. */
  removed: number;
  /** Cells set back to their value from before the import. */
  cells: number;
  /** Rows the import deleted that are back. */
  returned: number;
  /** Cells someone changed after the import: left as they are. */
  kept: number;
}

const MAX_ROWS = 50_000;

export const BAD_UNDO = 'Dit verzoek om een import terug te draaien is onleesbaar. Open het importvenster opnieuw.';

function isKind(v: unknown): v is EntityKind {
  return typeof v === 'string' && (ENTITY_KINDS as readonly string[]).includes(v);
}

/** The request's shape, or null: a bad one changes nothing. */
export function readUndoRequest(body: unknown): ImportUndoRequest | null {
  if (typeof body !== 'object' || body === null) return null;
  const { versionId, rows, deletions } = body as Record<string, unknown>;
  if (typeof versionId !== 'string' || !Array.isArray(rows) || !Array.isArray(deletions) || rows.length + deletions.length > MAX_ROWS) return null;
  const outRows: ImportUndoRequest['rows'] = [];
  for (const r of rows as Record<string, unknown>[]) {
    if (!r || !isKind(r.kind) || typeof r.id !== 'string' || (r.action !== 'add' && r.action !== 'update')) return null;
    const changes = Array.isArray(r.changes) ? (r.changes as Record<string, unknown>[]) : [];
    if (changes.some((c) => !c || typeof c.field !== 'string')) return null;
    outRows.push({ kind: r.kind, id: r.id, action: r.action, changes: changes.map((c) => ({ field: c.field as string, to: (c.to ?? null) as FieldValue })) });
  }
  const outDeletions: ImportUndoRequest['deletions'] = [];
  for (const d of deletions as Record<string, unknown>[]) {
    if (!d || !isKind(d.kind) || typeof d.id !== 'string') return null;
    outDeletions.push({ kind: d.kind, id: d.id });
  }
  return { versionId, rows: outRows, deletions: outDeletions };
}

export function undoImport(doc: Y.Doc, before: Programme, request: ImportUndoRequest, origin: EditOrigin): ImportUndoSummary {
  const summary: ImportUndoSummary = { removed: 0, cells: 0, returned: 0, kept: 0 };
  const now = indexRows(flattenProgramme(readProgramme(doc)));
  const then = indexRows(flattenProgramme(before));
  doc.transact(() => {
    for (const row of request.rows) {
      const current = now.get(rowKey(row.kind, row.id));
      if (!current) continue;
      if (row.action === 'add') {
        // A row added under another added row may be gone with its parent already.
        if (then.has(rowKey(row.kind, row.id)) || findRowKind(doc, row.id) !== row.kind) continue;
        deleteRow(doc, row.kind, row.id, origin);
        summary.removed++;
        continue;
      }
      for (const change of row.changes) {
        if (!Object.hasOwn(current.fields, change.field)) continue;
        if (current.fields[change.field] !== change.to) {
          summary.kept++;
          continue;
        }
        restoreFromProgramme(doc, before, { scope: 'cell', kind: row.kind, rowId: row.id, field: change.field }, origin);
        summary.cells++;
      }
    }
    for (const gone of request.deletions) {
      // A deleted row comes back with its subtree: a child listed after it may be back already.
      if (findRowKind(doc, gone.id) !== null || !then.has(rowKey(gone.kind, gone.id))) continue;
      restoreFromProgramme(doc, before, { scope: 'row', kind: gone.kind, rowId: gone.id }, origin);
      summary.returned++;
    }
  }, origin);
  return summary;
}
