/**
 * History benchmark: one programme after 10,000 single-cell edits made by a real y-websocket
 * client through the real server (durable append + cell history per edit), then the times to
 * take a version, open one, diff one against today, restore one and read a cell's history,
 * and the storage the programme takes. Run: npx tsx bench/history.bench.ts
 *
 * Targets: each operation under 200 ms (median), storage under 2 MB per programme.
 * Environment: BENCH_EDITS (default 10000), BENCH_RUNS (default 9).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { setField, userOrigin } from '../shared/doc/index.ts';
import { diffProgrammes, flattenProgramme, type ProgrammeDiff, type VersionInfo } from '../shared/history/index.ts';
import { EDITABLE_FIELDS, type EntityKind } from '../shared/model/entities.ts';
import type { Programme } from '../shared/model/types.ts';
import { seedProgrammeById } from '../shared/seed/programmes.ts';
import { SQLITE_FILE_NAME } from '../server/config.ts';
import { programmeFromState } from '../server/history/versions.ts';
import { createLogger } from '../server/log.ts';
import { startServer, type RunningServer } from '../server/start.ts';
import { BENCH_ADMIN, signIn } from './processes.ts';
import { connectClient, type TestClient } from '../tests/helpers/test-client.ts';
import { waitUntil } from '../tests/helpers/wait.ts';
import { seededRandom } from './seeded-random.ts';
import { fmt, markdownTable, summarise } from './stats.ts';

const DOC = 'gezond-samenleven';
const TARGET_MS = 200;
const TARGET_BYTES = 2 * 1024 * 1024;
const WARMUP = 2;

export interface HistoryBenchOptions {
  edits?: number;
  runs?: number;
}

export async function runHistoryBench(options: HistoryBenchOptions = {}): Promise<{ table: string }> {
  const edits = options.edits ?? Number(process.env.BENCH_EDITS ?? 10_000);
  const runs = options.runs ?? Number(process.env.BENCH_RUNS ?? 9);
  const dataDir = mkdtempSync(join(tmpdir(), 'koers-history-bench-'));
  try {
    // Phase 1: the adopted version, then the edits, then a second version; the room unloads
    // (final compaction) and the server stops, so the file holds exactly what would persist.
    let server = await start(dataDir, 0);
    const adopted = await postVersion(server, 'Vastgesteld door de raad');
    const editing = await editThroughRoom(server, edits);
    const afterEdits = await postVersion(server, 'Na de bewerkingen');
    await waitUntil(() => !server.registry.isLoaded(DOC), { timeoutMs: 60_000, what: 'the room to unload' });
    await server.close();
    const storage = measureStorage(join(dataDir, SQLITE_FILE_NAME));

    // Phase 2: timings on a restarted server with the programme open, as during a meeting.
    server = await start(dataDir, 60_000);
    const viewer = connectClient(server.syncUrl, DOC, { cookie: server.cookie });
    await viewer.whenSynced(60_000);
    const rowId = editing.mostEditedCell.rowId;
    const field = editing.mostEditedCell.field;
    const take = await timeRuns(runs, () => postVersion(server, 'Meetversie'));
    const open = await timeRuns(runs, () => getJson<Programme>(server, `/versions/${adopted.id}`));
    let diff: ProgrammeDiff | null = null;
    const diffHttp = await timeRuns(runs, async () => {
      diff = await getJson<ProgrammeDiff>(server, `/diff?from=${adopted.id}&to=current`);
    });
    const adoptedState = server.store.loadVersion(DOC, adopted.id)!.state;
    const openPure = await timeRuns(runs, async () => {
      programmeFromState(adoptedState);
    });
    const adoptedProgramme = await getJson<Programme>(server, `/versions/${adopted.id}`);
    const current = viewer.programme();
    const diffPure = await timeRuns(runs, async () => {
      diffProgrammes(adoptedProgramme, current);
    });
    let flip = false;
    const restore = await timeRuns(runs, async () => {
      flip = !flip;
      await postJson(server, '/restore', { versionId: flip ? adopted.id : afterEdits.id, scope: 'programme' });
    });
    const cellHistory = await timeRuns(runs, () => getJson<unknown[]>(server, `/history?rowId=${rowId}&field=${field}&limit=100`));
    viewer.destroy();
    await server.close();

    const changes = diff as ProgrammeDiff | null;
    const perf = (name: string, samples: number[], note = '') => {
      const s = summarise(samples);
      return [name, fmt(s.p50), fmt(s.p95), `< ${TARGET_MS}`, s.p50 < TARGET_MS ? 'ok' : 'OVER', note];
    };
    const timingTable = markdownTable(
      ['operation (HTTP, restarted server, room loaded)', 'median ms', 'p95 ms', 'target ms', '', 'note'],
      [
        perf('take a version (POST .../versions)', take),
        perf('open a version (GET .../versions/:id)', open, `${kb(storage.versionBytes / storage.versions)} KB state per version`),
        perf('open a version, load + readProgramme only', openPure),
        perf('diff adopted -> current (GET .../diff)', diffHttp, changes ? describeDiff(changes) : ''),
        perf('diff, pure function only', diffPure),
        perf('restore whole programme (POST .../restore)', restore, 'alternating two versions'),
        perf('cell history, most edited cell (GET .../history)', cellHistory, `${editing.mostEditedCell.count} edits on that cell`),
      ],
    );
    const storageTable = markdownTable(
      ['storage after the edits (file closed, WAL checkpointed)', 'bytes', 'KB', 'target', ''],
      [
        ['SQLite file, whole programme', String(storage.fileBytes), kb(storage.fileBytes), '< 2048 KB', storage.fileBytes < TARGET_BYTES ? 'ok' : 'OVER'],
        ['  update log (compacted) + its index', String(storage.logBytes), kb(storage.logBytes), '', ''],
        [`  versions (${storage.versions}) + index`, String(storage.versionTableBytes), kb(storage.versionTableBytes), '', ''],
        ['  log + versions', String(storage.logBytes + storage.versionTableBytes), kb(storage.logBytes + storage.versionTableBytes), '< 2048 KB', storage.logBytes + storage.versionTableBytes < TARGET_BYTES ? 'ok' : 'OVER'],
        [`  cell history (${storage.historyRows} entries)`, String(storage.historyBytes), kb(storage.historyBytes), '', ''],
        ['  schema, free pages', String(storage.fileBytes - storage.logBytes - storage.versionTableBytes - storage.historyBytes), '', '', ''],
      ],
    );
    const header =
      `${edits} single-cell edits by one real client through the server in ${fmt(editing.seconds, 1)} s ` +
      `(${fmt(edits / editing.seconds, 0)} edits/s, each appended and history-recorded with synchronous=FULL); ` +
      `median of ${runs} runs after ${WARMUP} warm-ups.`;
    return { table: `${header}\n\n${timingTable}\n\n${storageTable}` };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A running server and the beheerder's session cookie: every route and socket needs sign-in. */
