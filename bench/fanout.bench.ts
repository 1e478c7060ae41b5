/**
 * Fanout benchmark: Koers processes on one SQLite DATA_DIR and the machine's Redis
 * (KOERS_REDIS_URL, a channel prefix of this run's own), the simulated editors spread evenly
 * over them, the same load as the sync benchmark. Edit-to-remote-apply latency over every
 * remote apply, and over those where sender and receiver sit on different processes (the
 * edit went through Redis). One process with the fanout on is the baseline.
 *
 * BENCH_FANOUT=2x50,3x200 picks the runs (processes x clients); BENCH_REDIS_URL the Redis.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKoers, sampleProcess, type RunningServer } from './processes.ts';
import { connect, disconnectAll, runLoad, whenSynced, type Client } from './sync-clients.ts';
import { fmt, markdownTable, summarise } from './stats.ts';

process.setMaxListeners(0);

const PROGRAMME = 'bestaanszekerheid';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const RATE_PER_CLIENT = Number(process.env.BENCH_RATE ?? 0.5);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
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

async function measure(processes: number, n: number): Promise<FanoutRow> {
  const dir = mkdtempSync(join(tmpdir(), 'koers-bench-fanout-'));
  const env = { KOERS_REDIS_URL: REDIS_URL, KOERS_REDIS_PREFIX: `koers-bench-${randomUUID()}:` };
  const servers: RunningServer[] = [];
  let clients: Client[] = [];
  try {
    // One after the other: the first seeds the programmes, the others find them.
    for (let i = 0; i < processes; i++) servers.push(await startKoers(dir, env));
    const processOf = (client: number) => client % processes;
    for (let i = 0; i < n; i++) {
      const server = servers[processOf(i)]!;
      clients.push(connect(`ws://127.0.0.1:${server.port}/sync`, PROGRAMME, server.cookie));
    }
    await Promise.all(clients.map((c) => whenSynced(c)));
    const before = servers.map((s) => sampleProcess(s.process.pid!).cpuSeconds);
    const load = await runLoad(clients, RATE_PER_CLIENT, DURATION_MS);
    const after = servers.map((s) => sampleProcess(s.process.pid!).cpuSeconds);
    disconnectAll(clients);
    clients = [];
    const seconds = load.durationMs / 1000;
    const cpu = after.reduce((sum, value, i) => sum + value - before[i]!, 0) / processes;
    return {
      processes,
      clients: n,
      all: summarise(load.latenciesMs),
      cross: summarise(load.samples.filter((s) => processOf(s.sender) !== processOf(s.receiver)).map((s) => s.ms)),
      editsPerSecond: load.editsSent / seconds,
      cpuPercent: (cpu / (seconds + 1)) * 100,
    };
  } finally {
    disconnectAll(clients);
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
  const header = ['processes', 'N', 'p50 ms', 'p95 ms', 'p99 ms', 'across: p50 ms', 'p95 ms', 'p99 ms', 'remote applies (across)', 'edits/s', 'CPU % per process'];
  const table = markdownTable(
    header,
    rows.map((r) => [
      String(r.processes),
      String(r.clients),
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
