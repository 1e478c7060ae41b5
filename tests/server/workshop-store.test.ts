/** The WorkshopStore contract on SQLite and PostgreSQL, and what only the SQLite file does. */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteWorkshopStore } from '../../server/workshop/workshop-store.ts';
import { SIDE_BACKENDS } from './backends.ts';
import { describeWorkshopStoreContract } from './workshop-store.contract.ts';

for (const backend of SIDE_BACKENDS) describeWorkshopStoreContract(backend);

describe('SqliteWorkshopStore', () => {
  const dbs: Database.Database[] = [];
  afterEach(() => dbs.splice(0).forEach((db) => db.close()));

  it('migrates an existing file only once', () => {
    const db = new Database(':memory:');
    dbs.push(db);
    new SqliteWorkshopStore(db);
    new SqliteWorkshopStore(db);
    expect(db.prepare("SELECT version FROM component_schema WHERE component = 'workshops'").get()).toEqual({ version: 2 });
  });
});
