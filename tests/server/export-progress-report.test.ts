/**
 * The voortgangsrapportage (report=voortgang) opened by real readers: LibreOffice converts the
 * Word file, pdftotext reads the PDF. Both carry per goal the counts and per indicator its
 * nulmeting, latest measurement, target, status and the officer's explanation, in Dutch, with
 * the trajectory charts as images (drawn by Observable Plot in the export's Chromium).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRow, readProgramme, seedProgramme, userOrigin } from '../../shared/doc/index.ts';
import { SEED_PROGRAMMES } from '../../shared/seed/programmes.ts';
import { exportSnapshot } from '../../server/export/index.ts';
import { PdfRenderer } from '../../server/export/pdf-renderer.ts';
import { createLogger } from '../../server/log.ts';
import { convertWithLibreOffice, pdfText } from '../helpers/libreoffice.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';
import { snapshotOf, zipEntry } from './export-fixtures.ts';

const SLOW = 240_000;
const EXPLANATION = 'Nieuwe vraagstelling in de monitor; het cijfer is niet vergelijkbaar met 2022.';

/** Bestaanszekerheid with measurements: g3-i1 on its way (67% in 2022 to minimaal 70% in 2028), g3-i4 judged by the officer. */
function measured() {
  const doc = new Y.Doc();
  seedProgramme(doc, SEED_PROGRAMMES[0]!);
  const origin = userOrigin('test', 'Test');
  addRow(doc, 'measurement', 'g3-i1', origin, { fields: { period: '2024', value: 67.4, valueStatus: 'final' } });
  addRow(doc, 'measurement', 'g3-i1', origin, { fields: { period: '2025', value: 68.6, valueStatus: 'final' } });
  addRow(doc, 'measurement', 'g3-i1', origin, { fields: { period: '2025', value: 55, subgroup: '18-26 jaar' } });
  addRow(doc, 'measurement', 'g3-i4', origin, { fields: { period: '2025', value: 14.2, assessment: 'at-risk', assessmentNote: EXPLANATION } });
  const programme = readProgramme(doc);
  doc.destroy();
  return programme;
}

const snapshot = snapshotOf([measured()]);
const pdf = new PdfRenderer(createLogger('silent'));
let dir: string;

beforeAll(async () => {
  dir = await makeTempDir('koers-progress-report-');
});

afterAll(async () => {
  await pdf.close();
  await removeDir(dir);
});

function expectReportTexts(text: string): void {
  // The PDF sets the title page's kicker in capitals; the words are what count.
  const flat = text.replace(/\s+/g, ' ').toLowerCase();
  for (const words of [
    'Voortgangsrapportage',
    'Samenvatting',
    'Status per doel',
    'Doel 3: ',
    'Indicator 3-I1: ',
    'Nulmeting 67% (2022)',
    'Laatste meting 68,6% (2025)',
    'Streefwaarde minimaal 70% in 2028',
    'Status Op koers',
    'Toelichting (rekenregel) Op koers: 2025: 68,6%',
    'Indicator 3-I4: ',
    'Laatste meting 14,2% (2025)',
    'Streefwaarde maximaal 10% in 2028',
    'Risico (oordeel van de ambtenaar)',
    `Toelichting van de ambtenaar ${EXPLANATION}`,
    'Volgens de rekenregel Achter',
    'Indicatoren bij de resultaten',
    'Legenda: onderbroken lijn: Verwacht pad (rechte lijn naar de streefwaarde); open ruiten: Tussendoel per jaar (volgens het pad); doorgetrokken lijn met rondjes: Metingen (iedereen); onderbroken lijn met vierkantjes: Metingen 18-26 jaar; open vierkant: Nulmeting; ster: Streefwaarde.',
  ]) {
    expect(flat, words).toContain(words.toLowerCase());
  }
}

describe('voortgangsrapportage in Word (.docx)', () => {
  let docx: Uint8Array;
  let text: string;

  beforeAll(async () => {
    const file = await exportSnapshot(snapshot, 'docx', { pdf }, 'voortgang');
    expect(file.fileName).toBe('Voortgangsrapportage Bestaanszekerheid bieden - huidige versie 2026-11-22.docx');
    docx = file.body;
    const path = join(dir, 'voortgang.docx');
    await writeFile(path, docx);
    const [txt] = await convertWithLibreOffice(path, 'txt:Text (encoded):UTF8', dir);
    text = await readFile(txt!, 'utf8');
  }, SLOW);

  it('LibreOffice reads the Dutch headings, the numbers, the statuses and the officer’s explanation', () => {
    expectReportTexts(text);
  });

  it('counts per goal, never an average', () => {
    // Doel 3 has five indicators: 3-I1 op koers, 3-I4 risico (judged), the other three onbekend.
    expect(text.replace(/\s+/g, ' ')).toContain('Indicatoren bij dit doel: op koers 1, risico 1, achter 0, onbekend 3.');
  });

  it('holds each chart as SVG with a PNG beside it, and describes it in the alt text', () => {
    const bytes = Buffer.from(docx);
    const media = [...bytes.toString('latin1').matchAll(/word\/media\/[\w.-]+\.(png|svg)/g)].map((m) => m[0]);
    const pngs = new Set(media.filter((m) => m.endsWith('.png')));
    const svgs = new Set(media.filter((m) => m.endsWith('.svg')));
    // Charts for the measured indicators (3-I1, 3-I4) and for every indicator with a nulmeting or a target number.
    expect(pngs.size).toBeGreaterThanOrEqual(2);
    expect(svgs.size).toBe(pngs.size);
    const svg = zipEntry(docx, [...svgs][0]!);
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<path');
    const body = zipEntry(docx, 'word/document.xml');
    expect(body).toContain('descr="Indicator 3-I1: ');
    expect(body).toContain('Nulmeting 67% (2022); laatste meting 68,6% (2025); streefwaarde minimaal 70% in 2028; status op koers.');
  });
});

describe('voortgangsrapportage in PDF', () => {
  let text: string;
  let bytes: Uint8Array;

  beforeAll(async () => {
    const file = await exportSnapshot(snapshot, 'pdf', { pdf }, 'voortgang');
    expect(file.contentType).toBe('application/pdf');
    bytes = file.body;
    const path = join(dir, 'voortgang.pdf');
    await writeFile(path, bytes);
    text = await pdfText(path);
  }, SLOW);

  it('pdftotext reads the same headings, numbers and explanations', () => {
    expectReportTexts(text);
  });

  it('draws the charts as vector graphics with their labels', () => {
    // The chart's own words (axis, target label, series names) are text in the PDF, not pixels.
    expect(text).toContain('Streefwaarde minimaal 70% in 2028');
    expect(text).toContain('18-26 jaar');
    expect(text).toContain('Jaar');
  });
});
