/**
 * Koers against the in-memory reference (@y/websocket-server 0.1.1) and against Hocuspocus 4.7
 * with its SQLite store (installed in bench/peers, not among the app's dependencies; skipped with
 * a line when absent), in the same run, interleaved: every round starts each server afresh in
 * turn (the order rotating), so machine noise hits all alike. Koers runs built, as `npm start`
 * runs it, and stores every update durably before it relays it; the reference relays from
 * memory; Hocuspocus relays first and stores a debounced snapshot.
 *
 * Per N (default 10, 50, 200), presence on: edit-to-remote latency p50/p95/p99, server CPU and
 * peak RSS. Then per server: start to the first HTTP answer (on its existing data), durable edits
 * per second (one client, one document, 10,000 edits, until a second client has them all) and
 * the bytes on disk after those edits (stopped gracefully, so each writes what it keeps).
 *
 * BENCH_SIZES=10,50 BENCH_ROUNDS=3 BENCH_SECONDS=10 BENCH_BURST=10000.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { isEmptyProgramme, observeProgramme, readField, readProgramme, seedProgramme, setField, userOrigin } from '../shared/doc/index.ts';
import { seedProgrammeById } from '../shared/seed/programmes.ts';
import { buildKoers, hocuspocusInstalled, sampleProcess, startHocuspocus, startKoers, startReference, type RunningServer } from './processes.ts';
import { connect, connectHocuspocus, disconnectAll, runLoad, whenSynced, type Client, type HocuspocusProviderClass } from './sync-clients.ts';
import { fmt, markdownTable, summarise } from './stats.ts';

// Every provider adds a process exit listener; hundreds of clients are expected here.
process.setMaxListeners(0);

const PROGRAMME = 'bestaanszekerheid';
const RATE_PER_CLIENT = Number(process.env.BENCH_RATE ?? 0.5);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const SIZES = (process.env.BENCH_SIZES ?? '10,50,200').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BURST = Number(process.env.BENCH_BURST ?? 10_000);

type ServerName = 'koers' | 'reference' | 'hocuspocus';
const LABEL: Record<ServerName, string> = {
  koers: 'Koers (SQLite, stored before relayed)',
  reference: 'reference @y/websocket-server (memory)',
  hocuspocus: 'Hocuspocus 4.7 (SQLite)',
};

interface Kind {
  name: ServerName;
  /** dataDir: fresh per start, or the one of the previous start (start-time rounds). */
  start(dataDir: string, durable: boolean): Promise<RunningServer>;
  connect(server: RunningServer): Client;
}

export interface SyncRow {
  server: ServerName;
  clients: number;
  round: number;
  p50: number;
  p95: number;
  p99: number;
  samples: number;
  rssMb: number;
  cpuPercent: number;
}

const dirs: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'koers-bench-'));
  dirs.push(dir);
  return dir;
}
process.on('exit', () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function kinds(): Promise<{ kinds: Kind[]; note: string }> {
  const list: Kind[] = [
    {
      name: 'koers',
      start: (dir) => startKoers(dir),
      connect: (s) => connect(`ws://127.0.0.1:${s.port}/sync`, PROGRAMME, s.cookie),
    },
    {
      name: 'reference',
      // In memory for latency (as it is deployed by default); with LevelDB for durable throughput and storage.
      start: (dir, durable) => startReference(durable ? dir : null),
      connect: (s) => connect(`ws://127.0.0.1:${s.port}`, PROGRAMME),
    },
  ];
  if (!hocuspocusInstalled()) {
    return { kinds: list, note: 'Hocuspocus skipped: bench/peers is not installed (`npm install --prefix bench/peers`).' };
  }
  // The provider must work on this process's Yjs (one copy: Yjs relies on instanceof), so what
  // bench/peers imports of yjs, y-protocols and lib0 resolves from the app's node_modules.
  const appRoot = pathToFileURL(join(import.meta.dirname, '../package.json')).href;
  const hook = `export async function resolve(specifier, context, next) {
    if (context.parentURL?.includes('/bench/peers/node_modules/') && /^(yjs|y-protocols|lib0)(\\/|$)/.test(specifier)) {
      return next(specifier, { ...context, parentURL: ${JSON.stringify(appRoot)} });
    }
    return next(specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  const providerModule = join(import.meta.dirname, 'peers/node_modules/@hocuspocus/provider/dist/hocuspocus-provider.esm.js');
  const { HocuspocusProvider } = (await import(pathToFileURL(providerModule).href)) as { HocuspocusProvider: HocuspocusProviderClass };
  list.push({
    name: 'hocuspocus',
    start: (dir) => startHocuspocus(dir),
    connect: (s) => connectHocuspocus(HocuspocusProvider, `ws://127.0.0.1:${s.port}`, PROGRAMME),
  });
  return { kinds: list, note: '' };
}

