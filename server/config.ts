/**
 * One config object for the server, read from the environment once at start. Tests pass
 * overrides instead of touching process.env.
 */
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { oidcProvidersFrom, type OidcProviderConfig } from './auth/oidc/provider-config.ts';
import type { LogLevel } from './log.ts';
import { STORAGE_LIMITS, type StorageLimits } from './sync/storage-limits.ts';

export interface ServerConfig {
  port: number;
  /** 0.0.0.0 by default so colleagues on the same network can join. */
  host: string;
  /** Folder of the SQLite file; created when missing. Unused when databaseUrl is set. */
  dataDir: string;
  /**
   * postgres://user:password@host:port/database (KOERS_DATABASE_URL): keep everything in
   * PostgreSQL instead of the SQLite file in dataDir, so several processes can share it.
   */
  databaseUrl?: string;
  /** PostgreSQL schema to keep Koers' tables in (KOERS_DATABASE_SCHEMA); created when missing. Default: public. */
  databaseSchema?: string;
  /** Longest wait for one PostgreSQL call before it counts as unreachable (KOERS_DATABASE_TIMEOUT_MS). */
  databaseTimeoutMs: number;
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
  /** Bytes /sync stores per user and per document (server/sync/storage-limits.ts). */
  storage: StorageLimits;
  /** A room without connections stays loaded this long, so a quick reconnect does not reload it. */
  roomIdleMs: number;
  /** First beheerder, created unattended on a start without accounts (KOERS_ADMIN_EMAIL / _PASSWORD / _NAME). */
  adminEmail?: string;
  adminPassword?: string;
  adminName?: string;
  /** Key for signing session cookies; without it one is generated and kept in the database. */
  sessionSecret?: string;
  /** Extra origins allowed to open /sync besides the server's own (behind a proxy, the Vite dev server). */
  allowedOrigins: string[];
  /** Mark cookies Secure: set this when Koers is served over https. */
  secureCookies: boolean;
  /**
   * The address people use to reach Koers (KOERS_PUBLIC_URL), e.g. https://koers.dronten.nl.
   * Behind a TLS proxy the server only sees its internal address; werkatelier join links and
   * QR codes use this instead when it is set.
   */
  publicUrl?: string;
  /**
   * Addresses of reverse proxies in front of Koers (KOERS_TRUSTED_PROXIES, comma-separated).
   * Only from these is X-Forwarded-For believed (server/http/client-address.ts).
   */
  trustedProxies: string[];
  /**
   * KOERS_REDIS_URL (redis://host:6379): several Koers processes on one storage become one
   * service; updates, presence, rights changes and sign-outs reach every process
   * (server/sync/fanout/). Unset: one process, nothing leaves it.
   */
  redisUrl?: string;
  /** KOERS_REDIS_PREFIX: the start of every Redis channel and key, so several installations can share one Redis. */
  redisPrefix: string;
  /**
   * OpenID Connect providers people may sign in with (KOERS_OIDC_ISSUER / _CLIENT_ID /
   * _CLIENT_SECRET / _NAME, or several in KOERS_OIDC_PROVIDERS): server/auth/oidc/provider-config.ts.
   */
  oidcProviders: OidcProviderConfig[];
  /** KOERS_LOCAL_LOGIN=false: no e-mail and password sign-in (the form is hidden, the route refuses). */
  localLogin: boolean;
}

export const SQLITE_FILE_NAME = 'koers.sqlite';

export const DEFAULT_CONFIG: ServerConfig = {
  port: 8080,
  host: '0.0.0.0',
  dataDir: './data',
  databaseTimeoutMs: 5_000,
  // From server/config.ts (tsx, tests) or from the built dist/server/main.js (npm start).
  staticDir: fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '../dist/client' : '../client', import.meta.url)),
  logLevel: 'info',
  heartbeatMs: 30_000,
  compactThreshold: 500,
  maxMessageBytes: 2 * 1024 * 1024,
  backpressureBytes: 8 * 1024 * 1024,
  storage: STORAGE_LIMITS,
  roomIdleMs: 5_000,
  allowedOrigins: [],
  secureCookies: false,
  trustedProxies: [],
  redisPrefix: 'koers:',
  oidcProviders: [],
  localLogin: true,
};

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const logLevel = env.LOG_LEVEL as LogLevel | undefined;
  return {
    ...DEFAULT_CONFIG,
    port: intFrom(env.PORT, DEFAULT_CONFIG.port, 'PORT'),
    host: env.HOST || DEFAULT_CONFIG.host,
    dataDir: env.DATA_DIR || DEFAULT_CONFIG.dataDir,
    databaseUrl: databaseUrlFrom(env.KOERS_DATABASE_URL),
    databaseSchema: schemaFrom(env.KOERS_DATABASE_SCHEMA),
    databaseTimeoutMs: positiveIntFrom(env.KOERS_DATABASE_TIMEOUT_MS, DEFAULT_CONFIG.databaseTimeoutMs, 'KOERS_DATABASE_TIMEOUT_MS'),
    staticDir: env.STATIC_DIR || DEFAULT_CONFIG.staticDir,
    logLevel: logLevel && LOG_LEVELS.includes(logLevel) ? logLevel : DEFAULT_CONFIG.logLevel,
    adminEmail: env.KOERS_ADMIN_EMAIL || undefined,
    adminPassword: env.KOERS_ADMIN_PASSWORD || undefined,
    adminName: env.KOERS_ADMIN_NAME || undefined,
    sessionSecret: env.KOERS_SESSION_SECRET || undefined,
    allowedOrigins: originsFrom(env.KOERS_ORIGINS),
    secureCookies: booleanFrom(env.KOERS_SECURE_COOKIES, 'KOERS_SECURE_COOKIES'),
    publicUrl: publicUrlFrom(env.KOERS_PUBLIC_URL),
    trustedProxies: addressesFrom(env.KOERS_TRUSTED_PROXIES),
    redisUrl: redisUrlFrom(env.KOERS_REDIS_URL),
    redisPrefix: env.KOERS_REDIS_PREFIX || DEFAULT_CONFIG.redisPrefix,
    ...signInFrom(env),
  };
}

