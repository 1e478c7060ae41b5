/**
 * The one storage several Koers processes share in a test, per backend: one SQLite DATA_DIR,
 * or one PostgreSQL schema of the test's own (`koers_test_<random>` in the machine's `test`
 * database, migrated by the first process that starts, dropped afterwards). Beside the
 * environment for the processes, it reads and writes the stored update log directly, past
 * every process: what a test checks "in storage", and what a process would have stored just
 * before it was killed.
 */
import { join } from 'node:path';
import { SqliteStore } from '../../server/persistence/sqlite-store.ts';
import { createTestSchema, TEST_DATABASE_URL } from './postgres.ts';
import { makeTempDir, removeDir } from './temp-dir.ts';

export interface ClusterStorage {
  /** DATA_DIR for every process (on PostgreSQL it holds nothing). */
  readonly dataDir: string;
  /** Settings that put a process on this storage. */
  readonly env: Record<string, string>;
  /** The document's stored log, in order, read on a connection of the test's own. */
  storedUpdates(docId: string): Uint8Array[];
  /** Appends one update to the log, as a process does before it publishes. */
  append(docId: string, update: Uint8Array): void;
  dispose(): Promise<void>;
}

export interface ClusterBackend {
  name: string;
  open(): Promise<ClusterStorage>;
}

function withSqlite<T>(dir: string, use: (store: SqliteStore) => T): T {
  const store = new SqliteStore(join(dir, 'koers.sqlite'));
  try {
    return use(store);
  } finally {
    store.close();
  }
}

export const CLUSTER_BACKENDS: readonly ClusterBackend[] = [
  {
    name: 'SQLite',
    async open() {
      const dir = await makeTempDir('koers-cluster-');
      return {
        dataDir: dir,
        env: {},
        storedUpdates: (docId) => withSqlite(dir, (store) => store.load(docId)),
        append: (docId, update) => void withSqlite(dir, (store) => store.append(docId, update)),
        dispose: () => removeDir(dir),
      };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const dir = await makeTempDir('koers-cluster-pg-');
      const schema = createTestSchema({ migrate: false });
      return {
        dataDir: dir,
        env: { KOERS_DATABASE_URL: TEST_DATABASE_URL, KOERS_DATABASE_SCHEMA: schema.schema },
        storedUpdates: (docId) => schema.sql<{ data: Uint8Array }>('SELECT data FROM updates WHERE doc = $1 ORDER BY seq', [docId]).map((row) => row.data),
        append: (docId, update) => void schema.sql('INSERT INTO updates (doc, data, created_at) VALUES ($1, $2, $3)', [docId, update, Date.now()]),
        async dispose() {
          schema.drop();
          await removeDir(dir);
        },
      };
    },
  },
];
