/**
 * The storage backends every contract suite runs on: the same suite, unchanged, against each.
 * SQLite in a temporary file, PostgreSQL in a schema of its own per test (tests/helpers/postgres.ts),
 * and for the document store also the in-memory one.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteAccountStore, type AccountStore } from '../../server/auth/account-store.ts';
import { SqliteOidcStore, type OidcStore } from '../../server/auth/oidc/oidc-store.ts';
import { SqliteSessionStore, type SessionStore } from '../../server/auth/session-store.ts';
import { MemoryStore } from '../../server/persistence/memory-store.ts';
import { PostgresAccountStore } from '../../server/persistence/postgres/account-store.ts';
import { PostgresOidcStore } from '../../server/persistence/postgres/oidc-store.ts';
import { PostgresStore } from '../../server/persistence/postgres/postgres-store.ts';
import { PostgresSessionStore } from '../../server/persistence/postgres/session-store.ts';
import { PostgresWorkshopStore } from '../../server/persistence/postgres/workshop-store.ts';
import { SqliteStore } from '../../server/persistence/sqlite-store.ts';
import { SqliteWorkshopStore, type WorkshopStore } from '../../server/workshop/workshop-store.ts';
import { createTestSchema } from '../helpers/postgres.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';
import type { StoreHarness } from './store.contract.ts';

export interface Backend<H> {
  name: string;
  harness(): Promise<H>;
}

export const DOCUMENT_BACKENDS: readonly Backend<StoreHarness>[] = [
  {
    name: 'MemoryStore',
    harness: async () => ({ open: () => new MemoryStore(), dispose: async () => {} }),
  },
  {
    name: 'SqliteStore',
    async harness() {
      const dir = await makeTempDir('koers-store-');
      const file = join(dir, 'koers.sqlite');
      return {
        open: () => new SqliteStore(file),
        reopen: (store) => {
          store.close();
          return new SqliteStore(file);
        },
        dispose: () => removeDir(dir),
      };
    },
  },
  {
    name: 'PostgresStore',
    async harness() {
      const schema = createTestSchema();
      return {
        open: () => new PostgresStore(schema.bridge()),
        reopen: (store) => {
          store.close();
          return new PostgresStore(schema.bridge());
        },
        dispose: async () => schema.drop(),
      };
    },
  },
];

/**
 * One database for the stores beside the documents. Every call opens a new connection to the
 * same data, so a second call is what a restarted process sees.
 */
export interface SideStores {
  accounts(): AccountStore;
  sessions(now?: () => number): SessionStore;
  workshops(): WorkshopStore;
  /** The OpenID Connect store with the account store that shares its connection (its transactions span both). */
  oidc(): { oidc: OidcStore; accounts: AccountStore };
  /** Raw SQL on the same database, past the store: what the triggers must refuse. */
  exec(sql: string): void;
  dispose(): Promise<void>;
}

export const SIDE_BACKENDS: readonly Backend<SideStores>[] = [
  {
    name: 'SQLite',
    async harness() {
      const dir = await makeTempDir('koers-side-');
      const file = join(dir, 'koers.sqlite');
      const open: Database.Database[] = [];
      const connect = () => {
        const db = new Database(file);
        open.push(db);
        return db;
      };
      return {
        accounts: () => new SqliteAccountStore(connect()),
        sessions: (now) => new SqliteSessionStore(connect(), now),
        workshops: () => new SqliteWorkshopStore(connect()),
        oidc: () => {
          const db = connect();
          return { oidc: new SqliteOidcStore(db), accounts: new SqliteAccountStore(db) };
        },
        exec: (sql) => void connect().prepare(sql).run(),
        async dispose() {
          for (const db of open) db.close();
          await removeDir(dir);
        },
      };
    },
  },
  {
    name: 'PostgreSQL',
    async harness() {
      const schema = createTestSchema();
      return {
        accounts: () => new PostgresAccountStore(schema.bridge()),
        sessions: (now) => new PostgresSessionStore(schema.bridge(), now),
        workshops: () => new PostgresWorkshopStore(schema.bridge()),
        oidc: () => {
          const bridge = schema.bridge();
          return { oidc: new PostgresOidcStore(bridge), accounts: new PostgresAccountStore(bridge) };
        },
        exec: (sql) => void schema.sql(sql),
        dispose: async () => schema.drop(),
      };
    },
  },
];