/** The ways to sign in; throws on a combination in which nobody could (no password and no provider). */
function signInFrom(env: NodeJS.ProcessEnv): Pick<ServerConfig, 'oidcProviders' | 'localLogin'> {
  const oidcProviders = oidcProvidersFrom(env);
  const localLogin = env.KOERS_LOCAL_LOGIN === undefined || env.KOERS_LOCAL_LOGIN === '' ? true : booleanFrom(env.KOERS_LOCAL_LOGIN, 'KOERS_LOCAL_LOGIN');
  if (!localLogin && oidcProviders.length === 0) {
    throw new Error('KOERS_LOCAL_LOGIN=false needs an OpenID Connect provider (KOERS_OIDC_ISSUER or KOERS_OIDC_PROVIDERS): otherwise nobody can sign in');
  }
  if (oidcProviders.length > 0 && !publicUrlFrom(env.KOERS_PUBLIC_URL)) {
    throw new Error('OpenID Connect needs KOERS_PUBLIC_URL: the redirect URL registered at the provider is built on it (<KOERS_PUBLIC_URL>/api/auth/oidc/callback)');
  }
  return { oidcProviders, localLogin };
}

/** postgres:// or postgresql://, with a host and a database; unset or empty: SQLite. */
function databaseUrlFrom(raw: string | undefined): string | undefined {
  if (!raw || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error('KOERS_DATABASE_URL is not an address such as postgres://koers:wachtwoord@db.example.nl:5432/koers');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new Error('KOERS_DATABASE_URL must start with postgres:// or postgresql://');
  if (!url.hostname || url.pathname.replace(/^\//, '') === '') throw new Error('KOERS_DATABASE_URL must name a host and a database, as in postgres://koers@db.example.nl:5432/koers');
  return raw.trim();
}

/** A plain identifier (letters, digits, underscore), so it can be used in SQL as it is. */
function schemaFrom(raw: string | undefined): string | undefined {
  if (!raw || raw.trim() === '') return undefined;
  const schema = raw.trim();
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`KOERS_DATABASE_SCHEMA: "${raw}" must be lower-case letters, digits and _, starting with a letter or _`);
  return schema;
}

function positiveIntFrom(raw: string | undefined, fallback: number, name: string): number {
  const value = intFrom(raw, fallback, name);
  if (value === 0) throw new Error(`${name} must be at least 1, got "${raw}"`);
  return value;
}

/** "https://koers.dronten.nl/" -> "https://koers.dronten.nl": links are built by appending to it. */
function publicUrlFrom(raw: string | undefined): string | undefined {
  if (!raw || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`KOERS_PUBLIC_URL: "${raw}" is not an address such as https://koers.dronten.nl`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`KOERS_PUBLIC_URL: "${raw}" must start with http:// or https://`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`KOERS_PUBLIC_URL: "${raw}" must be a plain address, without ?, # or a user name`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** "redis://..." or "rediss://..." (TLS); anything else is refused at start rather than failing later. */
function redisUrlFrom(raw: string | undefined): string | undefined {
  if (!raw || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`KOERS_REDIS_URL: "${raw}" is not an address such as redis://127.0.0.1:6379`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new Error(`KOERS_REDIS_URL: "${raw}" must start with redis:// or rediss://`);
  return url.href;
}

function intFrom(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

/** "https://a.example, http://b:5173" -> normalised origins; throws on anything that is not one. */
function originsFrom(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      let url: URL;
      try {
        url = new URL(item);
      } catch {
        throw new Error(`KOERS_ORIGINS: "${item}" is not an origin such as https://koers.example.nl`);
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`KOERS_ORIGINS: "${item}" must start with http:// or https://`);
      return url.origin;
    });
}

/** "10.0.0.5, 10.0.0.6" -> ["10.0.0.5", "10.0.0.6"]; throws on anything that is not an IP address. */
function addressesFrom(raw: string | undefined): string[] {
  if (!raw) return [];
  const items = raw.split(',').map((item) => item.trim()).filter((item) => item !== '');
  for (const item of items) {
    if (isIP(item) === 0) throw new Error(`KOERS_TRUSTED_PROXIES: "${item}" is not an IP address such as 10.0.0.5`);
  }
  return items;
}

function booleanFrom(raw: string | undefined, name: string): boolean {
  if (raw === undefined || raw === '') return false;
  if (/^(1|true|yes|ja)$/i.test(raw)) return true;
  if (/^(0|false|no|nee)$/i.test(raw)) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}
