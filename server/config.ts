/**
 * One config object for the server, read from the environment once at start. Tests pass
 * overrides instead of touching process.env.
 */
import { fileURLToPath } from 'node:url';
import type { LogLevel } from './log.ts';

export interface ServerConfig {
  port: number;
  /** 0.0.0.0 by default so colleagues on the same network can join. */
  host: string;
  /** Folder of the SQLite file; created when missing. */
  dataDir: string;
  /** Built client (vite build). */
  staticDir: string;
  logLevel: LogLevel;
  /** How often every socket is pinged; a socket that missed the previous pong is dropped. */
  heartbeatMs: number;
  /** Compact a document's update log when it holds more rows than this. */
  compactThreshold: number;
  /** Largest sync or awareness message accepted from a client. */
  maxMessageBytes: number;
  /** A socket with more than this queued for sending is closed as too slow; it catches up on reconnect. */
  backpressureBytes: number;
  /** A room without connections stays loaded this long, so a quick reconnect does not reload it. */
  roomIdleMs: number;
}

export const SQLITE_FILE_NAME = 'koers.sqlite';

export const DEFAULT_CONFIG: ServerConfig = {
  port: 8080,
  host: '0.0.0.0',
  dataDir: './data',
  staticDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
  logLevel: 'info',
  heartbeatMs: 30_000,
  compactThreshold: 500,
  maxMessageBytes: 2 * 1024 * 1024,
  backpressureBytes: 8 * 1024 * 1024,
  roomIdleMs: 5_000,
};

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const logLevel = env.LOG_LEVEL as LogLevel | undefined;
  return {
    ...DEFAULT_CONFIG,
    port: intFrom(env.PORT, DEFAULT_CONFIG.port, 'PORT'),
    host: env.HOST || DEFAULT_CONFIG.host,
    dataDir: env.DATA_DIR || DEFAULT_CONFIG.dataDir,
    staticDir: env.STATIC_DIR || DEFAULT_CONFIG.staticDir,
    logLevel: logLevel && LOG_LEVELS.includes(logLevel) ? logLevel : DEFAULT_CONFIG.logLevel,
  };
}

function intFrom(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}
