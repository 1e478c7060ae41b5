/**
 * Files an import must refuse, each with a Dutch message that names where the problem is,
 * through the real HTTP routes: preview explains, apply answers 422, and the programme and its
 * update log stay exactly as they were.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readProgramme } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { renderCsv } from '../../server/export/csv.ts';
import { renderXlsx } from '../../server/export/xlsx.ts';
import { IMPORT_REFUSED } from '../../server/http/import-routes.ts';
import type { ImportReport } from '../../server/import/index.ts';
import { UTF16_CSV } from '../../server/import/read-csv.ts';
import { CORRUPT_XLSX, OLD_XLS, PASSWORD_PROTECTED } from '../../server/import/read-xlsx.ts';
import type { MemoryStore } from '../../server/persistence/memory-store.ts';
import type { RoomRegistry } from '../../server/sync/room-registry.ts';
import { saveXlsxWithPassword } from '../helpers/libreoffice.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';
import type { TestApp } from '../helpers/test-app.ts';
import { closeSeededTestApp, seededTestApp } from '../helpers/test-seeded-app.ts';
import { snapshotOf } from './export-fixtures.ts';

const DOC = 'bestaanszekerheid';

describe('import refuses bad files', () => {
  let store: MemoryStore;
  let registry: RoomRegistry;
  let staticDir: string;
  let app: TestApp;
  let programme: Programme;

  beforeEach(async () => {
    ({ store, registry, staticDir, app } = await seededTestApp());
    programme = registry.readDocument(DOC, readProgramme)!;
  });

  afterEach(() => closeSeededTestApp({ store, registry, app, staticDir }));

  async function post(step: 'preview' | 'apply', bytes: Uint8Array, fileName: string, extra: Record<string, string> = {}): Promise<Response> {
    const form = new FormData();
    form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], fileName));
    for (const [k, v] of Object.entries(extra)) form.set(k, v);
    return app.request(`/api/documents/${DOC}/import/${step}`, { method: 'POST', body: form });
  }

  /** Preview and apply both refuse; apply writes nothing. Returns the error messages. */
  async function refused(bytes: Uint8Array, fileName: string, extra: Record<string, string> = {}): Promise<string[]> {
    const updates = store.countUpdates(DOC);
    const preview = await post('preview', bytes, fileName, extra);
    expect(preview.status).toBe(200);
    const previewed = (await preview.json()) as ImportReport;
    expect(previewed.ok).toBe(false);
    const apply = await post('apply', bytes, fileName, { ...extra, confirmDeletes: 'true' });
    expect(apply.status).toBe(422);
    const body = (await apply.json()) as ImportReport & { error: string };
    expect(body.error).toBe(IMPORT_REFUSED);
    expect(body.applied).toBe(false);
    expect(store.countUpdates(DOC)).toBe(updates);
    expect(registry.readDocument(DOC, readProgramme)).toEqual(programme);
    return body.findings.filter((f) => f.severity === 'error').map((f) => f.message);
  }

  async function workbook(edit: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await renderXlsx(snapshotOf([programme]))) as unknown as ArrayBuffer);
    edit(book);
    return new Uint8Array(await book.xlsx.writeBuffer());
  }

  function cellOf(sheet: ExcelJS.Worksheet, header: string, row: number): ExcelJS.Cell {
    const column = (sheet.getRow(1).values as unknown[]).indexOf(header);
    return sheet.getRow(row).getCell(column);
  }

  it('a corrupt or truncated workbook', async () => {
    const good = await renderXlsx(snapshotOf([programme]));
    expect(await refused(good.subarray(0, Math.floor(good.byteLength / 2)), 'half.xlsx')).toEqual([`Blad half.xlsx: ${CORRUPT_XLSX}`]);
    const garbage = new Uint8Array(4000).map((_, i) => (i * 7919) % 251);
    garbage.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await refused(garbage, 'kapot.xlsx')).toEqual([`Blad kapot.xlsx: ${CORRUPT_XLSX}`]);
  });

  describe('a password-protected workbook', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await makeTempDir('koers-password-');
    });
    afterAll(async () => {
      await removeDir(dir);
    });

    it('made by LibreOffice the way Excel encrypts', async () => {
      const plain = join(dir, 'open.xlsx');
      const locked = join(dir, 'beveiligd.xlsx');
      await writeFile(plain, await renderXlsx(snapshotOf([programme])));
      await saveXlsxWithPassword(plain, locked, 'geheim');
      const bytes = new Uint8Array(await readFile(locked));
      expect([...bytes.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]); // an OLE container, not a zip
      expect(await refused(bytes, 'beveiligd.xlsx')).toEqual([`Blad beveiligd.xlsx: ${PASSWORD_PROTECTED}`]);
    }, 240_000);

    it('an OLE file without encryption is an old .xls', async () => {
      const ole = new Uint8Array(2048);
      ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      expect(await refused(ole, 'oud.xls')).toEqual([`Blad oud.xls: ${OLD_XLS}`]);
    });
  });

  it('a CSV saved as UTF-16, with or without a byte order mark', async () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(renderCsv(snapshotOf([programme])));
    expect(await refused(new Uint8Array(Buffer.from(text, 'utf16le')), 'unicode.csv')).toEqual([`Blad unicode.csv: ${UTF16_CSV}`]);
    expect(await refused(new Uint8Array(Buffer.from(text.slice(1), 'utf16le')), 'zonder-bom.csv')).toEqual([`Blad zonder-bom.csv: ${UTF16_CSV}`]);
  });

  it('a CSV in Windows-1252: the first unreadable cell by row and column', async () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(renderCsv(snapshotOf([programme]))).slice(1);
    const lines = text.split('\r\n');
    const cells = lines[2]!.split(';');
    const indicatorColumn = lines[0]!.split(';').indexOf('Indicator');
    cells[indicatorColumn] = 'Cliënten met een café-afspraak';
    lines[2] = cells.join(';');
    const messages = await refused(new Uint8Array(Buffer.from(lines.join('\r\n'), 'latin1')), 'ansi.csv');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Blad ansi\.csv, rij 3, kolom "Indicator" \(M\): deze cel \("Cli\?nten met een caf\?-afspraak"\) bevat tekens die geen UTF-8 zijn/);
    expect(messages[0]).toContain('CSV UTF-8');
  });

  it('a sheet with a column Koers does not know, until the mapping says to ignore it', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.getWorksheet('Indicatoren')!;
      const column = sheet.columnCount + 1;
      sheet.getRow(1).getCell(column).value = 'Opmerking intern';
      sheet.getRow(4).getCell(column).value = 'navragen bij CBS';
    });
    const messages = await refused(bytes, 'extra.xlsx');
    expect(messages).toEqual([expect.stringMatching(/^Blad Indicatoren, rij 1, kolom "Opmerking intern" \(X\): onbekende kolom\. Koppel de kolom aan een veld/)]);

    const mapped = await post('apply', bytes, 'extra.xlsx', { mapping: JSON.stringify({ columns: { 'Opmerking intern': null } }) });
    expect(mapped.status).toBe(200);
    expect(((await mapped.json()) as ImportReport).summary).toMatchObject({ update: 0, add: 0 });
  });

  it('10,000 rows: too many for one import', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.getWorksheet('Indicatoren')!;
      for (let i = 0; i < 10_000; i++) sheet.addRow([programme.name, '', 'g1', '1', `Indicator ${i}`]);
    });
    const messages = await refused(bytes, 'groot.xlsx');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Blad groot\.xlsx: Het bestand heeft 10\.\d{3} rijen met gegevens; Koers importeert er hoogstens 5\.000 tegelijk\./);
  }, 120_000);

  it('text in a number column, a fraction in a year, an unknown choice: each by row and column', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.getWorksheet('Indicatoren')!;
      cellOf(sheet, 'Streefjaar', 3).value = 'veel';
      cellOf(sheet, 'Nulmeting jaar', 4).value = 2024.5;
      cellOf(sheet, 'Status', 5).value = 'misschien';
      cellOf(sheet, 'Nulmeting waarde', 6).value = '12,5%'; // Dutch text with a percent sign is a number
    });
    const messages = await refused(bytes, 'typfouten.xlsx');
    expect(messages).toEqual([
      'Blad Indicatoren, rij 3, kolom "Streefjaar" (Q): "veel" is geen getal. Vul een getal in (bijvoorbeeld 43,9) of maak de cel leeg.',
      'Blad Indicatoren, rij 4, kolom "Nulmeting jaar" (J): 2024,5 is geen geheel getal; hier hoort een jaartal of aantal.',
      expect.stringMatching(/^Blad Indicatoren, rij 5, kolom "Status" \(S\): "misschien" is geen geldige keuze\. Kies uit "meetbaar", "nulmeting volgt"/),
    ]);
  });

  it('ids that clash, parents that do not exist, and moves between goals', async () => {
    const bytes = await workbook((book) => {
      const indicators = book.getWorksheet('Indicatoren')!;
      cellOf(indicators, 'Indicator-id', 3).value = 'g1-i1'; // the id of row 2 again
      expect(cellOf(indicators, 'Doel-id', 4).value).toBe('g2');
      cellOf(indicators, 'Doel-id', 4).value = 'g3'; // an indicator of goal 2 moved to goal 3
      const added = indicators.addRow([programme.name, '', 'g99', '', 'Nieuwe indicator']);
      expect(added.number).toBeGreaterThan(4);
      const results = book.getWorksheet('Resultaatindicatoren')!;
      cellOf(results, 'Resultaatindicator-id', 2).value = 'g1'; // a goal's id on a result indicator
    });
    const messages = await refused(bytes, 'botsingen.xlsx');
    const rows = (await post('preview', bytes, 'botsingen.xlsx').then((r) => r.json())) as ImportReport;
    expect(rows.ok).toBe(false);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Blad Indicatoren, rij 3: deze indicator staat twee keer in het bestand \(ook op blad Indicatoren, rij 2\)/),
        expect.stringMatching(/^Blad Indicatoren, rij 4, kolom "Doel-id" \(C\): deze indicator hangt in het programma onder een andere rij\. Verplaatsen/),
        expect.stringMatching(/^Blad Indicatoren, rij \d+, kolom "Doel-id" \(C\): "g99" is geen doel in dit programma of in dit bestand\./),
        expect.stringMatching(/^Blad Resultaatindicatoren, rij 2, kolom "Resultaatindicator-id" \(B\): dit id hoort in het programma bij een doel, niet bij een resultaatindicator\./),
      ]),
    );
    expect(messages).toHaveLength(4);
  });

  it('a CSV whose columns Koers does not recognise', async () => {
    const csv = new TextEncoder().encode('Naam;Bedrag;Datum\r\nSubsidie;1.200,50;2025-01-01\r\n');
    expect(await refused(csv, 'begroting.csv')).toEqual([expect.stringMatching(/^Blad begroting\.csv, rij 1: Koers herkent de kolommen van dit CSV-bestand niet/)]);
  });
});

describe('import into the wrong programme', () => {
  it('refuses a file whose rows all belong to another programme', async () => {
    const own = await seededTestApp();
    const { registry, app } = own;
    try {
      const other = registry.readDocument('kansengelijkheid', readProgramme)!;
      const form = new FormData();
      form.set('file', new File([(await renderXlsx(snapshotOf([other]))) as Uint8Array<ArrayBuffer>], 'kansengelijkheid.xlsx'));
      const response = await app.request(`/api/documents/${DOC}/import/apply`, { method: 'POST', body: form });
      expect(response.status).toBe(422);
      const messages = ((await response.json()) as ImportReport).findings.filter((f) => f.severity === 'error').map((f) => f.message);
      expect(messages).toEqual([`Blad Doelen: geen enkele rij hoort bij dit programma ("Bestaanszekerheid bieden"): het bestand is van "${other.name}". Importeer het bij dat programma, of pas de kolom Programma aan.`]);
    } finally {
      await closeSeededTestApp(own);
    }
  });
});
