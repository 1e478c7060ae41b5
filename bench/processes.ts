/** Starting and measuring server processes for the benchmarks (real processes, loopback only). */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

export interface RunningServer {
  name: string;
  port: number;
  process: ChildProcess;
  /** From spawn to the first HTTP answer, and the CPU time the process used for it. */
  startMs: number;
  startCpuMs: number;
  /** Where it keeps its data (null: in memory). */
  dataDir: string | null;
  /** Koers: the benchmark beheerder's session cookie (`koers_sessie=...`); the reference server needs none. */
  cookie: string | null;
  stop(): Promise<void>;
}

/** The beheerder every benchmark server gets from the environment, as an unattended install would. */
export const BENCH_ADMIN = { email: 'bench@koers.test', password: 'benchmark-wachtwoord', name: 'Benchmark' } as const;

/** Signs in over HTTP and answers the cookie to send back, as a browser would keep it. */
export async function signIn(baseUrl: string, credentials: { email: string; password: string } = BENCH_ADMIN): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: credentials.email, password: credentials.password }),
  });
  if (response.status !== 200) throw new Error(`sign-in: ${response.status} ${await response.text()}`);
  return sessionCookie(response);
}

/** The `name=value` parts of a response's Set-Cookie headers. */
export function sessionCookie(response: Response): string {
  const lines = response.headers.getSetCookie();
  if (lines.length === 0) throw new Error(`no Set-Cookie in the answer (${response.status})`);
  return lines.map((line) => line.split(';')[0]!).join('; ');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`Server at ${url} did not start within ${timeoutMs} ms`);
    // Often enough that the start time (spawn to first HTTP answer) is measured to ~10 ms.
    await new Promise((r) => setTimeout(r, 10));
  }
}

type Launched = Omit<RunningServer, 'cookie' | 'dataDir'>;

async function launch(name: string, args: string[], env: Record<string, string>, port: number, healthPath: string): Promise<Launched> {
  const spawned = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });
  await waitForHttp(`http://127.0.0.1:${port}${healthPath}`);
  const startMs = performance.now() - spawned;
  return { name, port, process: child, stop, startMs, startCpuMs: sampleProcess(child.pid!).cpuSeconds * 1000 };
}

/**
 * Koers' own server, with durable SQLite storage (WAL, synchronous=FULL) in dataDir, signed in
 * as BENCH_ADMIN. `env` adds settings (KOERS_REDIS_URL for several processes on one dataDir).
 */
export async function startKoers(dataDir: string, extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const env = {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    KOERS_ADMIN_EMAIL: BENCH_ADMIN.email,
    KOERS_ADMIN_PASSWORD: BENCH_ADMIN.password,
    KOERS_ADMIN_NAME: BENCH_ADMIN.name,
    ...extraEnv,
  };
  // The built server, as `npm start` runs it (buildKoers() first).
  const server = await launch('koers', ['dist/server/main.js'], env, port, '/api/health');
  try {
    return { ...server, dataDir, cookie: await signIn(`http://127.0.0.1:${port}`) };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Bundles the server into dist/server (scripts/build-server.mjs), as `npm start` does. */
export function buildKoers(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-server.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * The reference y-websocket server (@y/websocket-server 0.1.1): in memory, or with its LevelDB
 * persistence (y-leveldb, written after the update was applied and relayed) when a dataDir is given.
 */
export async function startReference(dataDir: string | null = null): Promise<RunningServer> {
  const port = await freePort();
  const script = join(ROOT, 'node_modules/@y/websocket-server/src/server.js');
  const env: Record<string, string> = { PORT: String(port), HOST: '127.0.0.1' };
  if (dataDir) env.YPERSISTENCE = dataDir;
  return { ...(await launch('reference', [script], env, port, '/')), dataDir, cookie: null };
}

const HOCUSPOCUS = join(ROOT, 'bench/peers/node_modules/@hocuspocus/server');

/** Null when bench/peers is not installed (`npm install --prefix bench/peers`). */
export function hocuspocusInstalled(): boolean {
  return existsSync(HOCUSPOCUS) && existsSync(join(ROOT, 'bench/peers/node_modules/@hocuspocus/provider'));
}

/** Hocuspocus 4.7 with its SQLite extension (bench/peers/hocuspocus-server.mjs), storing in dataDir. */
export async function startHocuspocus(dataDir: string): Promise<RunningServer> {
  const port = await freePort();
  const env = { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir };
  return { ...(await launch('hocuspocus', [join(ROOT, 'bench/peers/hocuspocus-server.mjs')], env, port, '/')), dataDir, cookie: null };
}

export interface ProcessSample {
  cpuSeconds: number;
  rssBytes: number;
}

const CLOCK_TICKS = 100;

/** CPU time (user + system) and resident memory of a process, from /proc (Linux). */
export function sampleProcess(pid: number): ProcessSample {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpuSeconds: (utime + stime) / CLOCK_TICKS, rssBytes: rssKb * 1024 };
}