/** The first client seeds the programme where the server starts empty (reference, Hocuspocus), as an editor would. */
async function seeded(kind: Kind, server: RunningServer): Promise<Client> {
  const first = kind.connect(server);
  await whenSynced(first);
  if (isEmptyProgramme(first.doc)) seedProgramme(first.doc, seedProgrammeById(PROGRAMME)!);
  await new Promise((r) => setTimeout(r, 500)); // stored (Hocuspocus debounces) before others join
  return first;
}

async function measureLatency(kind: Kind, n: number, round: number): Promise<SyncRow> {
  const server = await kind.start(freshDir(), false);
  try {
    const first = await seeded(kind, server);
    const clients: Client[] = [first];
    for (let i = 1; i < n; i++) clients.push(kind.connect(server));
    await Promise.all(clients.map((c) => whenSynced(c)));
    const pid = server.process.pid!;
    const before = sampleProcess(pid);
    let peakRss = before.rssBytes;
    const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, sampleProcess(pid).rssBytes)), 250);
    const load = await runLoad(clients, RATE_PER_CLIENT, DURATION_MS, true);
    clearInterval(rssTimer);
    const after = sampleProcess(pid);
    disconnectAll(clients);
    const lat = summarise(load.latenciesMs);
    return {
      server: kind.name,
      clients: n,
      round,
      ...lat,
      samples: lat.count,
      rssMb: peakRss / 2 ** 20,
      cpuPercent: ((after.cpuSeconds - before.cpuSeconds) / (load.durationMs / 1000 + 1)) * 100,
    };
  } finally {
    await server.stop();
  }
}

interface OneServerFigures {
  server: ServerName;
  startMs: number;
  startCpuMs: number;
  editsPerSecond: number;
  storageKb: number;
}

/** One writer, one reader, BURST edits sent as fast as the socket takes them; until the reader holds the last. */
async function durableBurst(kind: Kind): Promise<{ editsPerSecond: number; storageKb: number }> {
  const dir = freshDir();
  const server = await kind.start(dir, true);
  let stopped = false;
  try {
    const writer = await seeded(kind, server);
    const reader = kind.connect(server);
    await whenSynced(reader);
    const rows = readProgramme(writer.doc).goals.flatMap((g) => g.indicators.map((i) => i.id));
    const last = `burst:${BURST - 1}`;
    const arrived = new Promise<void>((resolve) => {
      const stop = observeProgramme(reader.doc, (change) => {
        for (const id of change.rowIds) {
          if (readField(reader.doc, 'goalIndicator', id, 'notes') === last) {
            stop();
            resolve();
          }
        }
      });
    });
    const origin = userOrigin('burst');
    const started = performance.now();
    for (let i = 0; i < BURST; i++) {
      setField(writer.doc, 'goalIndicator', rows[i % rows.length]!, 'notes', `burst:${i}`, origin);
      if (i % 200 === 199) await new Promise((r) => setImmediate(r)); // let the socket write
    }
    await arrived;
    const seconds = (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 3_000)); // Hocuspocus stores debounced (2 s)
    disconnectAll([writer, reader]);
    await new Promise((r) => setTimeout(r, 500));
    await server.stop();
    stopped = true;
    return { editsPerSecond: BURST / seconds, storageKb: dirBytes(dir) / 1024 };
  } finally {
    if (!stopped) await server.stop();
  }
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    total += stat.isDirectory() ? dirBytes(path) : stat.size;
  }
  return total;
}

/** Start to first HTTP answer on data a previous start left (a restart, as after a deploy). */
async function startTime(kind: Kind, dir: string): Promise<{ startMs: number; startCpuMs: number }> {
  const server = await kind.start(dir, true);
  await server.stop();
  return { startMs: server.startMs, startCpuMs: server.startCpuMs };
}

const median = (values: number[]) => summarise(values).p50;
const spread = (values: number[]) => (values.length > 1 ? `${fmt(Math.min(...values), 2)}-${fmt(Math.max(...values), 2)}` : '');

