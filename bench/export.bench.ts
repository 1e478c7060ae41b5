/**
 * Export and import speed through the real HTTP routes (in-process Hono app, SQLite store in a
 * temp folder). Run alone: npx tsx bench/export.bench.ts
 *
 *   export   all three programmes (id=all) to docx, xlsx and pdf; the PDF browser is started
 *            once before measuring (its cold start is reported on its own line)
 *   import   a 5,000-row workbook (the Bestaanszekerheid export with its indicators and
 *            results edited, grown with new results, result indicators, activities and
 *            indicators to 5,000 rows): preview, then apply, each on a fresh store
 *
 * Targets: each export under 1 s, preview + apply under 3 s (median). "Loop lag" is the
 * longest the event loop was blocked during the step: what a colleague's edit would wait.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { DEFAULT_CONFIG } from '../server/config.ts';
import type { ImportReport } from '../server/import/index.ts';
import { createLogger } from '../server/log.ts';
import { SqliteStore } from '../server/persistence/sqlite-store.ts';
import { seedMissingProgrammes } from '../server/seed.ts';
import { RoomRegistry } from '../server/sync/room-registry.ts';
import { createTestApp, type TestApp } from '../tests/helpers/test-app.ts';
import { fmt, markdownTable } from './stats.ts';

const log = createLogger('silent');
const IMPORT_DOC = 'bestaanszekerheid';
const IMPORT_ROWS = 5_000;

interface Server {
  /** The real app with real sign-in; requests carry the beheerder's session cookie. */
  app: Pick<TestApp, 'request'>;
  registry: RoomRegistry;
  store: SqliteStore;
  dir: string;
  close(): Promise<void>;
}

