/**
 * The PostgreSQL schema (server/persistence/postgres/schema.ts): migrations are versioned, run
 * once, add to what is stored and never lose it, and a database migrated by a newer Koers is
 * refused; what SQLite's triggers forbid, PostgreSQL's forbid too, whoever connects.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../server/persistence/postgres/postgres-store.ts';
import { migratePostgres, POSTGRES_MIGRATIONS } from '../../server/persistence/postgres/schema.ts';
import { openPostgresStorage } from '../../server/storage.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { createTestSchema, TEST_DATABASE_URL, type TestSchema } from '../helpers/postgres.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

function schema(migrate = false): TestSchema {
  const s = createTestSchema({ migrate });
  cleanup.add(() => s.drop());
  return s;
}

const versions = (s: TestSchema) => s.sql('SELECT component, version FROM koers_migrations ORDER BY component, version');

describe('PostgreSQL migrations', () => {
  it('bring an empty schema up to date once; a second run applies nothing', () => {
    const s = schema();
    const db = s.bridge();
    expect(migratePostgres(db)).toEqual([
      { component: 'documents', version: 1 },
      { component: 'documents', version: 2 },
      { component: 'accounts', version: 1 },
      { component: 'accounts', version: 2 },
      { component: 'workshops', version: 1 },
    ]);
    expect(migratePostgres(db)).toEqual([]);
    expect(versions(s)).toEqual([
      { component: 'accounts', version: 1 },
      { component: 'accounts', version: 2 },
      { component: 'documents', version: 1 },
      { component: 'documents', version: 2 },
      { component: 'workshops', version: 1 },
    ]);
  });

  it('create a missing schema of their own (KOERS_DATABASE_SCHEMA)', () => {
    const s = schema();
    s.sql(`DROP SCHEMA ${s.schema}`);
    const storage = openPostgresStorage({ url: TEST_DATABASE_URL, schema: s.schema });
    cleanup.add(() => storage.close());
    expect(storage.documents.listDocuments()).toEqual([]);
    expect(s.sql('SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = $1', [s.schema])[0]!.n).toBeGreaterThan(5);
  });

  it('a later release adds a migration: only that one runs, and what was stored stays', () => {
    const s = schema();
    const db = s.bridge();
    migratePostgres(db);
    const store = new PostgresStore(db);
    store.append('p', Uint8Array.from([1, 2, 3]));
    const next = {
      ...POSTGRES_MIGRATIONS,
      documents: [...POSTGRES_MIGRATIONS.documents, 'ALTER TABLE updates ADD COLUMN origin TEXT'],
    };
    expect(migratePostgres(db, { migrations: next })).toEqual([{ component: 'documents', version: 3 }]);
    expect(store.load('p')).toEqual([Uint8Array.from([1, 2, 3])]);
    expect(s.sql('SELECT origin FROM updates')).toEqual([{ origin: null }]);
    // The release before it does not run on a database it no longer understands.
    expect(() => migratePostgres(db)).toThrow(/documents schema version 3, newer than this Koers knows \(2\)/);
    expect(store.load('p')).toEqual([Uint8Array.from([1, 2, 3])]);
  });

  it('a migration that fails leaves the database at the last complete version', () => {
    const s = schema();
    const db = s.bridge();
    migratePostgres(db);
    const broken = { ...POSTGRES_MIGRATIONS, accounts: [...POSTGRES_MIGRATIONS.accounts, 'ALTER TABLE users ADD COLUMN x TEXT; SELECT no_such_function()'] };
    expect(() => migratePostgres(db, { migrations: broken })).toThrow(/no_such_function/);
    expect(s.sql("SELECT count(*) AS n FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'users' AND column_name = 'x'", [s.schema])).toEqual([{ n: 0 }]);
    const last = POSTGRES_MIGRATIONS.accounts.length;
    expect(versions(s)).toContainEqual({ component: 'accounts', version: last });
    expect(versions(s)).not.toContainEqual({ component: 'accounts', version: last + 1 });
  });

  it('accounts 2 (OpenID Connect) upgrades a database of the release before it: users, grants and sessions stay', () => {
    const s = schema();
    const db = s.bridge();
    const before = { ...POSTGRES_MIGRATIONS, accounts: POSTGRES_MIGRATIONS.accounts.slice(0, 1) };
    migratePostgres(db, { migrations: before });
    s.sql("INSERT INTO users (id, email, name, password_hash, created_at) VALUES ('u1', 'a@b.nl', 'A', 'scrypt$x', '2025-01-01T00:00:00.000Z')");
    s.sql("INSERT INTO grants (user_id, scope, role) VALUES ('u1', '*', 'beheerder')");
    s.sql("INSERT INTO sessions (id, token_hash, kind, user_id, created_at, expires_at) VALUES ('s1', 'h', 'user', 'u1', 1, 2)");
    expect(migratePostgres(db)).toEqual([{ component: 'accounts', version: 2 }]);
    expect(s.sql('SELECT user_id, scope, role, source FROM grants')).toEqual([{ user_id: 'u1', scope: '*', role: 'beheerder', source: 'manual' }]);
    expect(s.sql('SELECT id, oidc_provider, oidc_id_token FROM sessions')).toEqual([{ id: 's1', oidc_provider: null, oidc_id_token: null }]);
    expect(s.sql('SELECT id, email FROM users')).toEqual([{ id: 'u1', email: 'a@b.nl' }]);
    expect(s.sql('SELECT count(*) AS n FROM oidc_identities')).toEqual([{ n: 0 }]);
    expect(s.sql('SELECT count(*) AS n FROM oidc_group_roles')).toEqual([{ n: 0 }]);
  });
});

describe('PostgreSQL triggers', () => {
  it('refuse to change or remove a version, or to rewrite history, from any connection', () => {
    const s = schema(true);
    const store = new PostgresStore(s.bridge());
    store.saveVersion({
      documentId: 'p', name: 'Raadsbesluit', status: 'raad-vastgesteld', date: '2024-09-26', documentNumber: '1', note: '',
      createdAt: '2024-09-27T08:00:00.000Z', createdBy: { id: 'alice', name: 'Alice' }, state: Uint8Array.from([0, 0]),
    });
    store.appendHistory([{ documentId: 'p', action: 'set', kind: 'goal', rowId: 'g1', field: 'title', old: 'a', new: 'b', userId: 'u', userName: 'U', at: '2025-01-01T00:00:00.000Z' }]);
    expect(() => s.sql("UPDATE versions SET name = 'Anders'")).toThrow(/versions are immutable/);
    expect(() => s.sql("UPDATE versions SET state = '\\x00'")).toThrow(/versions are immutable/);
    expect(() => s.sql('DELETE FROM versions')).toThrow(/versions are immutable/);
    expect(() => s.sql('TRUNCATE versions')).toThrow(/versions are immutable/);
    expect(() => s.sql(`UPDATE history SET new_value = '"anders"'`)).toThrow(/history is append-only/);
    // What a burst may do (history-bursts.ts) is move forward; it never changes who or the old value.
    expect(() => s.sql(`UPDATE history SET seq = seq + 100, old_value = '"anders"'`)).toThrow(/history is append-only/);
    expect(() => s.sql(`UPDATE history SET seq = seq + 100, author = author + 1`)).toThrow(/history is append-only/);
    expect(() => s.sql(`UPDATE history SET seq = seq + 100, at = at - 1`)).toThrow(/history is append-only/);
    expect(store.listVersions('p')).toHaveLength(1);
    expect(store.listHistory('p')[0]!.new).toBe('b');
  });
});
