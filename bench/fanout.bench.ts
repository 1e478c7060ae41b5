/**
 * Fanout benchmark: Koers processes on one storage and the machine's Redis (KOERS_REDIS_URL, a
 * channel prefix of this run's own), on each storage in turn: one PostgreSQL schema of this run's
 * own (KOERS_DATABASE_URL, the machine's `test` database) and one SQLite DATA_DIR. The editors
 * are spread evenly over the processes and documents, each adding a goal of its own and setting
 * its title at BENCH_RATE (0.5 edits/s, as the sync benchmark). OBSERVERS_PER_PROCESS editors
 * on each process are real y-websocket clients that measure edit-to-remote-apply latency (send
 * time in the value, one clock); the others are light clients (light-clients.ts) that send at
 * the same rate and drop what they receive, so the server does the same work while this
 * process does not apply every update 200 times over. A row per editor: a light client never
 * learns the others' writes, and on a shared cell its writes would lose conflicts and never
 * show. Reported over every observed remote apply, and over those where sender and observer
 * sit on different processes (through Redis). One process with the fanout on is the baseline.
 *
 * BENCH_FANOUT=2x50,3x200,3x1000/100 picks the runs (processes x clients[/documents]; with
 * several documents they are blank programmes made for the run, one observer on each of the
 * first ones); BENCH_FANOUT_STORAGE=postgres,sqlite the storages; BENCH_REDIS_URL the Redis;
 * BENCH_DATA_ROOT where the SQLite DATA_DIR goes (/dev/shm: no fsync cost).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as Y from 'yjs';
import { addRow, observeProgramme, readField, readProgramme, setField, userOrigin } from '../shared/doc/index.ts';
import { createTestSchema, TEST_DATABASE_URL } from '../tests/helpers/postgres.ts';
import { connectLight, type LightClient } from './light-clients.ts';
import { startKoers, sampleProcess, type RunningServer } from './processes.ts';
import { connect, disconnectAll, whenSynced, type Client } from './sync-clients.ts';
import { fmt, markdownTable, summarise } from './stats.ts';

process.setMaxListeners(0);

const SEEDED = 'bestaanszekerheid';
const FIELD = 'title';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const RATE_PER_CLIENT = Number(process.env.BENCH_RATE ?? 0.5);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const OBSERVERS_PER_PROCESS = 3;
const RUNS = (process.env.BENCH_FANOUT ?? '1x50,2x50,1x200,3x200,1x1000/100,3x1000/100').split(',').map((run) => {
  const [processes, rest] = run.split('x');
  const [clients, documents] = rest!.split('/').map(Number);
  return { processes: Number(processes), clients: clients!, documents: documents ?? 1 };
});
type StorageName = 'postgres' | 'sqlite';
const STORAGES = (process.env.BENCH_FANOUT_STORAGE ?? 'postgres,sqlite').split(',') as StorageName[];

interface FanoutRow {
  storage: StorageName;
  processes: number;
  clients: number;
  documents: number;
  observers: number;
  all: ReturnType<typeof summarise>;
  cross: ReturnType<typeof summarise>;
  editsPerSecond: number;
  cpuPercent: number;
}

interface Sample {
  ms: number;
  sender: number;
  observer: number;
}

/** Where editor i sits: documents round robin, and each document's editors round robin over the processes. */
interface Seat {
  doc: number;
  process: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The shared storage of one run: the settings for its processes and how to remove it. */
function openStorage(storage: StorageName): { dir: string; env: Record<string, string>; dispose(): void } {
  const dir = mkdtempSync(join(process.env.BENCH_DATA_ROOT ?? tmpdir(), 'koers-bench-fanout-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  if (storage === 'sqlite') return { dir, env: {}, dispose: removeDir };
  const schema = createTestSchema({ migrate: false });
  return {
    dir,
    env: { KOERS_DATABASE_URL: TEST_DATABASE_URL, KOERS_DATABASE_SCHEMA: schema.schema },
    dispose() {
      schema.drop();
      removeDir();
    },
  };
}

/** Blank programmes for a run over several documents, made over REST by the beheerder. */
async function createDocuments(server: RunningServer, count: number): Promise<string[]> {
  if (count === 1) return [SEEDED];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: server.cookie! },
      body: JSON.stringify({ name: `Bench ${i}`, municipality: 'Bench', periodStart: 2025, periodEnd: 2028 }),
    });
    if (response.status !== 201) throw new Error(`POST /api/documents: ${response.status} ${await response.text()}`);
    ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}