async function startServer(): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'koers-export-bench-'));
  const store = new SqliteStore(join(dir, 'koers.sqlite'));
  seedMissingProgrammes(store, log);
  const registry = new RoomRegistry(store, DEFAULT_CONFIG, log);
  const app = await createTestApp({ store, registry, staticDir: dir, log });
  return {
    app,
    registry,
    store,
    dir,
    async close() {
      await registry.close();
      app.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Sample {
  ms: number;
  lagMs: number;
  bytes: number;
}

async function timed(step: () => Promise<number>): Promise<Sample> {
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  const t0 = performance.now();
  const bytes = await step();
  const ms = performance.now() - t0;
  lag.disable();
  return { ms, lagMs: lag.max / 1e6, bytes };
}

async function exportFile(server: Server, format: string): Promise<number> {
  const response = await server.app.request(`/api/documents/all/export?format=${format}`);
  if (response.status !== 200) throw new Error(`export ${format}: ${response.status} ${await response.text()}`);
  return (await response.arrayBuffer()).byteLength;
}

/** The Bestaanszekerheid export, grown to IMPORT_ROWS data rows the way a big paste would. */
async function bigWorkbook(server: Server): Promise<Uint8Array> {
  const response = await server.app.request(`/api/documents/${IMPORT_DOC}/export?format=xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  const name = (await (await server.app.request(`/api/documents/${IMPORT_DOC}`)).json()) as { name: string };
  const sheet = (n: string) => book.getWorksheet(n)!;
  book.removeWorksheet(sheet('Bevindingen').id);
  const existing = ['Doelen', 'Indicatoren', 'Uitwerkingen', 'Resultaten', 'Resultaatindicatoren', 'Activiteiten'].reduce((n, s) => n + sheet(s).actualRowCount - 1, 0);
  // Every existing indicator's nulmeting and every existing result's text edited.
  const indicators = sheet('Indicatoren');
  for (const [name, column] of [['Indicatoren', 6], ['Resultaten', 7]] as const) {
    const rows = sheet(name);
    for (let r = 2; r <= rows.actualRowCount; r++) {
      const cell = rows.getRow(r).getCell(column);
      cell.value = `${String(cell.value ?? '')} (bijgewerkt)`;
    }
  }
  const subGoalIds = (sheet('Uitwerkingen').getColumn(2).values.slice(2) as string[]).filter(Boolean);
  const goalCodes = (sheet('Doelen').getColumn(3).values.slice(2) as string[]).filter(Boolean);
  let toAdd = IMPORT_ROWS - existing;
  const results = Math.floor(toAdd / 6);
  for (let i = 0; i < results; i++) {
    sheet('Resultaten').addRow([name.name, '', subGoalIds[i % subGoalIds.length], '', '', `N${i + 1}`, `Nieuw resultaat ${i + 1}: meer inwoners vinden hun weg`, 'Monitor sociaal domein', '2026']);
  }
  toAdd -= results;
  for (let i = 0; i < results * 2; i++) {
    sheet('Resultaatindicatoren').addRow([name.name, '', '', `N${(i % results) + 1}`, `Aantal deelnemers per kwartaal, variant ${i + 1}`]);
  }
  toAdd -= results * 2;
  for (let i = 0; i < results; i++) {
    sheet('Activiteiten').addRow([name.name, '', '', 'resultaat', '', `N${i + 1}`, `Voorlichting in de wijk, ronde ${i + 1}`, 'nieuw']);
  }
  toAdd -= results;
  for (let i = 0; i < toAdd; i++) {
    indicators.addRow([name.name, '', '', goalCodes[i % goalCodes.length], `Indicator ${i + 1}`, `Nulmeting 2025: ${i % 97},${i % 10}%`, 'Minimaal 50%', 'CBS', '%', 2025, (i % 97) + (i % 10) / 10, 'Dronten', 'minimaal', 50, null, null, 2028, null, 'meetbaar']);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function importStep(server: Server, step: 'preview' | 'apply', bytes: Uint8Array): Promise<ImportReport> {
  const form = new FormData();
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], 'groot.xlsx'));
  const response = await server.app.request(`/api/documents/${IMPORT_DOC}/import/${step}`, { method: 'POST', body: form });
  const report = (await response.json()) as ImportReport;
  if (response.status !== 200) throw new Error(`import ${step}: ${response.status} ${JSON.stringify(report.findings?.slice(0, 3))}`);
  return report;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function runExportBench(options: { runs?: number } = {}): Promise<{ table: string }> {
  const runs = options.runs ?? Number(process.env.BENCH_RUNS ?? 7);
  const rows: string[][] = [];
  const row = (what: string, samples: Sample[], target: number | null, note = '') => {
    const ms = median(samples.map((s) => s.ms));
    rows.push([
      what,
      fmt(ms, 0),
      fmt(Math.max(...samples.map((s) => s.ms)), 0),
      fmt(Math.max(...samples.map((s) => s.lagMs)), 0),
      target === null ? '' : `< ${target}`,
      target === null ? '' : ms < target ? 'ok' : 'TOO SLOW',
      note || `${fmt(samples[0]!.bytes / 1024, 0)} KB`,
    ]);
  };

  const server = await startServer();
  try {
    const cold = await timed(() => exportFile(server, 'pdf'));
    row('pdf, first (starts Chromium)', [cold], null);
    for (const format of ['docx', 'xlsx', 'pdf'] as const) {
      await exportFile(server, format); // warm-up
      const samples: Sample[] = [];
      for (let i = 0; i < runs; i++) samples.push(await timed(() => exportFile(server, format)));
      row(`export ${format}, all three programmes`, samples, 1000);
    }
    const bytes = await bigWorkbook(server);
    const previews: Sample[] = [];
    const applies: Sample[] = [];
    const totals: Sample[] = [];
    let summary = '';
    for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) {
      const fresh = await startServer();
      try {
        const preview = await timed(async () => (await importStep(fresh, 'preview', bytes)).rows.length);
        let report: ImportReport | null = null;
        const apply = await timed(async () => {
          report = await importStep(fresh, 'apply', bytes);
          return report.rows.length;
        });
        previews.push({ ...preview, bytes: bytes.byteLength });
        applies.push({ ...apply, bytes: bytes.byteLength });
        totals.push({ ms: preview.ms + apply.ms, lagMs: Math.max(preview.lagMs, apply.lagMs), bytes: bytes.byteLength });
        const s = report!.summary;
        summary = `${s.add} added, ${s.update} updated, ${s.unchanged} unchanged`;
      } finally {
        await fresh.close();
      }
    }
    row(`import preview, ${IMPORT_ROWS.toLocaleString('en')} rows`, previews, null);
    row(`import apply, ${IMPORT_ROWS.toLocaleString('en')} rows`, applies, null, summary);
    row('import preview + apply', totals, 3000, `${fmt(bytes.byteLength / 1024, 0)} KB xlsx`);
  } finally {
    await server.close();
  }
  return { table: markdownTable(['step', 'median ms', 'max ms', 'loop lag ms', 'target ms', 'result', 'size / note'], rows) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { table } = await runExportBench();
  console.log('## Export and import\n');
  console.log(table);
}
