/**
 * The real server as a separate process (`node --import tsx server/main.ts`), as `npm run
 * serve` runs it but without the npm/tsx wrappers, so a signal reaches the server itself.
 * PORT=0 by default; the port is read from the "Koers draait op ..." line. The first beheerder
 * comes from KOERS_ADMIN_* (TEST_ADMIN unless env overrides; KOERS_ADMIN_EMAIL='' for none) and
 * is signed in once the server runs: `adminCookie`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEST_ADMIN } from './test-app.ts';
import { withTimeout } from './wait.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  syncUrl: string;
  port: number;
  /** The beheerder's session cookie (`koers_sessie=...`), '' when started without one. */
  adminCookie: string;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends the signal and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function spawnServerProcess({
  dataDir,
  env = {},
  startTimeoutMs = 60_000,
  built = false,
}: {
  dataDir: string;
  env?: Record<string, string>;
  startTimeoutMs?: number;
  /** Start the built server (`node dist/server/main.js`, as `npm start` does) instead of the sources through tsx. */
  built?: boolean;
}): Promise<ServerProcess> {
  const child = spawn(process.execPath, built ? ['dist/server/main.js'] : ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      KOERS_ADMIN_EMAIL: TEST_ADMIN.email,
      KOERS_ADMIN_PASSWORD: TEST_ADMIN.password,
      KOERS_ADMIN_NAME: TEST_ADMIN.name,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });

  const started = new Promise<string>((resolve, reject) => {
    const onData = () => {
      const match = /Koers draait op (http:\/\/\S+)/.exec(output);
      if (match) {
        child.stdout!.off('data', onData);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    exited.then(({ code, signal }) => reject(new Error(`server exited (${code ?? signal}) before it started:\n${output}`)));
  });
  let url: string;
  try {
    url = await withTimeout(started, startTimeoutMs, 'the server process to start');
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const port = Number(new URL(url).port);
  const email = env.KOERS_ADMIN_EMAIL ?? TEST_ADMIN.email;
  const password = env.KOERS_ADMIN_PASSWORD ?? TEST_ADMIN.password;
  let adminCookie = '';
  if (email && password) {
    const response = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (response.status !== 200) {
      child.kill('SIGKILL');
      throw new Error(`sign-in on the server process: ${response.status} ${await response.text()}\n${output}`);
    }
    adminCookie = response.headers.getSetCookie().map((line) => line.split(';')[0]!).join('; ');
  }
  return {
    child,
    url,
    port,
    adminCookie,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    output: () => output,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      try {
        return await withTimeout(exited, 20_000, `the server process to exit on ${signal}`);
      } catch (error) {
        child.kill('SIGKILL');
        throw error;
      }
    },
  };
}
