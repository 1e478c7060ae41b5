/**
 * Storage benchmark: durable edits per second on each backend, through the storage port as the
 * room uses it (one synchronous append per edit, which returns once the edit is on disk; then
 * its cell-history entry), and with ten edits per group commit as the room batches one
 * event-loop turn (issue 15). SQLite: WAL + synchronous=FULL in a temporary file. PostgreSQL: the
 * machine's server (BENCH_DATABASE_URL, default the `test` database on 127.0.0.1:5432) through
 * the synchronous bridge, in a schema made for the run and dropped after it.
 * Environment: BENCH_STORAGE_EDITS (2000). Run alone: npx tsx bench/storage.bench.ts
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { seedProgramme, setField, userOrigin } from '../shared/doc/index.ts';
import { seedProgrammeById } from '../shared/seed/programmes.ts';
import type { DocumentStore } from '../server/persistence/document-store.ts';
import { PgBridge } from '../server/persistence/postgres/pg-bridge.ts';
import { PostgresStore } from '../server/persistence/postgres/postgres-store.ts';
import { migratePostgres } from '../server/persistence/postgres/schema.ts';
import { SqliteStore } from '../server/persistence/sqlite-store.ts';
import { fmt, markdownTable, summarise } from './stats.ts';

const EDITS = Number(process.env.BENCH_STORAGE_EDITS ?? 2000);
const DATABASE_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const DOC = 'gezond-samenleven';

/** The updates a client sends: the seed, then one title edit each. */
function edits(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  seedProgramme(doc, seedProgrammeById(DOC)!);
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) setField(doc, 'goal', 'g1', 'title', `Titel ${i}`, userOrigin('bench'));
  doc.destroy();
  return updates;
}

interface Way {
  withHistory: boolean;
  /** Edits per group commit, as the room batches the updates read in one turn; 1: each on its own. */
  perTurn: number;
}

const WAYS: readonly Way[] = [
  { withHistory: false, perTurn: 1 },
  { withHistory: true, perTurn: 1 },
  { withHistory: true, perTurn: 10 },
];

function measure(store: DocumentStore, updates: readonly Uint8Array[], { withHistory, perTurn }: Way): string[] {
  const times: number[] = [];
  const edit = (update: Uint8Array, i: number) => {
    store.append(DOC, update);
    if (withHistory) {
      store.appendHistory([
        { documentId: DOC, action: 'set', kind: 'goal', rowId: 'g1', field: 'title', old: `Titel ${i - 1}`, new: `Titel ${i}`, userId: 'bench', userName: 'Bench', at: new Date().toISOString() },
      ]);
    }
  };
  const started = performance.now();
  for (let from = 0; from < updates.length; from += perTurn) {
    const t = performance.now();
    const turn = updates.slice(from, from + perTurn);
    if (perTurn === 1) edit(turn[0]!, from);
    else store.groupCommit(() => turn.forEach((update, i) => edit(update, from + i)));
    times.push(performance.now() - t);
  }
  const seconds = (performance.now() - started) / 1000;
  const s = summarise(times);
  const what = `${withHistory ? 'append + history entry' : 'append'}${perTurn > 1 ? `, ${perTurn} per group commit` : ''}`;
  return [what, String(updates.length), fmt(updates.length / seconds, 0), fmt(s.p50, 2), fmt(s.p95, 2), fmt(s.p99, 2)];
}

export async function runStorageBench(): Promise<{ table: string }> {
  const updates = edits(EDITS);
  const rows: string[][] = [];

  const dir = mkdtempSync(join(tmpdir(), 'koers-bench-storage-'));
  try {
    for (const [n, way] of WAYS.entries()) {
      const store = new SqliteStore(join(dir, `koers-${n}.sqlite`));
      try {
        rows.push(['SQLite (WAL, synchronous=FULL)', ...measure(store, updates, way)]);
      } finally {
        store.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const schema = `koers_bench_${randomBytes(4).toString('hex')}`;
  const db = new PgBridge({ url: DATABASE_URL, schema, applicationName: 'koers-bench' });
  try {
    migratePostgres(db, { schema });
    const synchronousCommit = db.query<{ synchronous_commit: string }>('SHOW synchronous_commit')[0]!.synchronous_commit;
    for (const way of WAYS) {
      db.run('DELETE FROM updates');
      rows.push([`PostgreSQL (bridge, synchronous_commit=${synchronousCommit})`, ...measure(new PostgresStore(db), updates, way)]);
    }
  } catch (error) {
    rows.push(['PostgreSQL', 'not measured', `${error instanceof Error ? error.message : String(error)}`, '', '', '', '']);
  } finally {
    try {
      db.run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    } catch {
      // Unreachable: nothing was made.
    }
    db.close();
  }

  return { table: markdownTable(['backend', 'per edit', 'edits', 'durable edits/s', 'p50 ms per commit', 'p95 ms', 'p99 ms'], rows) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log((await runStorageBench()).table);
  process.exit(0);
}
