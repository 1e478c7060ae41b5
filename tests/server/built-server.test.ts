/**
 * The server as `npm start` runs it: bundled once (scripts/build-server.mjs) and started with
 * plain node from dist/server. What the bundle could break is checked on the real process: the
 * built client found beside it, a live edit over the socket, the lazily loaded chunks and
 * libraries (docx, exceljs) of the exports, and the import worker, which is an entry of its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setField, userOrigin } from '../../shared/doc/index.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { spawnServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';
import { connectClient } from '../helpers/test-client.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DOC = 'bestaanszekerheid';
const cleanup = new Cleanup();
let server: ServerProcess;

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT, stdio: 'pipe' });
  const dataDir = await makeTempDir('koers-built-');
  cleanup.add(() => removeDir(dataDir));
  server = await spawnServerProcess({ dataDir, built: true });
  cleanup.add(() => server.stop());
}, 120_000);
afterAll(() => cleanup.run());

const get = (path: string) => fetch(`${server.url}${path}`, { headers: { cookie: server.adminCookie } });

describe('the built server (npm start)', () => {
  it('runs from dist/server and serves the API', async () => {
    expect(existsSync(join(ROOT, 'dist/server/main.js'))).toBe(true);
    expect((await get('/api/health')).status).toBe(200);
    expect(server.output()).not.toMatch(/tsx/);
  });

  it('relays a live edit between two clients', async () => {
    const [a, b] = [connectClient(server.syncUrl, DOC, { cookie: server.adminCookie }), connectClient(server.syncUrl, DOC, { cookie: server.adminCookie })];
    cleanup.add(() => a.destroy());
    cleanup.add(() => b.destroy());
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    setField(a.doc, 'goal', 'g1', 'title', 'gebouwd', userOrigin('a'));
    await expect.poll(() => b.programme().goals[0]!.title, { timeout: 20_000 }).toBe('gebouwd');
  });

  it('exports Word and Excel (lazy chunks) and reads an Excel import in its worker', async () => {
    const docx = await get(`/api/documents/${DOC}/export?format=docx`);
    expect(docx.status).toBe(200);
    const xlsx = await get(`/api/documents/${DOC}/export?format=xlsx`);
    expect(xlsx.status).toBe(200);
    const bytes = new Uint8Array(await xlsx.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip, as every .xlsx
    const preview = await fetch(`${server.url}/api/documents/${DOC}/import/preview?fileName=terug.xlsx`, {
      method: 'POST',
      headers: { cookie: server.adminCookie, origin: server.url, 'content-type': 'application/octet-stream' },
      body: bytes,
    });
    expect(preview.status).toBe(200);
    expect(((await preview.json()) as { ok: boolean }).ok).toBe(true);
  });

  it('draws the voortgangsrapportage’s charts: Observable Plot found from the bundle, in Chromium', async () => {
    const report = await get(`/api/documents/${DOC}/export?format=docx&report=voortgang`);
    expect(report.status).toBe(200);
    const bytes = Buffer.from(await report.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes('word/media/')).toBe(true);
  });
});
