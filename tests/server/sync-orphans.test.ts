/**
 * Rows that vanish (issue 11, item 1), as it happens: Anna is offline and adds a result with an
 * indicator under an uitwerking that Bram deletes meanwhile; Anna reconnects. Two real
 * y-websocket clients against a real server. The rows must then be in the REST answer, in the
 * counts of the overview, in the findings, with Anna named in the cell history, and in every
 * export format, read back by a real reader where the format needs one.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRow, deleteRow, userOrigin } from '../../shared/doc/index.ts';
import type { HistoryEntry } from '../../shared/history/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import type { ProgrammeArchive } from '../../server/export/json.ts';
import type { DocumentSummary } from '../../server/http/document-summary.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { convertWithLibreOffice, pdfText } from '../helpers/libreoffice.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';
import type { TestClient } from '../helpers/test-client.ts';
import { waitUntil } from '../helpers/wait.ts';
import { startTestServer, type TestServer, type TestUser } from '../helpers/test-server.ts';
import { missingTexts } from './export-fixtures.ts';

const DOC = 'bestaanszekerheid';
const SLOW = 240_000;
const RESULT_TEXT = 'Buurtteams bereiken 300 huishoudens met schulden';
const INDICATOR_TEXT = 'Aantal bereikte huishoudens per kwartaal';

const cleanup = new Cleanup();
let s: TestServer;
let anna: TestUser;
let bram: TestUser;
let dir: string;
let gone: { id: string; results: number };
let result: string;
let indicator: string;
let before: DocumentSummary;

async function json<T>(path: string): Promise<T> {
  const response = await s.api(path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

async function exported(format: string): Promise<Uint8Array<ArrayBuffer>> {
  const response = await s.api(`/api/documents/${DOC}/export?format=${format}`);
  expect(response.status, format).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

function open(user: TestUser): TestClient {
  const client = s.connect(DOC, { cookie: user.cookie });
  cleanup.add(() => client.destroy());
  return client;
}

beforeAll(async () => {
  s = await startTestServer();
  cleanup.add(() => s.dispose());
  dir = await makeTempDir('koers-orphans-');
  cleanup.add(() => removeDir(dir));
  anna = await s.createUser({ name: 'Anna de Vries', grants: [{ scope: DOC, role: 'redacteur' }] });
  bram = await s.createUser({ name: 'Bram Jansen', grants: [{ scope: DOC, role: 'redacteur' }] });
  before = (await json<DocumentSummary[]>('/api/documents')).find((d) => d.id === DOC)!;

  const [a, b] = [open(anna), open(bram)];
  await Promise.all([a.whenSynced(), b.whenSynced()]);
  const sub = a.programme().goals[0]!.subGoals[0]!;
  gone = { id: sub.id, results: sub.results.length };

  a.provider.disconnect();
  result = addRow(a.doc, 'result', sub.id, userOrigin(anna.id, 'Anna de Vries'), { fields: { code: '1.9', text: RESULT_TEXT } });
  indicator = addRow(a.doc, 'resultIndicator', result, userOrigin(anna.id, 'Anna de Vries'), { fields: { text: INDICATOR_TEXT } });
  deleteRow(b.doc, 'subGoal', sub.id, userOrigin(bram.id, 'Bram Jansen'));
  await waitUntil(async () => !(await s.fetchProgramme(DOC)).goals[0]!.subGoals.some((x) => x.id === sub.id), { what: 'the delete on the server' });
  a.provider.connect();
  await waitUntil(async () => (await s.fetchProgramme(DOC)).orphans?.length === 2, { what: 'the offline rows on the server' });
  await waitUntil(() => JSON.stringify(a.programme()) === JSON.stringify(b.programme()), { what: 'both clients to converge' });
}, SLOW);

afterAll(() => cleanup.run());

describe('a result added offline under an uitwerking a colleague deleted', () => {
  it('is in the REST answer, beside the tree, with its indicator under it', async () => {
    const programme = await s.fetchProgramme(DOC);
    expect(programme.orphans!.map((o) => [o.kind, o.id, o.parentId, o.missingParentId])).toEqual([
      ['result', result, gone.id, gone.id],
      ['resultIndicator', indicator, result, gone.id],
    ]);
    expect(programme.orphans![0]!.row).toMatchObject({ code: '1.9', text: RESULT_TEXT });
    expect(JSON.stringify(programme.goals)).not.toContain(RESULT_TEXT);
  });

  it('counts in the overview: in its kind, and as zonder plaats', async () => {
    const after = (await json<DocumentSummary[]>('/api/documents')).find((d) => d.id === DOC)!;
    expect(after.counts.orphans).toBe(2);
    expect(before.counts.orphans).toBe(0);
    // The uitwerking went with its results; the new result and its indicator still count.
    expect(after.counts.subGoals).toBe(before.counts.subGoals - 1);
    expect(after.counts.results).toBe(before.counts.results - gone.results + 1);
  });

  it('names Anna, who added it, in the cell history, and is a finding of V40 at the result only', async () => {
    const history = await json<HistoryEntry[]>(`/api/documents/${DOC}/history?rowId=${result}&field=id`);
    expect(history.map((e) => [e.action, e.userName])).toEqual([['add', 'Anna de Vries']]);
    const report = await json<{ findings: { ruleId: string; entityId: string; message: string }[] }>(`/api/documents/${DOC}/validation`);
    const v40 = report.findings.filter((f) => f.ruleId === 'V40');
    expect(v40.map((f) => f.entityId)).toEqual([result]);
    expect(v40[0]!.message).toContain('Deze rij hoort bij een onderdeel dat is verwijderd.');
  });

  it('json: carries both rows as orphans', async () => {
    const archive = JSON.parse(new TextDecoder().decode(await exported('json'))) as ProgrammeArchive;
    expect((archive.programme as Programme).orphans!.map((o) => o.id)).toEqual([result, indicator]);
  });

  it('csv: a line per row, Niveau "Zonder plaats: ...", with the deleted uitwerking named by id', async () => {
    const text = new TextDecoder().decode(await exported('csv'));
    const lines = text.split('\r\n').filter((l) => l.includes('Zonder plaats'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(';Zonder plaats: Resultaat;');
    expect(lines[0]).toContain(gone.id);
    expect(lines[0]).toContain(RESULT_TEXT);
    expect(lines[1]).toContain(';Zonder plaats: Indicator op resultaat;');
    expect(lines[1]).toContain(INDICATOR_TEXT);
  });

  it('xlsx: a "Zonder plaats" sheet read back by exceljs, and by LibreOffice', async () => {
    const bytes = await exported('xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Zonder plaats')!;
    expect(sheet).toBeDefined();
    const rows = sheet.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
    expect(rows.map((r) => [r[1], r[2], r[3], r[5]])).toEqual([
      ['Resultaat', '1.9', RESULT_TEXT, result],
      ['  ↳ Indicator op resultaat', '', INDICATOR_TEXT, indicator],
    ]);
    const path = join(dir, 'programma.xlsx');
    await writeFile(path, bytes);
    // Token 12 = -1: every sheet to its own file, named after the sheet.
    const files = await convertWithLibreOffice(path, 'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1', dir);
    const csv = files.find((f) => f.endsWith('-Zonder plaats.csv'));
    expect(csv, files.join(', ')).toBeDefined();
    expect(missingTexts(await readFile(csv!, 'utf8'), [RESULT_TEXT, INDICATOR_TEXT])).toEqual([]);
  }, SLOW);

  it('docx: a "Zonder plaats" section that LibreOffice reads', async () => {
    const path = join(dir, 'programma.docx');
    await writeFile(path, await exported('docx'));
    const [txt] = await convertWithLibreOffice(path, 'txt:Text (encoded):UTF8', dir);
    const text = await readFile(txt!, 'utf8');
    expect(missingTexts(text, ['Zonder plaats', 'Deze rijen zijn toegevoegd onder een onderdeel dat intussen is verwijderd.', RESULT_TEXT, INDICATOR_TEXT])).toEqual([]);
  }, SLOW);

  it('pdf: the same section, read by poppler', async () => {
    const path = join(dir, 'programma.pdf');
    await writeFile(path, await exported('pdf'));
    expect(missingTexts(await pdfText(path), ['Zonder plaats', RESULT_TEXT, INDICATOR_TEXT])).toEqual([]);
  }, SLOW);

  it.each([
    ['xlsx', 0],
    ['csv', 2],
  ] as const)('re-importing the %s export skips the rows without a place (saying so per line in a CSV) and changes nothing', async (format, warnings) => {
    const form = new FormData();
    form.set('file', new Blob([await exported(format)]), `programma.${format}`);
    const response = await s.api(`/api/documents/${DOC}/import/preview`, { method: 'POST', body: form, headers: { origin: s.url } });
    expect(response.status).toBe(200);
    const preview = (await response.json()) as { findings: { severity: string; message: string }[]; summary: { update: number; add: number; wouldDelete: number } };
    expect(preview.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(preview.findings.filter((f) => f.message.includes('zonder plaats'))).toHaveLength(warnings);
    expect(preview.summary.update + preview.summary.add + preview.summary.wouldDelete).toBe(0);
  });
});
