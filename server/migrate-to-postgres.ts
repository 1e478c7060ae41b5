/**
 * `npm run migrate-to-postgres`: copies the SQLite file in DATA_DIR into the PostgreSQL of
 * KOERS_DATABASE_URL (and KOERS_DATABASE_SCHEMA), then checks the copy. Stop Koers first: what
 * is written to SQLite after the copy stays there. Safe to run again: an identical earlier copy
 * is reported and left alone, any other non-empty target is refused (exit code 1).
 * How it copies: server/persistence/postgres/copy-from-sqlite.ts; the whole move: docs/DEPLOY.md.
 */
import { join } from 'node:path';
import { configFromEnv, SQLITE_FILE_NAME } from './config.ts';
import { copySqliteToPostgres } from './persistence/postgres/copy-from-sqlite.ts';
import { displayDatabaseUrl, PgBridge } from './persistence/postgres/pg-bridge.ts';

const config = configFromEnv();
if (!config.databaseUrl) {
  console.error('Zet KOERS_DATABASE_URL op de PostgreSQL-database waar Koers naartoe moet, bijvoorbeeld postgres://koers:wachtwoord@db.example.nl:5432/koers');
  process.exit(1);
}
const file = join(config.dataDir, SQLITE_FILE_NAME);
const where = `${displayDatabaseUrl(config.databaseUrl)}${config.databaseSchema ? ` (schema ${config.databaseSchema})` : ''}`;
console.log(`Van ${file} naar ${where}`);

const target = new PgBridge({ url: config.databaseUrl, schema: config.databaseSchema, timeoutMs: Math.max(config.databaseTimeoutMs, 60_000) });
try {
  const report = copySqliteToPostgres(file, target, { schema: config.databaseSchema });
  const width = Math.max(...report.tables.map((t) => t.table.length));
  console.log(`${'tabel'.padEnd(width)}  sqlite  postgres`);
  for (const t of report.tables) console.log(`${t.table.padEnd(width)}  ${String(t.sqlite).padStart(6)}  ${String(t.postgres).padStart(8)}`);
  console.log(
    report.copied
      ? 'Gekopieerd en gecontroleerd: elke tabel heeft evenveel rijen, elke update en versie evenveel bytes. Start Koers nu met KOERS_DATABASE_URL.'
      : 'Deze kopie stond er al (zelfde aantallen, gecontroleerd); er is niets geschreven.',
  );
  process.exitCode = 0;
} catch (error) {
  console.error(`Niet gekopieerd: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  target.close();
}
