/**
 * "Import terugdraaien" over real HTTP with a colleague connected: an apply that changes
 * anything first freezes a version "Voor de import van <file>"; undo takes back exactly what
 * the import did (changed goal titles, an added indicator, a deleted one) from
 * that version, and leaves what the colleague changed after the import. A bad request changes
 * nothing; a lezer may not undo.
 */
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { setField, userOrigin } from '../../shared/doc/index.ts';
import type { VersionInfo } from '../../shared/history/index.ts';
import type { ImportReport } from '../../server/import/index.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const DOC = 'kansengelijkheid';
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

type Applied = ImportReport & { undoVersionId: string | null };

async function started(): Promise<TestServer> {
  const server = await startTestServer();
  cleanup.add(() => server.dispose());
  return server;
}

async function workbook(server: TestServer, edit: (book: ExcelJS.Workbook) => void): Promise<ArrayBuffer> {
  const exported = await server.api(`/api/documents/${DOC}/export?format=xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await exported.arrayBuffer());
  edit(book);
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}

async function apply(server: TestServer, bytes: ArrayBuffer, confirmDeletes = false): Promise<Applied> {
  const response = await server.api(`/api/documents/${DOC}/import/apply?fileName=bewerkt.xlsx${confirmDeletes ? '&confirmDeletes=true' : ''}`, { method: 'POST', body: bytes });
  expect(response.status).toBe(200);
  return (await response.json()) as Applied;
}

function undoBody(report: Applied): unknown {
  return {
    versionId: report.undoVersionId,
    rows: report.rows.filter((r) => r.action !== 'unchanged').map((r) => ({ kind: r.kind, id: r.id, action: r.action, changes: r.changes.map((c) => ({ field: c.field, to: c.to })) })),
    deletions: report.deletions,
  };
}

async function undo(server: TestServer, body: unknown, cookie?: string): Promise<Response> {
  return server.api(`/api/documents/${DOC}/import/undo`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' }, ...(cookie ? { cookie } : {}) });
}

function cellOfHeader(sheet: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, col) => {
    if (cell.value === header) found = col;
  });
  expect(found, header).toBeGreaterThan(0);
  return found;
}

describe('Import terugdraaien', () => {
  it('takes back what the import did, from the version frozen before it, and keeps what a colleague changed since', async () => {
    const server = await started();
    const colleague = server.connect(DOC);
    cleanup.add(() => colleague.destroy());
    await colleague.whenSynced();
    const before = colleague.programme();

    const bytes = await workbook(server, (book) => {
      const goals = book.getWorksheet('Doelen')!;
      goals.getRow(2).getCell(cellOfHeader(goals, 'Titel')).value = 'Iedereen doet mee';
      goals.getRow(3).getCell(cellOfHeader(goals, 'Titel')).value = 'Kinderen groeien thuis op';
      book.getWorksheet('Indicatoren')!.addRow([before.name, '', 'g1', '1', 'Aandeel jongeren met een startkwalificatie', 'Nulmeting 2025: 88%', 'Minimaal 90%']);
    });
    const report = await apply(server, bytes);
    expect(report.summary).toMatchObject({ update: 2, add: 1 });
    expect(report.undoVersionId).toEqual(expect.any(String));
    const versions = (await (await server.api(`/api/documents/${DOC}/versions`)).json()) as VersionInfo[];
    expect(versions[0]).toMatchObject({ id: report.undoVersionId, name: 'Voor de import van bewerkt.xlsx', status: 'concept' });

    await expect.poll(() => colleague.programme().goals[1]!.title).toBe('Kinderen groeien thuis op');
    setField(colleague.doc, 'goal', 'g2', 'title', 'Kinderen groeien veilig thuis op', userOrigin('carla', 'Carla'));
    await expect.poll(async () => (await server.fetchProgramme(DOC)).goals[1]!.title).toBe('Kinderen groeien veilig thuis op');

    const response = await undo(server, undoBody(report));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ removed: 1, cells: 1, returned: 0, kept: 1 });
    await expect.poll(() => colleague.programme().goals[0]!.title).toBe(before.goals[0]!.title);
    const after = colleague.programme();
    expect(after.goals[1]!.title).toBe('Kinderen groeien veilig thuis op');
    expect(after.goals[0]!.indicators.map((i) => i.id)).toEqual(before.goals[0]!.indicators.map((i) => i.id));
  });

  it('brings back a row an import deleted, at its place', async () => {
    const server = await started();
    const before = await server.fetchProgramme(DOC);
    const gone = before.goals[0]!.indicators[1]!;
    const bytes = await workbook(server, (book) => {
      const sheet = book.getWorksheet('Indicatoren')!;
      const idColumn = cellOfHeader(sheet, 'Indicator-id');
      for (let r = sheet.rowCount; r >= 2; r--) if (sheet.getRow(r).getCell(idColumn).value === gone.id) sheet.spliceRows(r, 1);
    });
    const report = await apply(server, bytes, true);
    expect(report.deletions.map((d) => d.id)).toEqual([gone.id]);
    expect((await server.fetchProgramme(DOC)).goals[0]!.indicators.map((i) => i.id)).not.toContain(gone.id);

    const response = await undo(server, undoBody(report));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ removed: 0, cells: 0, returned: 1, kept: 0 });
    expect((await server.fetchProgramme(DOC)).goals[0]!.indicators).toEqual(before.goals[0]!.indicators);
  });

  it('refuses a bad request (400), an unknown version (404) and a lezer (403), changing nothing', async () => {
    const server = await started();
    const lezer = await server.createUser({ name: 'Lotte Lezer', grants: [{ scope: DOC, role: 'lezer' }] });
    const updates = server.store.countUpdates(DOC);
    expect((await undo(server, { versionId: 3, rows: 'alles' })).status).toBe(400);
    expect((await undo(server, { versionId: 'v-weg', rows: [], deletions: [] })).status).toBe(404);
    expect((await undo(server, { versionId: 'v-weg', rows: [], deletions: [] }, lezer.cookie)).status).toBe(403);
    expect(server.store.countUpdates(DOC)).toBe(updates);
  });
});
