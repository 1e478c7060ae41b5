/**
 * Everything the server keeps, behind its ports, on one backend: SQLite in DATA_DIR (the
 * default, one process) or PostgreSQL (KOERS_DATABASE_URL, one or more processes). The
 * documents (update logs, versions, cell history), accounts, sessions, OpenID Connect identities
 * and werkateliers always
 * share one database, so a backup of it is a backup of everything.
 *
 * Both backends are synchronous (see persistence/document-store.ts): SQLite natively, PostgreSQL
 * through persistence/postgres/pg-bridge.ts.
 */
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteAccountStore, type AccountStore } from './auth/account-store.ts';
import { SqliteOidcStore, type OidcStore } from './auth/oidc/oidc-store.ts';
import { SqliteSessionStore, type SessionStore } from './auth/session-store.ts';
import { SQLITE_FILE_NAME, type ServerConfig } from './config.ts';
import type { DocumentStore } from './persistence/document-store.ts';
import { PostgresAccountStore } from './persistence/postgres/account-store.ts';
import { displayDatabaseUrl, PgBridge } from './persistence/postgres/pg-bridge.ts';
import { PostgresStore } from './persistence/postgres/postgres-store.ts';
import { PostgresOidcStore } from './persistence/postgres/oidc-store.ts';
import { migratePostgres } from './persistence/postgres/schema.ts';
import { PostgresSessionStore } from './persistence/postgres/session-store.ts';
import { PostgresWorkshopStore } from './persistence/postgres/workshop-store.ts';
import { SqliteStore } from './persistence/sqlite-store.ts';
import { SqliteWorkshopStore, type WorkshopStore } from './workshop/workshop-store.ts';

export interface Storage {
  readonly documents: DocumentStore;
  readonly accounts: AccountStore;
  readonly sessions: SessionStore;
  readonly workshops: WorkshopStore;
  /** OpenID Connect identities and group -> role mappings (beside the accounts, in their transactions). */
  readonly oidc: OidcStore;
  /** Where the data is, for the start line: `./data/koers.sqlite`, or the PostgreSQL URL without its password. */
  readonly location: string;
  /** The SQLite file, or null on PostgreSQL. */
  readonly sqliteFile: string | null;
  /**
   * Runs `fn` while no other Koers process on the same database runs one: the start-up work
   * that must happen once (migrating stored documents, seeding missing programmes).
   */
  exclusive<T>(fn: () => T): T;
  close(): void;
}

export type StorageConfig = Pick<ServerConfig, 'dataDir' | 'databaseUrl' | 'databaseSchema' | 'databaseTimeoutMs'>;

/** PostgreSQL when config.databaseUrl is set, else the SQLite file in config.dataDir. */
export function openStorage(config: StorageConfig): Storage {
  if (config.databaseUrl) return openPostgresStorage({ url: config.databaseUrl, schema: config.databaseSchema, timeoutMs: config.databaseTimeoutMs });
  return openSqliteStorage(join(config.dataDir, SQLITE_FILE_NAME));
}

/** One SQLite file for everything; the schema is brought up to date on open. */
export function openSqliteStorage(file: string): Storage {
  const documents = new SqliteStore(file);
  return {
    documents,
    ...sqliteSideStores(documents.database),
    location: displayPath(file),
    sqliteFile: file,
    exclusive: (fn) => fn(),
    close: () => documents.close(),
  };
}

/** Accounts, sessions, OpenID Connect identities and werkateliers in an open SQLite database (also: beside a store passed in by tests). */
export function sqliteSideStores(db: Database.Database): Pick<Storage, 'accounts' | 'sessions' | 'workshops' | 'oidc'> {
  return { accounts: new SqliteAccountStore(db), sessions: new SqliteSessionStore(db), workshops: new SqliteWorkshopStore(db), oidc: new SqliteOidcStore(db) };
}

/** A store passed in (tests): accounts and werkateliers in a throwaway in-memory SQLite database; the store stays the caller's. */
export function storageAround(documents: DocumentStore): Storage {
  const db = new Database(':memory:');
  return {
    documents,
    ...sqliteSideStores(db),
    location: 'geheugen',
    sqliteFile: null,
    exclusive: (fn) => fn(),
    close: () => {
      if (db.open) db.close();
    },
  };
}

const STARTUP_LOCK = 0x6b6f6573; // 'koes': any fixed number, distinct from the migration lock

/**
 * Everything in one PostgreSQL database (one schema), over one connection. Migrations run
 * here; a database that cannot be reached fails the start with a message that says so.
 */
export function openPostgresStorage(options: { url: string; schema?: string; timeoutMs?: number; applicationName?: string }): Storage {
  const location = displayDatabaseUrl(options.url) + (options.schema ? ` (schema ${options.schema})` : '');
  const db = new PgBridge(options);
  try {
    migratePostgres(db, { schema: options.schema });
  } catch (error) {
    db.close();
    throw new Error(`${location}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const documents = new PostgresStore(db);
  return {
    documents,
    accounts: new PostgresAccountStore(db),
    sessions: new PostgresSessionStore(db),
    workshops: new PostgresWorkshopStore(db),
    oidc: new PostgresOidcStore(db),
    location,
    sqliteFile: null,
    exclusive(fn) {
      db.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
      try {
        return fn();
      } finally {
        try {
          db.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]);
        } catch {
          // A lost connection released the lock already.
        }
      }
    },
    close() {
      documents.close();
      db.close();
    },
  };
}

function displayPath(file: string): string {
  if (file === ':memory:') return 'geheugen';
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : `./${rel}`;
}
