/**
 * Issue 16: the built client goes out compressed (brotli, else gzip, by Accept-Encoding) and
 * cached by kind: hashed /assets for a year, index.html revalidated (ETag, 304). Over real
 * HTTP with node:http, which, unlike fetch, shows the bytes as they travel.
 */
import { request } from 'node:http';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../server/http/security-headers.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let staticDir: string;

const INDEX = '<!doctype html><title>Koers</title><script type="module" src="/assets/index-AbC123.js"></script>\n'.repeat(20);
// Large and repetitive enough that compression clearly pays, like the real bundle.
const SCRIPT = Array.from({ length: 4000 }, (_, i) => `export const regel${i} = "Doel ${i % 17}: meer inwoners doen mee";`).join('\n');

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  const url = new URL(path, server.url);
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  staticDir = await makeTempDir('koers-static-files-');
  await mkdir(join(staticDir, 'assets'));
  await writeFile(join(staticDir, 'index.html'), INDEX);
  await writeFile(join(staticDir, 'assets', 'index-AbC123.js'), SCRIPT);
  server = await startTestServer({ staticDir });
});
afterAll(async () => {
  await server?.dispose();
  await rm(staticDir, { recursive: true, force: true });
});

describe('static files', () => {
  it('go out as brotli when the browser takes it, and decompress to the file', async () => {
    // Brotli is made in the thread pool; until it is ready (a few ms here) the answer is gzip.
    const accept = { 'accept-encoding': 'gzip, deflate, br, zstd' };
    let res = await get('/assets/index-AbC123.js', accept);
    for (let i = 0; i < 50 && res.headers['content-encoding'] !== 'br'; i++) {
      expect(res.headers['content-encoding']).toBe('gzip');
      await new Promise((r) => setTimeout(r, 100));
      res = await get('/assets/index-AbC123.js', accept);
    }
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body.length).toBeLessThan(SCRIPT.length / 5);
    expect(brotliDecompressSync(res.body).toString('utf8')).toBe(SCRIPT);
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('go out as gzip when brotli is not accepted', async () => {
    for (const accept of ['gzip', 'gzip, br;q=0', 'deflate, gzip;q=0.5']) {
      const res = await get('/assets/index-AbC123.js', { 'accept-encoding': accept });
      expect(res.headers['content-encoding'], accept).toBe('gzip');
      expect(gunzipSync(res.body).toString('utf8'), accept).toBe(SCRIPT);
    }
  });

  it('wait for brotli when the browser takes nothing else', async () => {
    const res = await get('/assets/index-AbC123.js', { 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.body).toString('utf8')).toBe(SCRIPT);
  });

  it('go out plain without Accept-Encoding', async () => {
    for (const headers of [{} as Record<string, string>, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0, gzip;q=0' }]) {
      const res = await get('/assets/index-AbC123.js', headers);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body.toString('utf8')).toBe(SCRIPT);
      expect(res.headers['content-length']).toBe(String(Buffer.byteLength(SCRIPT)));
    }
  });

  it('say they vary by Accept-Encoding', async () => {
    for (const path of ['/assets/index-AbC123.js', '/', '/programma/bestaanszekerheid']) {
      expect((await get(path, { 'accept-encoding': 'br' })).headers.vary, path).toMatch(/accept-encoding/i);
    }
  });

  it('hashed assets are cached for a year, index.html and client routes are revalidated', async () => {
    const asset = await get('/assets/index-AbC123.js', { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/programma/bestaanszekerheid']) {
      const page = await get(path, { 'accept-encoding': 'br' });
      expect(page.status, path).toBe(200);
      expect(page.headers['cache-control'], path).toBe('no-cache');
      expect(brotliDecompressSync(page.body).toString('utf8'), path).toBe(INDEX);
      expect(page.headers['content-type'], path).toMatch(/text\/html/);
    }
  });

  it('index.html answers 304 to its own ETag, and a new deploy gets a new ETag', async () => {
    const first = await get('/', { 'accept-encoding': 'gzip' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get('/', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const changed = INDEX.replace('AbC123', 'XyZ789');
    await writeFile(join(staticDir, 'index.html'), changed);
    const redeployed = await get('/', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(redeployed.status).toBe(200);
    expect(gunzipSync(redeployed.body).toString('utf8')).toBe(changed);
    await writeFile(join(staticDir, 'index.html'), INDEX);
  });

  it('keep the security headers, answer HEAD without a body, and never leave the folder', async () => {
    const res = await get('/assets/index-AbC123.js', { 'accept-encoding': 'br' });
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const head = await get('/assets/index-AbC123.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect((await get('/assets/missing.js')).status).toBe(404);
    for (const path of ['/..%2fpackage.json', '/assets/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/etc/passwd']) {
      // Either refused or read as a client route (the URL parser folds %2e%2e): never the file.
      const escaped = (await get(path)).body.toString('utf8');
      expect(escaped, path).not.toMatch(/"name": "koers"|root:/);
    }
  });
});
