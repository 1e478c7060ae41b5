/**
 * Fanout benchmark: Koers processes on one SQLite DATA_DIR and the machine's Redis
 * (KOERS_REDIS_URL, a channel prefix of this run's own), the editors spread evenly over them,
 * each setting a cell of a goal indicator of its own at BENCH_RATE (0.5 edits/s, as the sync
 * benchmark). OBSERVERS_PER_PROCESS editors on each process are real y-websocket clients that
 * measure edit-to-remote-apply latency (send time in the value, one clock); the others are
 * light clients (light-clients.ts) that send at the same rate and drop what they receive, so the
 * server does the same work while this process does not apply every update 200 times over.
 * A row per editor: a light client never learns the others' writes, and on a shared cell its
 * writes would lose conflicts and never show. Reported over every observed remote apply, and
 * over those where sender and observer sit on different processes (through Redis). One process
 * with the fanout on is the baseline.
 *
 * BENCH_FANOUT=2x50,3x200 picks the runs (processes x clients); BENCH_REDIS_URL the Redis;
 * BENCH_DATA_ROOT where the DATA_DIR goes (/dev/shm: no fsync cost, the fanout's own latency).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as Y from 'yjs';
import { addRow, observeProgramme, readField, readProgramme, setField, userOrigin } from '../shared/doc/index.ts';
import { connectLight, type LightClient } from './light-clients.ts';
import { startKoers, sampleProcess, type RunningServer } from './processes.ts';
import { connect, disconnectAll, whenSynced, type Client } from './sync-clients.ts';
import { fmt, markdownTable, summarise } from './stats.ts';

process.setMaxListeners(0);

const PROGRAMME = 'bestaanszekerheid';
const FIELD = 'notes';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const RATE_PER_CLIENT = Number(process.env.BENCH_RATE ?? 0.5);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const OBSERVERS_PER_PROCESS = 3;
const RUNS = (process.env.BENCH_FANOUT ?? '1x50,2x50,1x200,3x200').split(',').map((run) => {
  const [processes, clients] = run.split('x').map(Number);
  return { processes: processes!, clients: clients! };
});

interface FanoutRow {
  processes: number;
  clients: number;
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each editor adds its own row; answers the row ids once every observer has them all. */
async function addEditorRows(editors: ReadonlyArray<{ doc: Y.Doc }>, observers: readonly Client[]): Promise<string[]> {
  const rows = editors.map((editor, i) => addRow(editor.doc, 'goalIndicator', 'g1', userOrigin(`bench-${i}`), { fields: { [FIELD]: 'bench:setup' } }));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const complete = observers.every((o) => {
      const have = new Set(readProgramme(o.doc).goals.flatMap((g) => g.indicators.map((i) => i.id)));
      return rows.every((id) => have.has(id));
    });
    if (complete) return rows;
    if (Date.now() > deadline) throw new Error('the editors\' rows did not reach every observer');
    await sleep(100);
  }
}

async function runLoad(editors: ReadonlyArray<{ doc: Y.Doc }>, observers: readonly Client[], rows: readonly string[]): Promise<{ samples: Sample[]; editsSent: number; durationMs: number }> {
  const samples: Sample[] = [];
  const stops = observers.map((observer, index) =>
    observeProgramme(observer.doc, (change) => {
      if (change.local) return;
      const now = performance.now();
      for (const id of change.rowIds) {
        const value = readField(observer.doc, 'goalIndicator', id, FIELD);
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
      setField(editor.doc, 'goalIndicator', rows[i]!, FIELD, `bench:${i}:${seq++}:${performance.now()}`, origin);
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

async function measure(processes: number, n: number): Promise<FanoutRow> {
  const dir = mkdtempSync(join(process.env.BENCH_DATA_ROOT ?? tmpdir(), 'koers-bench-fanout-'));
  const env = { KOERS_REDIS_URL: REDIS_URL, KOERS_REDIS_PREFIX: `koers-bench-${randomUUID()}:` };
  const servers: RunningServer[] = [];
  const observers: Client[] = [];
  const light: LightClient[] = [];
  try {
    // One after the other: the first seeds the programmes, the others find them.
    for (let i = 0; i < processes; i++) servers.push(await startKoers(dir, env));
    // Editor i sits on process i % processes; the first ones of each process observe.
    const processOf = (editor: number) => editor % processes;
    const observerCount = Math.min(n, OBSERVERS_PER_PROCESS * processes);
    for (let i = 0; i < n; i++) {
      const server = servers[processOf(i)]!;
      const url = `ws://127.0.0.1:${server.port}/sync`;
      if (i < observerCount) observers.push(connect(url, PROGRAMME, server.cookie));
      else light.push(connectLight(url, PROGRAMME, server.cookie));
    }
    await Promise.all([...observers.map((c) => whenSynced(c)), ...light.map((c) => c.synced)]);
    const editors = [...observers, ...light]; // index i is editor i above
    const rows = await addEditorRows(editors, observers);
    const before = servers.map((s) => sampleProcess(s.process.pid!).cpuSeconds);
    const load = await runLoad(editors, observers, rows);
    const after = servers.map((s) => sampleProcess(s.process.pid!).cpuSeconds);
    const seconds = load.durationMs / 1000;
    const cpu = after.reduce((sum, value, i) => sum + value - before[i]!, 0) / processes;
    return {
      processes,
      clients: n,
      all: summarise(load.samples.map((s) => s.ms)),
      cross: summarise(load.samples.filter((s) => processOf(s.sender) !== processOf(s.observer)).map((s) => s.ms)),
      editsPerSecond: load.editsSent / seconds,
      cpuPercent: (cpu / (seconds + 1)) * 100,
    };
  } finally {
    disconnectAll(observers);
    for (const c of light) c.close();
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runFanoutBench(): Promise<{ rows: FanoutRow[]; table: string }> {
  const rows: FanoutRow[] = [];
  for (const run of RUNS) {
    const row = await measure(run.processes, run.clients);
    rows.push(row);
    console.log(`  ${run.processes} process(es), N=${run.clients}: p99 ${fmt(row.all.p99)} ms, across processes p99 ${fmt(row.cross.p99)} ms`);
  }
  const header = ['processes', 'N (observers)', 'p50 ms', 'p95 ms', 'p99 ms', 'across: p50 ms', 'p95 ms', 'p99 ms', 'observed applies (across)', 'edits/s', 'CPU % per process'];
  const table = markdownTable(
    header,
    rows.map((r) => [
      String(r.processes),
      `${r.clients} (${Math.min(r.clients, OBSERVERS_PER_PROCESS * r.processes)})`,
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
