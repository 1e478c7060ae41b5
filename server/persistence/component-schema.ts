/**
 * Migrations for a part of the server that keeps its own tables in the shared SQLite file
 * (accounts, werkateliers). Each component counts its own schema version, so components can
 * be added without renumbering the document store's migrations (PRAGMA user_version).
 * Append only: an older file is brought up to date in place when it is opened.
 */
import type Database from 'better-sqlite3';

export function migrateComponent(db: Database.Database, component: string, migrations: readonly string[]): void {
  db.exec('CREATE TABLE IF NOT EXISTS component_schema (component TEXT PRIMARY KEY, version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM component_schema WHERE component = ?').get(component) as { version: number } | undefined;
  for (let version = row?.version ?? 0; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version]!);
      db.prepare('INSERT INTO component_schema (component, version) VALUES (?, ?) ON CONFLICT (component) DO UPDATE SET version = excluded.version').run(component, version + 1);
    })();
  }
}
