/**
 * The document cap (StorageLimits.documentBytes) with several processes: only the process that
 * holds a document's compaction lease compacts it, and compaction is where a room learned the
 * document's size. Two servers in this test process on one SQLite file and the machine's Redis:
 * A holds the lease, a client on B floods the document, and B must refuse it (4430 document
 * full) as A would, not accept it for ever because it measured the document only when it loaded.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addRow, userOrigin } from '../../shared/doc/index.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import type { TestClient } from '../helpers/test-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const DOC = 'kansengelijkheid';
const REDIS_URL = 'redis://127.0.0.1:6379';
const POLL = { timeout: 30_000, interval: 25 };
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

describe('the document cap with several processes', () => {
  it('a process that does not hold the compaction lease still refuses growth past the cap', async () => {
    const prefix = `koers-test-${randomUUID()}:`;
    const redis = new Redis(REDIS_URL);
    cleanup.add(() => redis.quit());
    const start = async (dataDir?: string): Promise<TestServer> => {
      // The cap: the seeded document (about 20 KB) and some room, measured every 3 rows.
      const s = await startTestServer({ dataDir, redisUrl: REDIS_URL, redisPrefix: prefix, compactThreshold: 3, storage: { userBytesPerHour: 32 << 20, documentBytes: 60_000, compactAfterBytes: 16 << 20 } });
      cleanup.add(() => s.dispose());
      return s;
    };
    const a = await start();
    const b = await start(a.dataDir);
    const open = (s: TestServer): TestClient => {
      const c = s.connect(DOC, { maxBackoffTime: 200 });
      cleanup.add(() => c.destroy());
      return c;
    };
    const onA = open(a);
    await onA.whenSynced();
    await expect.poll(() => redis.get(`${prefix}compact:${DOC}`), POLL).not.toBeNull();
    const onB = open(b);
    await onB.whenSynced();
    expect(Y.encodeStateAsUpdate(onB.doc).byteLength).toBeLessThan(60_000);

    // 5 KB a row: past the cap within a dozen rows, and B measures every 3.
    for (let n = 0; n < 40 && !onB.terminal; n++) {
      addRow(onB.doc, 'goalIndicator', 'g1', userOrigin('b'), { fields: { indicator: `${n} ${'x'.repeat(5_000)}` } });
      await expect.poll(() => onA.programme().goals[0]!.indicators.some((i) => i.indicator?.startsWith(`${n} `)) || onB.terminal !== null, POLL).toBe(true);
    }
    expect(onB.terminal?.code).toBe(CLOSE.documentFull.code);
    // Refused before it went far past: at most the rows until B's next measurement.
    expect(Y.encodeStateAsUpdate(onA.doc).byteLength).toBeLessThan(60_000 + 4 * 5_100);
  }, 120_000);
});