type BenchServer = RunningServer & { cookie: string };

async function start(dataDir: string, roomIdleMs: number): Promise<BenchServer> {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    logger: createLogger('silent'),
    seed: [seedProgrammeById(DOC)!],
    roomIdleMs,
    adminEmail: BENCH_ADMIN.email,
    adminPassword: BENCH_ADMIN.password,
    adminName: BENCH_ADMIN.name,
  });
  try {
    return Object.assign(server, { cookie: await signIn(server.url) });
  } catch (error) {
    await server.close();
    throw error;
  }
}

interface EditRun {
  seconds: number;
  mostEditedCell: { rowId: string; field: string; count: number };
}

/**
 * Realistic single-cell edits: a random text or number cell of the programme gets a new
 * value close to its original (a rewording keeps roughly the length; numbers stay numbers).
 */
async function editThroughRoom(server: BenchServer, edits: number): Promise<EditRun> {
  const client = connectClient(server.syncUrl, DOC, { cookie: server.cookie });
  client.awareness.setLocalStateField('user', { id: 'bench', name: 'Benchmark Redacteur', color: '#1f6feb' });
  const origin = userOrigin('bench', 'Benchmark Redacteur');
  await client.whenSynced(60_000);
  const cells = editableCells(client.programme());
  const random = seededRandom(2025);
  const counts = new Map<string, number>();
  const started = performance.now();
  for (let n = 0; n < edits; n++) {
    const cell = cells[Math.floor(random() * cells.length)]!;
    const value = cell.numeric ? Math.round(random() * 1000) / 10 : `${cell.original.slice(0, Math.max(0, cell.original.length - 8))} (v${n})`;
    setField(client.doc, cell.kind, cell.rowId, cell.field, value, origin);
    const key = `${cell.rowId}|${cell.field}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    // Let the server keep up, as a person typing would; never more than a few hundred in flight.
    if (n % 250 === 249) await serverCaughtUp(server, client);
  }
  await serverCaughtUp(server, client);
  const seconds = (performance.now() - started) / 1000;
  client.destroy();
  const [key, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const [rowId, field] = key.split('|') as [string, string];
  return { seconds, mostEditedCell: { rowId, field, count } };
}

interface Cell {
  kind: EntityKind;
  rowId: string;
  field: string;
  numeric: boolean;
  original: string;
}

function editableCells(programme: Programme): Cell[] {
  const cells: Cell[] = [];
  for (const row of flattenProgramme(programme)) {
    for (const [field, spec] of Object.entries(EDITABLE_FIELDS[row.kind])) {
      const value = row.fields[field];
      if (spec.type === 'text' && typeof value === 'string' && value.length > 0) {
        cells.push({ kind: row.kind, rowId: row.id, field, numeric: false, original: value });
      } else if (spec.type === 'number') {
        cells.push({ kind: row.kind, rowId: row.id, field, numeric: true, original: '' });
      }
    }
  }
  return cells;
}

async function serverCaughtUp(server: BenchServer, client: TestClient): Promise<void> {
  const target = Y.encodeStateVector(client.doc);
  await waitUntil(
    () => {
      const vector = server.registry.readDocument(DOC, (doc) => Y.encodeStateVector(doc));
      return vector !== undefined && Buffer.compare(Buffer.from(vector), Buffer.from(target)) === 0;
    },
    { timeoutMs: 120_000, intervalMs: 5, what: 'the server to apply every edit' },
  );
}

interface Storage {
  fileBytes: number;
  logBytes: number;
  versionTableBytes: number;
  versionBytes: number;
  versions: number;
  historyBytes: number;
  historyRows: number;
}

/** Bytes per table and index from SQLite's own page accounting (dbstat). */
function measureStorage(file: string): Storage {
  const db = new Database(file, { readonly: true });
  try {
    const pages = new Map(
      db
        .prepare<[], { name: string; bytes: number }>('SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name')
        .all()
        .map((r) => [r.name, r.bytes]),
    );
    const sum = (...names: string[]) => names.reduce((total, name) => total + (pages.get(name) ?? 0), 0);
    const versions = db.prepare<[], { n: number; bytes: number }>('SELECT count(*) AS n, SUM(length(state)) AS bytes FROM versions').get()!;
    return {
      fileBytes: statSync(file).size,
      logBytes: sum('updates', 'updates_doc_seq'),
      versionTableBytes: sum('versions', 'versions_doc_seq', 'sqlite_autoindex_versions_1'),
      versionBytes: versions.bytes,
      versions: versions.n,
      historyBytes: sum('history', 'history_authors', 'sqlite_autoindex_history_authors_1', 'history_seq'),
      historyRows: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM history').get()!.n,
    };
  } finally {
    db.close();
  }
}

async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

async function postVersion(server: BenchServer, name: string): Promise<VersionInfo> {
  return postJson<VersionInfo>(server, '/versions', { name, status: 'concept', date: '2025-06-01', documentNumber: '', note: '' });
}

async function postJson<T>(server: BenchServer, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${server.url}/api/documents/${DOC}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: server.cookie },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function getJson<T>(server: BenchServer, path: string): Promise<T> {
  const response = await fetch(`${server.url}/api/documents/${DOC}${path}`, { headers: { cookie: server.cookie } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

function describeDiff(diff: ProgrammeDiff): string {
  return `${diff.changed.length} cells changed, ${diff.added.length} added, ${diff.removed.length} removed, ${diff.moved.length} moved`;
}

function kb(bytes: number): string {
  return fmt(bytes / 1024, 1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { table } = await runHistoryBench();
  console.log('## History: versions, diff, restore, cell history, storage\n');
  console.log(table);
  process.exit(0);
}
