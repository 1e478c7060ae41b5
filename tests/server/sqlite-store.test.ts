/** What only the SQLite store promises; the contract it shares with the others: document-store.test.ts. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../server/persistence/sqlite-store.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';

describe('SqliteStore specifics', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map(removeDir));
  });

  it('creates missing folders and runs with WAL and synchronous=FULL', async () => {
    const dir = await makeTempDir('koers-store-');
    dirs.push(dir);
    const file = join(dir, 'nested', 'deeper', 'koers.sqlite');
    const store = new SqliteStore(file);
    try {
      expect(existsSync(file)).toBe(true);
      expect(store.settings()).toEqual({ journalMode: 'wal', synchronous: 2 });
    } finally {
      store.close();
    }
  });
});
