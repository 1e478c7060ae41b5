/**
 * Export, then import: into an empty programme the model comes back the same (ids, texts,
 * order); onto itself nothing changes; a workbook edited the way a user edits it in Excel
 * updates, adds and (only when confirmed) deletes exactly what was edited.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readProgramme, seedProgramme } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { SEED_PROGRAMMES } from '../../shared/seed/programmes.ts';
import { renderCsv } from '../../server/export/csv.ts';
import { renderXlsx } from '../../server/export/xlsx.ts';
import { EMPTY_MAPPING, applyImportToDoc, importOrigin, previewImport, readImport } from '../../server/import/index.ts';
import { DEFAULT_CONFIG } from '../../server/config.ts';
import { createLogger } from '../../server/log.ts';
import { MemoryStore } from '../../server/persistence/memory-store.ts';
import { seedMissingProgrammes } from '../../server/seed.ts';
import { RoomRegistry } from '../../server/sync/room-registry.ts';
import { seededProgrammes, snapshotOf } from './export-fixtures.ts';

const origin = importOrigin('ilse', 'Ilse de Vries');
const log = createLogger('silent');

function seededDoc(index = 0): Y.Doc {
  const doc = new Y.Doc();
  seedProgramme(doc, SEED_PROGRAMMES[index]!);
  return doc;
}

async function xlsxOf(programme: Programme): Promise<Uint8Array> {
  return renderXlsx(snapshotOf([programme]));
}

async function edited(bytes: Uint8Array, edit: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  edit(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  const index = (sheet.getRow(1).values as unknown[]).indexOf(header);
  if (index < 1) throw new Error(`no column ${header}`);
  return index;
}

function rowWithId(sheet: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(2).value === id) return sheet.getRow(r);
  throw new Error(`no row ${id}`);
}

/** What the flat CSV carries of a programme. */
function csvPart(p: Programme) {
  return p.goals.map((g) => ({
    id: g.id,
    code: g.code,
    title: g.title,
    indicators: g.indicators,
    subGoals: g.subGoals.map((s) => ({
      id: s.id,
      title: s.title,
      results: s.results.map((r) => ({ id: r.id, code: r.code, text: r.text, source: r.source, indicators: r.indicators })),
    })),
  }));
}

describe('round trip', () => {
  const programmes = seededProgrammes();

  it.each(programmes.map((p) => [p.id, p] as const))('xlsx of %s into an empty programme gives the same model', async (_id, programme) => {
    const read = await readImport({ bytes: await xlsxOf(programme), fileName: 'export.xlsx' }, EMPTY_MAPPING);
    expect(read.findings).toEqual([]);
    const empty = new Y.Doc();
    const transactions: unknown[] = [];
    empty.on('afterTransaction', (tr: Y.Transaction) => transactions.push(tr.origin));
    const report = applyImportToDoc(empty, read, false, origin);
    expect(report.findings).toEqual([]);
    expect(report.applied).toBe(true);
    expect(transactions).toEqual([origin]); // one transaction, origin kind 'import'
    expect(origin.kind).toBe('import');
    expect(readProgramme(empty).goals).toEqual(programme.goals);
    const rows = report.summary.add;
    expect(report.summary).toEqual({ update: 0, add: rows, unchanged: 0, wouldDelete: 0, skipped: 0 });
  });

  it.each(programmes.map((p) => [p.id, p] as const))('flat csv of %s into an empty programme keeps every goal, indicator and result', async (_id, programme) => {
    const read = await readImport({ bytes: renderCsv(snapshotOf([programme])), fileName: 'export.csv' }, EMPTY_MAPPING);
    expect(read.findings).toEqual([]);
    const empty = new Y.Doc();
    const report = applyImportToDoc(empty, read, false, origin);
    expect(report.findings).toEqual([]);
    expect(csvPart(readProgramme(empty))).toEqual(csvPart(programme));
  });

  it('re-importing a programme\'s own export changes nothing', async () => {
    const doc = seededDoc(1);
    const before = readProgramme(doc);
    for (const [bytes, fileName] of [
      [await xlsxOf(before), 'eigen.xlsx'],
      [renderCsv(snapshotOf([before])), 'eigen.csv'],
    ] as const) {
      const read = await readImport({ bytes, fileName }, EMPTY_MAPPING);
      const report = applyImportToDoc(doc, read, true, origin);
      expect(report.findings).toEqual([]);
      expect(report.summary.update + report.summary.add + report.summary.wouldDelete).toBe(0);
      expect(report.summary.unchanged).toBeGreaterThan(40);
    }
    expect(readProgramme(doc)).toEqual(before);
  });

  it('an all-programmes workbook imports only the rows of the target programme', async () => {
    const doc = seededDoc(2);
    const before = readProgramme(doc);
    const read = await readImport({ bytes: await renderXlsx(snapshotOf(programmes)), fileName: 'alle.xlsx' }, EMPTY_MAPPING);
    const report = applyImportToDoc(doc, read, true, origin);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.summary.skipped).toBe(programmes.filter((p) => p.id !== before.id).reduce((n, p) => n + countRows(p), 0));
    expect(report.summary.unchanged).toBe(countRows(before));
    expect(readProgramme(doc)).toEqual(before);
  });
});