/** Each editor adds a goal of its own; answers their ids once every observer has those of its document. */
async function addEditorRows(editors: ReadonlyArray<{ doc: Y.Doc }>, seats: readonly Seat[], observers: ReadonlyArray<{ client: Client; index: number }>): Promise<string[]> {
  const rows = editors.map((editor, i) => addRow(editor.doc, 'goal', null, userOrigin(`bench-${i}`), { fields: { [FIELD]: 'bench:setup' } }));
  const deadline = Date.now() + 120_000;
  for (;;) {
    const complete = observers.every(({ client, index }) => {
      const have = new Set(readProgramme(client.doc).goals.map((g) => g.id));
      return rows.every((id, i) => seats[i]!.doc !== seats[index]!.doc || have.has(id));
    });
    if (complete) return rows;
    if (Date.now() > deadline) throw new Error("the editors' rows did not reach every observer");
    await sleep(100);
  }
}

async function runLoad(
  editors: ReadonlyArray<{ doc: Y.Doc }>,
  observers: ReadonlyArray<{ client: Client; index: number }>,
  rows: readonly string[],
): Promise<{ samples: Sample[]; editsSent: number; durationMs: number }> {
  const samples: Sample[] = [];
  const stops = observers.map(({ client, index }) =>
    observeProgramme(client.doc, (change) => {
      if (change.local) return;
      const now = performance.now();
      for (const id of change.rowIds) {
        const value = readField(client.doc, 'goal', id, FIELD);
        const parts = typeof value === 'string' ? value.split(':') : [];
        if (parts[0] !== 'bench' || parts.length !== 4) continue;
        samples.push({ ms: now - Number(parts[3]), sender: Number(parts[1]), observer: index });
      }
    }),
  );
  let editsSent = 0;
  const intervalMs = 1000 / RATE_PER_CLIENT;
  const started = performance.now();
  const timers = editors.map((editor, i) => {
    const origin = userOrigin(`bench-${i}`);
    let seq = 0;
    const edit = () => {
      setField(editor.doc, 'goal', rows[i]!, FIELD, `bench:${i}:${seq++}:${performance.now()}`, origin);
      editsSent++;
    };
    const timer: { start: NodeJS.Timeout; interval?: NodeJS.Timeout } = {
      // Spread over one interval so the load is steady, not bursty.
      start: setTimeout(() => {
        edit();
        timer.interval = setInterval(edit, intervalMs);
      }, (i / editors.length) * intervalMs),
    };
    return timer;
  });
  await sleep(DURATION_MS);
  for (const t of timers) {
    clearTimeout(t.start);
    if (t.interval) clearInterval(t.interval);
  }
  const durationMs = performance.now() - started;
  await sleep(1_000); // in-flight edits arrive
  for (const stop of stops) stop();
  return { samples, editsSent, durationMs };
}