/** Needs the built server (buildKoers; bench/run.ts builds it first). */
export async function runSyncBench(): Promise<{ rows: SyncRow[]; table: string }> {
  const { kinds: all, note } = await kinds();
  if (note) console.log(note);
  const rows: SyncRow[] = [];
  const rotate = <T>(list: T[], by: number) => list.map((_, i) => list[(i + by) % list.length]!);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const n of SIZES) {
      for (const kind of rotate(all, round + n)) {
        const row = await measureLatency(kind, n, round);
        rows.push(row);
        console.log(`  round ${round} ${kind.name} N=${n}: p50 ${fmt(row.p50)} p99 ${fmt(row.p99)} ms, CPU ${fmt(row.cpuPercent, 0)} %, ${row.samples} samples`);
      }
    }
  }
  const single: OneServerFigures[] = [];
  const startDirs = new Map(all.map((k) => [k.name, freshDir()]));
  const starts = new Map<ServerName, { ms: number[]; cpu: number[] }>(all.map((k) => [k.name, { ms: [], cpu: [] }]));
  for (const kind of all) await startTime(kind, startDirs.get(kind.name)!); // first start: creates the data
  for (let i = 0; i < 5; i++) {
    for (const kind of rotate(all, i)) {
      const t = await startTime(kind, startDirs.get(kind.name)!);
      starts.get(kind.name)!.ms.push(t.startMs);
      starts.get(kind.name)!.cpu.push(t.startCpuMs);
    }
  }
  for (const kind of all) {
    const burst = await durableBurst(kind);
    console.log(`  ${kind.name}: ${fmt(burst.editsPerSecond, 0)} edits/s, ${fmt(burst.storageKb, 0)} KB after ${BURST} edits`);
    const s = starts.get(kind.name)!;
    single.push({ server: kind.name, startMs: median(s.ms), startCpuMs: median(s.cpu), ...burst });
  }
  return { rows, table: tables(rows, single, all, note) };
}

function tables(rows: SyncRow[], single: OneServerFigures[], all: Kind[], note: string): string {
  const out: string[] = [];
  const latency: string[][] = [];
  for (const n of SIZES) {
    for (const kind of all) {
      const mine = rows.filter((r) => r.clients === n && r.server === kind.name);
      const ref = rows.filter((r) => r.clients === n && r.server === 'reference');
      const ratios = kind.name === 'reference' ? [] : mine.map((r) => r.p99 / (ref.find((x) => x.round === r.round)?.p99 ?? NaN));
      latency.push([
        String(n),
        LABEL[kind.name],
        fmt(median(mine.map((r) => r.p50))),
        fmt(median(mine.map((r) => r.p95))),
        fmt(median(mine.map((r) => r.p99))),
        ratios.length ? `${fmt(median(ratios), 2)} (${spread(ratios)})` : '',
        fmt(median(mine.map((r) => r.cpuPercent)), 0),
        fmt(median(mine.map((r) => r.rssMb)), 0),
        String(median(mine.map((r) => r.samples))),
      ]);
    }
  }
  out.push(
    `Edit-to-remote latency, presence on, ${RATE_PER_CLIENT} edits/s per client for ${DURATION_MS / 1000} s; medians of ${ROUNDS} interleaved rounds (ratio: per round, median and spread):\n`,
  );
  out.push(markdownTable(['N', 'server', 'p50 ms', 'p95 ms', 'p99 ms', 'p99 ratio to reference', 'CPU %', 'peak RSS MB', 'samples'], latency));
  out.push(`\nOne server at a time: start (median of 5 interleaved restarts on existing data), then ${BURST} edits by one client:\n`);
  out.push(
    markdownTable(
      ['server', 'start to first HTTP answer ms', 'CPU to first answer ms', 'durable edits/s', `storage after ${BURST} edits KB`],
      single.map((f) => [
        f.server === 'reference' ? 'reference @y/websocket-server (LevelDB)' : LABEL[f.server],
        fmt(f.startMs, 0),
        fmt(f.startCpuMs, 0),
        fmt(f.editsPerSecond, 0),
        fmt(f.storageKb, 0),
      ]),
    ),
  );
  if (note) out.push(`\n${note}`);
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildKoers();
  const { table } = await runSyncBench();
  console.log('\n' + table);
  process.exit(0);
}
