/**
 * The machine's PostgreSQL for tests (KOERS_TEST_DATABASE_URL, default the `test` database on
 * 127.0.0.1:5432 with trust auth, as on the project's machines and CI). Every test works in a
 * schema of its own, `koers_test_<random>`, made when it starts and dropped when it ends, so
 * tests running side by side never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import { PgBridge } from '../../server/persistence/postgres/pg-bridge.ts';
import { migratePostgres, quoteIdent } from '../../server/persistence/postgres/schema.ts';

export const TEST_DATABASE_URL = process.env.KOERS_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

export interface TestSchema {
  readonly url: string;
  readonly schema: string;
  /** A new connection in this schema (closed by drop()); the schema is migrated already unless made with `migrate: false`. */
  bridge(options?: { timeoutMs?: number; applicationName?: string }): PgBridge;
  /** SQL in this schema, on a connection of the tests' own, past whatever the code under test does. */
  sql<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): R[];
  /** Closes every connection made here and drops the schema with all it holds. */
  drop(): void;
}

let admin: PgBridge | null = null;

/**
 * One connection per test process for making, filling and dropping schemas. Schema set-up is
 * not what a test is about, so it skips waiting for the disk (synchronous_commit off); the
 * stores under test keep the server's setting.
 */
function adminIn(schema: string): PgBridge {
  admin ??= new PgBridge({ url: TEST_DATABASE_URL, applicationName: 'koers-test-admin' });
  admin.run('SET synchronous_commit = off');
  admin.run(`SET search_path TO ${quoteIdent(schema)}`);
  return admin;
}

export function createTestSchema({ migrate = true }: { migrate?: boolean } = {}): TestSchema {
  const schema = `koers_test_${randomBytes(6).toString('hex')}`;
  adminIn(schema).run(`CREATE SCHEMA ${quoteIdent(schema)}`);
  if (migrate) migratePostgres(adminIn(schema));
  const bridges: PgBridge[] = [];
  let dropped = false;
  return {
    url: TEST_DATABASE_URL,
    schema,
    bridge(options = {}) {
      const bridge = new PgBridge({ url: TEST_DATABASE_URL, schema, ...options });
      bridges.push(bridge);
      return bridge;
    },
    sql: (text, params) => adminIn(schema).query(text, params),
    drop() {
      if (dropped) return;
      dropped = true;
      for (const bridge of bridges) bridge.close();
      adminIn(schema).run(`DROP SCHEMA ${quoteIdent(schema)} CASCADE`);
    },
  };
}