async function measure(storage: StorageName, processes: number, n: number, documents: number): Promise<FanoutRow> {
  const shared = openStorage(storage);
  const env = { ...shared.env, KOERS_REDIS_URL: REDIS_URL, KOERS_REDIS_PREFIX: `koers-bench-${randomUUID()}:` };
  const servers: RunningServer[] = [];
  const observers: Array<{ client: Client; index: number }> = [];
  const light: LightClient[] = [];
  try {
    // One after the other: the first migrates and seeds, the others find it done.
    for (let i = 0; i < processes; i++) servers.push(await startKoers(shared.dir, env));
    const docIds = await createDocuments(servers[0]!, documents);
    const seats: Seat[] = Array.from({ length: n }, (_, i) => ({ doc: i % documents, process: Math.floor(i / documents) % processes }));
    // One document: the first editors of each process observe. Several: one observer on each of
    // the first documents, on the process of that document's number, so every process has some.
    const observerCount = Math.min(n, OBSERVERS_PER_PROCESS * processes, documents === 1 ? n : documents);
    const observes = (i: number) => (documents === 1 ? i < observerCount : seats[i]!.doc < observerCount && Math.floor(i / documents) === seats[i]!.doc % processes);
    const editors: Array<{ doc: Y.Doc }> = [];
    const syncing: Array<Promise<void>> = [];
    for (let i = 0; i < n; i++) {
      const server = servers[seats[i]!.process]!;
      const url = `ws://127.0.0.1:${server.port}/sync`;
      if (observes(i)) {
        const client = connect(url, docIds[seats[i]!.doc]!, server.cookie);
        observers.push({ client, index: i });
        editors.push(client);
        syncing.push(whenSynced(client));
      } else {
        const client = connectLight(url, docIds[seats[i]!.doc]!, server.cookie);
        light.push(client);
        editors.push(client);
        syncing.push(client.synced);
      }
    }
    await Promise.all(syncing);
    const rows = await addEditorRows(editors, seats, observers);
    const before = servers.map((s) => sampleProcess(s.process.pid!).cpuSeconds);
    const load = await runLoad(editors, observers, rows);
    const after = servers.map((s) => sampleProcess(s.process.pid!).cpuSeconds);
    const seconds = load.durationMs / 1000;
    const cpu = after.reduce((sum, value, i) => sum + value - before[i]!, 0) / processes;
    return {
      storage,
      processes,
      clients: n,
      documents,
      observers: observers.length,
      all: summarise(load.samples.map((s) => s.ms)),
      cross: summarise(load.samples.filter((s) => seats[s.sender]!.process !== seats[s.observer]!.process).map((s) => s.ms)),
      editsPerSecond: load.editsSent / seconds,
      cpuPercent: (cpu / (seconds + 1)) * 100,
    };
  } finally {
    disconnectAll(observers.map((o) => o.client));
    for (const c of light) c.close();
    await Promise.all(servers.map((s) => s.stop()));
    shared.dispose();
  }
}

export async function runFanoutBench(): Promise<{ rows: FanoutRow[]; table: string }> {
  const rows: FanoutRow[] = [];
  for (const storage of STORAGES) {
    for (const run of RUNS) {
      const row = await measure(storage, run.processes, run.clients, run.documents);
      rows.push(row);
      console.log(`  ${storage}: ${run.processes} process(es), N=${run.clients} over ${run.documents} document(s): p99 ${fmt(row.all.p99)} ms, across processes p99 ${fmt(row.cross.p99)} ms`);
    }
  }
  const header = ['storage', 'processes', 'N over documents (observers)', 'p50 ms', 'p95 ms', 'p99 ms', 'across: p50 ms', 'p95 ms', 'p99 ms', 'observed applies (across)', 'edits/s', 'CPU % per process'];
  const table = markdownTable(
    header,
    rows.map((r) => [
      r.storage === 'postgres' ? 'PostgreSQL' : 'SQLite',
      String(r.processes),
      `${r.clients} over ${r.documents} (${r.observers})`,
      fmt(r.all.p50),
      fmt(r.all.p95),
      fmt(r.all.p99),
      fmt(r.cross.p50),
      fmt(r.cross.p95),
      fmt(r.cross.p99),
      `${r.all.count} (${r.cross.count})`,
      fmt(r.editsPerSecond),
      fmt(r.cpuPercent, 0),
    ]),
  );
  return { rows, table };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { table } = await runFanoutBench();
  console.log(`\nrate ${RATE_PER_CLIENT} edits/s per client, ${DURATION_MS / 1000} s per run, Redis ${REDIS_URL}\n`);
  console.log(table);
  process.exit(0);
}
