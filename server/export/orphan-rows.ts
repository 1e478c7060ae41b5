/**
 * The rows without a place (readProgramme's `orphans`) as every export writes them, so no file
 * silently drops a row: one line per row, in the order the "Zonder plaats" section shows them,
 * with its kind, code, main text, every filled field in words and the ids the import would need.
 * Excel gives them their own sheet, Word and PDF a section at the end of the programme, CSV
 * lines with Niveau "Zonder plaats: <soort>"; JSON carries `orphans` as read.
 */
import { orphanDepths } from '../../shared/doc/index.ts';
import type { Orphan, Programme } from '../../shared/model/types.ts';
import { rowName } from '../../shared/schema/row-name.ts';
import { sheetOf, type CellValue, type Column } from './sheets.ts';

export const ORPHANS_TITLE = 'Zonder plaats';

export const ORPHANS_EXPLANATION =
  'Deze rijen zijn toegevoegd onder een onderdeel dat intussen is verwijderd. Ze staan in geen tabel; geef ze in Koers een plaats of verwijder ze.';

export interface OrphanRow {
  programme: Programme;
  orphan: Orphan;
  /** 0 for the row whose own parent is gone, 1 for its child... */
  depth: number;
  /** The kind's label: "Resultaat". */
  kind: string;
  code: string;
  text: string;
  /** Every filled field, "Kolom: waarde", one per line, with choices in words. */
  fields: string;
}

export function orphanRows(programme: Programme): OrphanRow[] {
  const orphans = programme.orphans ?? [];
  const depths = orphanDepths(orphans);
  return orphans.map((orphan, i) => {
    const name = rowName(orphan.kind, orphan.row);
    return { programme, orphan, depth: depths[i]!, kind: name.kind, code: name.code, text: name.text, fields: filledFields(programme, orphan) };
  });
}

function filledFields(programme: Programme, orphan: Orphan): string {
  const sheetRow = { programme, kind: orphan.kind, id: orphan.id, parentId: orphan.parentId, parentKind: null, parentCode: '', goalCode: '', parentLabel: '', entity: orphan.row };
  return sheetOf(orphan.kind)
    .columns.filter((c) => c.role === 'field')
    .flatMap((c) => {
      const value = c.value(sheetRow);
      return value === null || value === '' ? [] : [`${c.header}: ${String(value)}`];
    })
    .join('\n');
}

/** The "Zonder plaats" sheet: read by a person; the import skips it (the rows have no parent to go under). */
export const ORPHAN_COLUMNS: readonly (Pick<Column, 'header' | 'role' | 'width'> & { value(row: OrphanRow): CellValue })[] = [
  { header: 'Programma', role: 'context', width: 26, value: (r) => r.programme.name },
  { header: 'Soort', role: 'context', width: 22, value: (r) => `${'  '.repeat(r.depth)}${r.depth > 0 ? '↳ ' : ''}${r.kind}` },
  { header: 'Code', role: 'context', width: 10, value: (r) => r.code },
  { header: 'Tekst', role: 'context', width: 50, value: (r) => r.text },
  { header: 'Alle velden', role: 'context', width: 60, value: (r) => r.fields },
  { header: 'Id', role: 'id', width: 14, value: (r) => r.orphan.id },
  { header: 'Hoort bij-id', role: 'parentId', width: 14, value: (r) => r.orphan.parentId },
  { header: 'Verwijderd onderdeel-id', role: 'parentId', width: 14, value: (r) => r.orphan.missingParentId },
];
