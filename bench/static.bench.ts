/**
 * Bytes on the wire for the built client: every file index.html loads (scripts and styles),
 * as the server sends it plain, as gzip and as brotli. Needs `npm run build` first. Run alone:
 * npx tsx bench/static.bench.ts
 *
 * Target (issue 16): every static file compressed; the first script a phone loads < 250 KB
 * gzipped (route splitting is another slice of the issue).
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../server/config.ts';
import { createLogger } from '../server/log.ts';
import { startServer } from '../server/start.ts';
import { markdownTable } from './stats.ts';

const ENCODINGS = ['identity', 'gzip', 'br'] as const;

/** The body's length as it travels (node:http, unlike fetch, does not decompress). */
function wireBytes(url: URL, encoding: string): Promise<{ bytes: number; sent: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ bytes, sent: String(res.headers['content-encoding'] ?? 'identity') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB`;

export async function runStaticBench(): Promise<{ table: string }> {
  if (!existsSync(join(DEFAULT_CONFIG.staticDir, 'index.html'))) return { table: 'Not built: run `npm run build` first.' };
  const dataDir = mkdtempSync(join(tmpdir(), 'koers-bench-static-'));
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, logger: createLogger('silent') });
  try {
    const html = await (await fetch(`${server.url}/`)).text();
    const files = ['/', ...[...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!)];
    const rows: string[][] = [];
    for (const path of files) {
      const sizes = await Promise.all(ENCODINGS.map((e) => wireBytes(new URL(path, server.url), e)));
      rows.push([path === '/' ? 'index.html' : path, ...sizes.map((s) => `${kb(s.bytes)} (${s.sent})`)]);
    }
    return { table: markdownTable(['file', 'plain', 'Accept-Encoding: gzip', 'Accept-Encoding: br'], rows) };
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log((await runStaticBench()).table);
  process.exit(0);
}