/** Every row the workbook holds of a programme: its tree and its ranking (sheet Prioriteiten). */
function countRows(p: Programme): number {
  return (p.priorities?.length ?? 0) + p.goals.reduce(
    (n, g) =>
      n + 1 + g.indicators.length +
      g.subGoals.reduce((m, s) => m + 1 + s.activities.length + s.results.reduce((k, r) => k + 1 + r.indicators.length + r.activities.length, 0), 0),
    0,
  );
}

describe('a workbook edited in Excel', () => {
  async function editedWorkbook(doc: Y.Doc): Promise<Uint8Array> {
    return edited(await xlsxOf(readProgramme(doc)), (book) => {
      const indicators = book.getWorksheet('Indicatoren')!;
      const row = rowWithId(indicators, 'g1-i1');
      row.getCell(columnOf(indicators, 'Streefwaarde')).value = 'Het aantal adviesvragen stijgt met 10%';
      row.getCell(columnOf(indicators, 'Streefjaar')).value = 2027;
      // A new indicator typed at the bottom: no id, only the goal's code.
      const added = indicators.addRow([]);
      added.getCell(columnOf(indicators, 'Doelcode')).value = '2';
      added.getCell(columnOf(indicators, 'Indicator')).value = 'Aantal huishoudens met een betalingsachterstand';
      added.getCell(columnOf(indicators, 'Nulmeting waarde')).value = 412;
      added.getCell(columnOf(indicators, 'Status')).value = 'nulmeting volgt';
      // A result indicator removed by deleting its row.
      const resultIndicators = book.getWorksheet('Resultaatindicatoren')!;
      resultIndicators.spliceRows(rowWithId(resultIndicators, 'g1-s1-r1-i2').number, 1);
    });
  }

  it('preview shows what would change and changes nothing', async () => {
    const store = new MemoryStore();
    seedMissingProgrammes(store, log);
    const registry = new RoomRegistry(store, DEFAULT_CONFIG, log);
    const id = SEED_PROGRAMMES[0]!.id;
    const before = registry.readDocument(id, readProgramme)!;
    const updates = store.countUpdates(id);
    const read = await readImport({ bytes: await editedWorkbook(seededDoc()), fileName: 'bewerkt.xlsx' }, EMPTY_MAPPING);
    const report = previewImport(registry, id, read, false, '2026-03-01')!;
    expect(report.ok).toBe(true);
    expect(report.applied).toBe(false);
    expect(report.summary).toMatchObject({ update: 1, add: 1, wouldDelete: 1 });
    const update = report.rows.find((r) => r.action === 'update')!;
    expect(update).toMatchObject({ sheet: 'Indicatoren', row: 2, id: 'g1-i1' });
    expect(update.changes).toEqual([
      { field: 'target', column: 'Streefwaarde', from: before.goals[0]!.indicators[0]!.target, to: 'Het aantal adviesvragen stijgt met 10%' },
      { field: 'targetYear', column: 'Streefjaar', from: 2028, to: 2027 },
    ]);
    expect(report.deletions).toEqual([{ kind: 'resultIndicator', id: 'g1-s1-r1-i2', label: expect.stringContaining('resultaatindicator'), rows: 1 }]);
    expect(registry.readDocument(id, readProgramme)).toEqual(before);
    expect(store.countUpdates(id)).toBe(updates);
    await registry.close();
    store.close();
  });

  it('preview says what the programme\'s checks would newly report: an unknown unit in the file, placed by sheet and row', async () => {
    const store = new MemoryStore();
    seedMissingProgrammes(store, log);
    const registry = new RoomRegistry(store, DEFAULT_CONFIG, log);
    const id = SEED_PROGRAMMES[0]!.id;
    const before = registry.readDocument(id, readProgramme)!;
    const bytes = await edited(await xlsxOf(before), (book) => {
      const sheet = book.getWorksheet('Indicatoren')!;
      rowWithId(sheet, 'g1-i1').getCell(columnOf(sheet, 'Eenheid')).value = 'kilo';
    });
    const read = await readImport({ bytes, fileName: 'eenheid.xlsx' }, EMPTY_MAPPING);
    const report = previewImport(registry, id, read, false, '2026-03-01')!;
    expect(report.ok).toBe(true);
    const unit = report.validation!.filter((f) => f.ruleId === 'V18');
    expect(unit).toEqual([{ severity: 'error', ruleId: 'V18', message: expect.stringContaining('De eenheid "kilo" is onbekend'), place: expect.stringMatching(/^Blad Indicatoren, rij \d+ \(/) }]);
    // Only what the import adds: the programme's own findings are not repeated.
    expect(report.validation!.every((f) => f.ruleId === 'V18' || f.ruleId === 'V19')).toBe(true);
    expect(registry.readDocument(id, readProgramme)).toEqual(before);

    const unchanged = previewImport(registry, id, await readImport({ bytes: await xlsxOf(before), fileName: 'zelfde.xlsx' }, EMPTY_MAPPING), false, '2026-03-01')!;
    expect(unchanged.validation).toEqual([]);
    await registry.close();
    store.close();
  });

  it('apply updates in place and adds, and deletes only when confirmed', async () => {
    const doc = seededDoc();
    const bytes = await editedWorkbook(doc);
    const read = await readImport({ bytes, fileName: 'bewerkt.xlsx' }, EMPTY_MAPPING);

    const kept = applyImportToDoc(doc, read, false, origin);
    expect(kept.applied).toBe(true);
    let after = readProgramme(doc);
    expect(after.goals[0]!.indicators[0]).toMatchObject({ id: 'g1-i1', target: 'Het aantal adviesvragen stijgt met 10%', targetYear: 2027 });
    const goal2 = after.goals[1]!;
    expect(goal2.indicators.at(-1)).toMatchObject({ indicator: 'Aantal huishoudens met een betalingsachterstand', baselineValue: 412, status: 'baseline-pending' });
    expect(after.goals[0]!.subGoals[0]!.results[0]!.indicators.map((i) => i.id)).toContain('g1-s1-r1-i2');

    // The same file again: the new indicator has no id in the file, so it would be added twice;
    // re-export instead, as a user would, and delete what the file no longer holds.
    const again = await edited(await xlsxOf(after), (book) => {
      const sheet = book.getWorksheet('Resultaatindicatoren')!;
      sheet.spliceRows(rowWithId(sheet, 'g1-s1-r1-i2').number, 1);
    });
    const deleted = applyImportToDoc(doc, await readImport({ bytes: again, fileName: 'opnieuw.xlsx' }, EMPTY_MAPPING), true, origin);
    expect(deleted.summary).toMatchObject({ update: 0, add: 0, wouldDelete: 1 });
    after = readProgramme(doc);
    expect(after.goals[0]!.subGoals[0]!.results[0]!.indicators.map((i) => i.id)).not.toContain('g1-s1-r1-i2');
  });

  it('matches goals and results by code when the id column is empty', async () => {
    const doc = seededDoc();
    const before = readProgramme(doc);
    const bytes = await edited(await xlsxOf(before), (book) => {
      const goals = book.getWorksheet('Doelen')!;
      for (let r = 2; r <= goals.rowCount; r++) goals.getRow(r).getCell(columnOf(goals, 'Doel-id')).value = null;
      goals.getRow(2).getCell(columnOf(goals, 'Titel')).value = 'Inwoners wonen veilig';
    });
    const report = applyImportToDoc(doc, await readImport({ bytes, fileName: 'codes.xlsx' }, EMPTY_MAPPING), false, origin);
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({ update: 1, add: 0 });
    expect(readProgramme(doc).goals[0]).toMatchObject({ id: 'g1', title: 'Inwoners wonen veilig' });
  });
});

describe('deleting through an import', () => {
  it('refuses to delete a goal whose indicators the file still holds, and counts what hangs below', async () => {
    const doc = seededDoc();
    const before = readProgramme(doc);
    const bytes = await edited(await xlsxOf(before), (book) => {
      const goals = book.getWorksheet('Doelen')!;
      goals.spliceRows(rowWithId(goals, 'g4').number, 1);
    });
    const read = await readImport({ bytes, fileName: 'zonder-doel-4.xlsx' }, EMPTY_MAPPING);
    const g4 = before.goals[3]!;
    const below = 1 + g4.indicators.length + g4.subGoals.reduce((n, s) => n + 1 + s.activities.length + s.results.reduce((m, r) => m + 1 + r.indicators.length + r.activities.length, 0), 0);

    const preview = applyImportToDoc(seededDoc(), read, false, origin);
    expect(preview.deletions).toEqual([{ kind: 'goal', id: 'g4', label: `doel ${g4.code}`, rows: below }]);
    expect(preview.summary.wouldDelete).toBe(below);

    const confirmed = applyImportToDoc(doc, read, true, origin);
    expect(confirmed.applied).toBe(false);
    const messages = confirmed.findings.map((f) => f.message);
    expect(messages.length).toBe(below - 1);
    expect(messages[0]).toMatch(/^Blad Indicatoren, rij \d+: deze rij hangt onder doel 4, dat niet in het bestand staat en dus verwijderd zou worden\./);
    expect(readProgramme(doc)).toEqual(before);
  });
});

describe('cells as Excel stores them', () => {
  it('reads formulas by their result, rich text as text, and codes typed as numbers with a dot', async () => {
    const doc = seededDoc();
    const before = readProgramme(doc);
    const bytes = await edited(await xlsxOf(before), (book) => {
      const indicators = book.getWorksheet('Indicatoren')!;
      const row = rowWithId(indicators, 'g1-i1');
      row.getCell(columnOf(indicators, 'Streefjaar')).value = { formula: '2020+7', result: 2027 };
      row.getCell(columnOf(indicators, 'Monitoring/bron')).value = { richText: [{ text: 'CBS ', font: { bold: true } }, { text: 'Statline' }] };
      const results = book.getWorksheet('Resultaten')!;
      results.getRow(2).getCell(columnOf(results, 'Resultaatcode')).value = 1.5;
    });
    const report = applyImportToDoc(doc, await readImport({ bytes, fileName: 'excel.xlsx' }, EMPTY_MAPPING), false, origin);
    expect(report.findings).toEqual([]);
    const after = readProgramme(doc);
    expect(after.goals[0]!.indicators[0]).toMatchObject({ targetYear: 2027, source: 'CBS Statline' });
    expect(after.goals[0]!.subGoals[0]!.results[0]!.code).toBe('1.5');
  });
});
