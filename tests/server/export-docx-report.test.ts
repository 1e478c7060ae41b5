/**
 * The Word report reads like the council's own document (issue 16): a table of contents,
 * table rows that stay whole across page breaks, no screen phrases ("Nog geen activiteiten."),
 * and every symbol of the source printed with a glyph the report font has. Read back by real
 * readers: LibreOffice converts the .docx to PDF and pdftotext reads it.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../server/export/docx.ts';
import { printable } from '../../server/export/printable.ts';
import { convertWithLibreOffice, pdfText } from '../helpers/libreoffice.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';
import { seededProgrammes, snapshotOf, zipEntry } from './export-fixtures.ts';

const SLOW = 240_000;
const programmes = seededProgrammes();
const bestaanszekerheid = programmes.find((p) => p.id === 'bestaanszekerheid')!;
/** The source writes "lokale Wmo 🡪 Het hybride team" in result 1.5. */
const ARROW_RESULT = bestaanszekerheid.goals[0]!.subGoals[1]!.results[2]!.text;
const UI_PHRASES = ['Nog geen', 'Nog niet ingevuld', 'nog niet ingevuld', 'zonder titel'];
let dir: string;

beforeAll(async () => {
  dir = await makeTempDir('koers-docx-report-');
});

afterAll(async () => {
  await removeDir(dir);
});

async function readBack(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  const [pdf] = await convertWithLibreOffice(path, 'pdf', dir);
  return pdfText(pdf!);
}

describe('the Word report of one programme', () => {
  let docx: Uint8Array;
  let xml: string;
  let text: string;

  beforeAll(async () => {
    docx = await renderDocx(snapshotOf([bestaanszekerheid]));
    xml = zipEntry(docx, 'word/document.xml');
    text = await readBack('bestaanszekerheid.docx', docx);
  }, SLOW);

  it('opens with a table of contents of every goal and uitwerking, linked to the headings', () => {
    expect(xml).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    expect(xml).toContain('TOC \\h \\t &quot;Koers Kop 1,1,Koers Kop 2,2&quot;');
    const toc = xml.slice(xml.indexOf('<w:sdtContent>'), xml.indexOf('</w:sdtContent>'));
    for (const goal of bestaanszekerheid.goals) {
      expect(toc).toContain(`Doel ${goal.code}: ${goal.title}`);
      for (const sub of goal.subGoals) expect(toc).toContain(sub.title.replace(/&/g, '&amp;'));
    }
    expect(zipEntry(docx, 'word/settings.xml')).toContain('<w:updateFields/>');
    // LibreOffice prints it as it is written: "Inhoud", then every goal, before the first goal's own page.
    const read = text.replace(/\s+/g, ' ');
    const contents = read.indexOf('Inhoud');
    const firstGoal = `Doel 1: ${bestaanszekerheid.goals[0]!.title}`;
    expect(contents).toBeGreaterThan(-1);
    expect(read.indexOf(firstGoal, contents)).toBeGreaterThan(contents);
    expect(read.split(firstGoal).length - 1).toBe(2);
  });

  it('keeps every table row on one page', () => {
    const rows = xml.match(/<w:tr>/g) ?? [];
    expect(rows.length).toBeGreaterThan(20);
    expect(xml.match(/<w:tr><w:trPr><w:cantSplit\/>/g)).toHaveLength(rows.length);
  });

  it('carries no screen phrases, and leaves out what is empty', () => {
    const emptySubGoals = bestaanszekerheid.goals.flatMap((g) => g.subGoals).filter((s) => s.activities.length === 0 && s.results.every((r) => r.activities.length === 0));
    expect(emptySubGoals.length, 'the seed has uitwerkingen without activities').toBeGreaterThan(0);
    for (const phrase of UI_PHRASES) expect(text, phrase).not.toContain(phrase);
    expect(xml).not.toContain('KoersNogLeeg');
  });

  it('prints the source\'s "🡪" as "→", and nothing outside the fonts\' range', () => {
    expect(ARROW_RESULT).toContain('🡪');
    expect(xml).not.toMatch(/[\u{10000}-\u{10FFFF}]/u);
    expect(xml).toContain('lokale Wmo → Het hybride team');
    expect(text.replace(/\s+/g, ' ')).toContain('lokale Wmo → Het hybride team');
  });
});

describe('the Word report of all programmes', () => {
  it('lists the programmes and their goals in one table of contents, not the cover', async () => {
    const docx = await renderDocx(snapshotOf(programmes));
    const xml = zipEntry(docx, 'word/document.xml');
    expect(xml.match(/<w:docPartGallery w:val="Table of Contents"\/>/g)).toHaveLength(1);
    const toc = xml.slice(xml.indexOf('<w:sdtContent>'), xml.indexOf('</w:sdtContent>'));
    for (const p of programmes) expect(toc).toContain(p.name);
    expect(toc).not.toContain("Alle programma&apos;s");
    expect(toc).not.toContain("Alle programma's");
  });
});

describe('printable', () => {
  it('maps the arrows of the Supplemental Arrows-C block to plain ones and leaves other text alone', () => {
    expect(printable('a 🡪 b 🡨 c 🡩 d 🡫 e ➔ f')).toBe('a → b ← c ↑ d ↓ e → f');
    expect(printable('Één → twee ↔ drie – “vier”')).toBe('Één → twee ↔ drie – “vier”');
  });
});
