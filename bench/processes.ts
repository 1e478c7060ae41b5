/** Starting and measuring server processes for the benchmarks (real processes, loopback only). */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

export interface RunningServer {
  name: string;
  port: number;
  process: ChildProcess;
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
    await new Promise((r) => setTimeout(r, 100));
  }
}

function launch(name: string, args: string[], env: Record<string, string>, port: number, healthPath: string): Promise<Omit<RunningServer, 'cookie'>> {
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
  return waitForHttp(`http://127.0.0.1:${port}${healthPath}`).then(() => ({ name, port, process: child, stop }));
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
  const server = await launch('koers', ['--import', 'tsx', 'server/main.ts'], env, port, '/api/health');
  try {
    return { ...server, cookie: await signIn(`http://127.0.0.1:${port}`) };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** The reference y-websocket server (@y/websocket-server 0.1.1, in-memory, no persistence). */
export async function startReference(): Promise<RunningServer> {
  const port = await freePort();
  const script = join(ROOT, 'node_modules/@y/websocket-server/src/server.js');
  return { ...(await launch('reference', [script], { PORT: String(port), HOST: '127.0.0.1' }, port, '/')), cookie: null };
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
