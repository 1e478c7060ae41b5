/**
 * The synchronous PostgreSQL bridge (server/persistence/postgres/pg-bridge.ts) on the machine's
 * PostgreSQL: statements, all-or-none batches and transactions, and how it fails: an unreachable
 * or silent database throws StorageUnavailable (never a late success), a lost connection is
 * replaced, and no statement of a transaction whose connection was lost runs outside it.
 */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PgError, StorageUnavailable } from '../../server/persistence/postgres/pg-bridge.ts';
import { PgBridge } from '../../server/persistence/postgres/pg-bridge.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { createTestSchema, TEST_DATABASE_URL, type TestSchema } from '../helpers/postgres.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

function schema(): TestSchema {
  const s = createTestSchema({ migrate: false });
  cleanup.add(() => s.drop());
  s.sql('CREATE TABLE t (n INTEGER PRIMARY KEY, b BYTEA)');
  return s;
}

/** A bridge to a port nobody listens on. */
async function bridgeToNothing(): Promise<PgBridge> {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address() as { port: number };
      probe.close(() => resolve(p));
    });
  });
  const url = new URL(TEST_DATABASE_URL);
  url.port = String(port);
  const db = new PgBridge({ url: url.toString(), timeoutMs: 5_000 });
  cleanup.add(() => db.close());
  return db;
}

const count = (s: TestSchema) => s.sql<{ n: number }>('SELECT count(*) AS n FROM t')[0]!.n;

describe('PgBridge', () => {
  it('runs statements synchronously, with bytes and int8 as JavaScript values', () => {
    const s = schema();
    const db = s.bridge();
    const message = Uint8Array.from([9, 1, 2, 3, 9]);
    expect(db.run('INSERT INTO t (n, b) VALUES ($1, $2), ($3, $4)', [1, message.subarray(1, 4), 2, Uint8Array.from([])])).toBe(2);
    message.fill(0);
    expect(db.query('SELECT n, b, count(*) OVER () AS total FROM t ORDER BY n')).toEqual([
      { n: 1, b: Uint8Array.from([1, 2, 3]), total: 2 },
      { n: 2, b: Uint8Array.from([]), total: 2 },
    ]);
  });

  it('a batch is all or none', () => {
    const s = schema();
    const db = s.bridge();
    expect(() =>
      db.batch([
        { sql: 'INSERT INTO t (n) VALUES ($1)', params: [1] },
        { sql: 'INSERT INTO t (n) VALUES ($1)', params: [1] },
      ]),
    ).toThrow(PgError);
    expect(count(s)).toBe(0);
    expect(db.batch([{ sql: 'INSERT INTO t (n) VALUES (1) RETURNING n' }])[0]!.rows).toEqual([{ n: 1 }]);
  });

  it('a transaction commits what it did, or rolls all of it back when it throws; a nested one joins it', () => {
    const s = schema();
    const db = s.bridge();
    expect(db.transaction(() => db.run('INSERT INTO t (n) VALUES (1)') + db.transaction(() => db.run('INSERT INTO t (n) VALUES (2)')))).toBe(2);
    expect(() =>
      db.transaction(() => {
        db.run('INSERT INTO t (n) VALUES (3)');
        expect(count(s)).toBe(2); // not visible outside before COMMIT
        throw new Error('halverwege');
      }),
    ).toThrow('halverwege');
    expect(count(s)).toBe(2);
  });

  it('reports SQL errors with their SQLSTATE and constraint, and carries on', () => {
    const s = schema();
    const db = s.bridge();
    db.run('INSERT INTO t (n) VALUES (1)');
    const error = (() => {
      try {
        db.run('INSERT INTO t (n) VALUES (1)');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PgError);
    expect(error).toMatchObject({ code: '23505', constraint: 't_pkey' });
    expect(db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('throws StorageUnavailable at once when nothing listens', async () => {
    const db = await bridgeToNothing();
    const started = performance.now();
    expect(() => db.query('SELECT 1')).toThrow(StorageUnavailable);
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(() => db.query('SELECT 1')).toThrow(/ECONNREFUSED/);
  });

  it('gives up on a call after timeoutMs, fails at once for pauseMs, then works on a fresh connection; the abandoned write is rolled back', async () => {
    const s = schema();
    const db = s.bridge({ timeoutMs: 400 });
    const started = performance.now();
    expect(() => db.transaction(() => db.run('INSERT INTO t (n) SELECT 1 FROM pg_sleep(3)'))).toThrow(StorageUnavailable);
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(390);
    expect(waited).toBeLessThan(2_500);
    const again = performance.now();
    expect(() => db.query('SELECT 1')).toThrow(/did not answer within 400 ms a moment ago/);
    expect(performance.now() - again).toBeLessThan(50);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(count(s)).toBe(0);
  });

  it('replaces a connection PostgreSQL ended, and lets nothing of a transaction run on the new one', () => {
    const s = schema();
    const db = s.bridge({ applicationName: s.schema });
    const terminate = () => s.sql('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [s.schema]).length;
    db.run('INSERT INTO t (n) VALUES (1)');
    expect(terminate()).toBe(1);
    // The lost connection may fail one call; the next one connects anew.
    try {
      db.run('INSERT INTO t (n) VALUES (2)');
    } catch (error) {
      expect(error).toBeInstanceOf(StorageUnavailable);
      db.run('INSERT INTO t (n) VALUES (2)');
    }
    expect(() =>
      db.transaction(() => {
        db.run('INSERT INTO t (n) VALUES (3)');
        expect(terminate()).toBe(1);
        db.run('INSERT INTO t (n) VALUES (4)');
      }),
    ).toThrow(StorageUnavailable);
    expect(s.sql<{ n: number }>('SELECT n FROM t ORDER BY n').map((r) => r.n)).toEqual([1, 2]);
    expect(db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('begins a transaction with its first statement: a database that is away fails that statement, not the work around it', async () => {
    const db = await bridgeToNothing();
    expect(db.transaction(() => 'nothing asked')).toBe('nothing asked');
    const outcome = db.transaction(() => {
      try {
        db.run('INSERT INTO t (n) VALUES (1)');
        return 'stored';
      } catch (error) {
        return error instanceof StorageUnavailable ? 'refused' : 'other';
      }
    });
    expect(outcome).toBe('refused');
  });

  it('a COMMIT after a failed statement of the transaction throws: PostgreSQL rolled all of it back, so nothing may count as stored', () => {
    const s = schema();
    const db = s.bridge();
    db.run('INSERT INTO t (n) VALUES (1)');
    expect(() =>
      db.transaction(() => {
        db.run('INSERT INTO t (n) VALUES (2)');
        expect(() => db.run('INSERT INTO t (n) VALUES (1)')).toThrow(PgError);
        expect(() => db.run('INSERT INTO t (n) VALUES (3)')).toThrow(/current transaction is aborted/);
      }),
    ).toThrow(/rolled back after an error in it; nothing of it was stored/);
    expect(s.sql<{ n: number }>('SELECT n FROM t ORDER BY n').map((r) => r.n)).toEqual([1]);
    expect(db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('refuses every call once closed', () => {
    const s = schema();
    const db = s.bridge();
    db.query('SELECT 1');
    db.close();
    db.close();
    expect(() => db.query('SELECT 1')).toThrow(/closed/);
  });
});
