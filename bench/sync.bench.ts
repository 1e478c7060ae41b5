/**
 * Sync benchmark: N simulated editors on one programme against Koers' server (durable SQLite,
 * every update fsynced before it is relayed) and against the reference y-websocket server
 * (@y/websocket-server 0.1.1, in memory, no persistence), same clients, same load.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedProgramme, isEmptyProgramme } from '../shared/doc/index.ts';
import { seedProgrammeById } from '../shared/seed/programmes.ts';
import { startKoers, startReference, sampleProcess, type RunningServer } from './processes.ts';
import { connect, disconnectAll, runLoad, whenSynced, type Client } from './sync-clients.ts';
import { fmt, markdownTable, summarise } from './stats.ts';

// Every provider adds a process exit listener; hundreds of clients are expected here.
process.setMaxListeners(0);

const PROGRAMME = 'bestaanszekerheid';
const RATE_PER_CLIENT = Number(process.env.BENCH_RATE ?? 0.5);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const SIZES = (process.env.BENCH_SIZES ?? '10,50,200').split(',').map(Number);

export interface SyncRow {
  server: string;
  clients: number;
  p50: number;
  p95: number;
  p99: number;
  samples: number;
  editsPerSecond: number;
  rssMb: number;
  cpuPercent: number;
}

async function measure(server: RunningServer, n: number): Promise<SyncRow> {
  const url = `ws://127.0.0.1:${server.port}/sync`;
  const first = connect(url, PROGRAMME, server.cookie);
  await whenSynced(first);
  // The reference server starts empty: seed it through a client, as an editor would.
  if (isEmptyProgramme(first.doc)) seedProgramme(first.doc, seedProgrammeById(PROGRAMME)!);
  const clients: Client[] = [first];
  for (let i = 1; i < n; i++) clients.push(connect(url, PROGRAMME, server.cookie));
  await Promise.all(clients.map((c) => whenSynced(c)));
  const pid = server.process.pid!;
  const before = sampleProcess(pid);
  let peakRss = before.rssBytes;
  const rssTimer = setInterval(() => {
    peakRss = Math.max(peakRss, sampleProcess(pid).rssBytes);
  }, 250);
  const load = await runLoad(clients, RATE_PER_CLIENT, DURATION_MS);
  clearInterval(rssTimer);
  const after = sampleProcess(pid);
  disconnectAll(clients);
  const lat = summarise(load.latenciesMs);
  const seconds = load.durationMs / 1000;
  return {
    server: server.name,
    clients: n,
    ...lat,
    samples: lat.count,
    editsPerSecond: load.editsSent / seconds,
    rssMb: peakRss / 2 ** 20,
    cpuPercent: ((after.cpuSeconds - before.cpuSeconds) / (seconds + 1)) * 100,
  };
}

export async function runSyncBench(): Promise<{ rows: SyncRow[]; table: string }> {
  const rows: SyncRow[] = [];
  for (const n of SIZES) {
    for (const start of [startKoersFresh, startReference]) {
      const server = await start();
      try {
        rows.push(await measure(server, n));
        console.log(`  ${server.name} N=${n}: p99 ${fmt(rows.at(-1)!.p99)} ms`);
      } finally {
        await server.stop();
      }
    }
  }
  const header = ['N', 'server', 'p50 ms', 'p95 ms', 'p99 ms', 'edits/s', 'remote applies', 'server RSS MB', 'server CPU %', 'p99 ratio ours/ref'];
  const table = markdownTable(
    header,
    rows.map((r) => {
      const ref = rows.find((x) => x.server === 'reference' && x.clients === r.clients);
      const ratio = r.server === 'koers' && ref ? fmt(r.p99 / ref.p99, 2) : '';
      return [String(r.clients), r.server === 'koers' ? 'Koers (durable SQLite, FULL fsync)' : 'reference (in memory)', fmt(r.p50), fmt(r.p95), fmt(r.p99), fmt(r.editsPerSecond), String(r.samples), fmt(r.rssMb, 0), fmt(r.cpuPercent, 0), ratio];
    }),
  );
  return { rows, table };
}

const dirs: string[] = [];
async function startKoersFresh(): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'koers-bench-'));
  dirs.push(dir);
  return startKoers(dir);
}

process.on('exit', () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

if (import.meta.url === `file://${process.argv[1]}`) {
  const { table } = await runSyncBench();
  console.log(`\nrate ${RATE_PER_CLIENT} edits/s per client, ${DURATION_MS / 1000} s per run\n`);
  console.log(table);
  process.exit(0);
}
