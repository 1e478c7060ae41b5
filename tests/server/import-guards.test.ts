/**
 * The pre-parse guards on their own: the zip guard measures real bytes and counts rows
 * exactly, whatever the headers claim; the CSV count agrees with the parser it protects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCsvRecords } from '../../server/import/csv-guard.ts';
import { MAX_SCANNED_ROWS, MAX_UNZIPPED_BYTES } from '../../server/import/limits.ts';
import { parseCsv } from '../../server/import/read-csv.ts';
import { inspectZip } from '../../server/import/zip-guard.ts';
import { buildZip, sheetWithRows, workbookZip } from './hostile-zip.ts';

describe('zip guard', () => {
  it('measures what the entries really inflate to, not what the headers claim', async () => {
    const sheet = sheetWithRows(3_000);
    const verdict = await inspectZip(workbookZip(sheet, 1_000));
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.unzippedBytes).toBeGreaterThan(sheet.byteLength);
    // Split over many pieces of inflated output, each row is counted once.
    expect(verdict.rows).toBe(3_000);
  });

  it('counts rows with a namespace prefix and not <rowBreaks> or <rows>', async () => {
    const xml = Buffer.from('<x:worksheet><x:sheetData><x:row r="1"/><x:row r="2"><x:c/></x:row><row>1</row></x:sheetData><rowBreaks count="1"/><rows/></x:worksheet>');
    const verdict = await inspectZip(buildZip([{ name: 'xl/worksheets/sheet1.xml', data: xml }]));
    expect(verdict).toMatchObject({ ok: true, rows: 3 });
  });

  it('stops one row past the scan limit and one byte past the cap', async () => {
    expect(await inspectZip(workbookZip(sheetWithRows(MAX_SCANNED_ROWS)))).toMatchObject({ ok: true, rows: MAX_SCANNED_ROWS });
    expect(await inspectZip(workbookZip(sheetWithRows(MAX_SCANNED_ROWS + 1)))).toEqual({ ok: false, reason: 'too-many-rows' });
    const part = (size: number) => ({ name: 'a.bin', data: Buffer.alloc(size) });
    expect(await inspectZip(buildZip([part(MAX_UNZIPPED_BYTES)]))).toMatchObject({ ok: true, unzippedBytes: MAX_UNZIPPED_BYTES });
    expect(await inspectZip(buildZip([part(MAX_UNZIPPED_BYTES / 2), { ...part(MAX_UNZIPPED_BYTES / 2 + 1), name: 'b.bin' }]))).toEqual({ ok: false, reason: 'too-large' });
  }, 60_000);

  it('calls damaged deflate data and a directory pointing nowhere not a zip', async () => {
    const good = buildZip([{ name: 'a.xml', data: Buffer.from('<a/>'.repeat(1000)) }]);
    const damaged = Uint8Array.from(good);
    damaged.fill(0xff, 40, 60);
    expect(await inspectZip(damaged)).toEqual({ ok: false, reason: 'not-zip' });
    expect(await inspectZip(good.subarray(0, good.byteLength - 30))).toEqual({ ok: false, reason: 'not-zip' });
  });
});

describe('CSV record count', () => {
  const cell = fc.oneof(fc.constantFrom('', '"', '""', 'a"b', '"x;y"', '"r\r\nq"', '"n\nm"', 'é€', ' ', ';', ',', '\t'), fc.string({ maxLength: 6 }));
  const line = fc.array(cell, { maxLength: 5 }).map((cells) => cells.join(';'));
  const breaks = fc.constantFrom('\n', '\r\n', '\r');

  it('agrees with parseCsv on every file parseCsv reads (fast-check, seeded)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(line, breaks), { maxLength: 12 }), line, (lines, last) => {
        const text = lines.map(([l, b]) => l + b).join('') + last;
        let parsed: string[][];
        try {
          parsed = parseCsv(text, 'x.csv');
        } catch {
          return; // an unclosed quote: readCsv refuses the file
        }
        expect(countCsvRecords(new TextEncoder().encode(text), Number.POSITIVE_INFINITY)).toBe(parsed.length);
      }),
      { seed: 20261202, numRuns: 3_000 },
    );
  });

  it('a stray quote inside a field hides no rows', () => {
    const text = `a;b\n${'x";1\n'.repeat(100)}`;
    expect(parseCsv(text, 'x.csv')).toHaveLength(101);
    expect(countCsvRecords(new TextEncoder().encode(text), Number.POSITIVE_INFINITY)).toBe(101);
    expect(countCsvRecords(new TextEncoder().encode(text), 10)).toBe(11);
  });
});
