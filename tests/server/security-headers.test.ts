/**
 * Issue 11, item 8: security headers on every answer (page, assets, API, errors), HSTS only
 * when served over https, and the /sync upgrade left alone. Over real HTTP.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, STRICT_TRANSPORT_SECURITY } from '../../server/http/security-headers.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let plain: TestServer;
let secure: TestServer;
let staticDir: string;

beforeAll(async () => {
  staticDir = await makeTempDir('koers-static-');
  await mkdir(join(staticDir, 'assets'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Koers</title><script type="module" src="/assets/app.js"></script>');
  await writeFile(join(staticDir, 'assets', 'app.js'), 'export {};');
  [plain, secure] = await Promise.all([startTestServer({ staticDir }), startTestServer({ staticDir, secureCookies: true })]);
});
afterAll(async () => {
  await Promise.all([plain?.dispose(), secure?.dispose()]);
  await rm(staticDir, { recursive: true, force: true });
});

function expectProtected(response: Response, what: string) {
  const h = response.headers;
  expect(h.get('content-security-policy'), what).toBe(CONTENT_SECURITY_POLICY);
  expect(h.get('x-content-type-options'), what).toBe('nosniff');
  expect(h.get('x-frame-options'), what).toBe('DENY');
  expect(h.get('referrer-policy'), what).toBe('no-referrer');
}

describe('security headers', () => {
  it('are on the page, its assets, API answers, errors and the open routes', async () => {
    const answers: [string, Response][] = [
      ['page', await plain.api('/', { cookie: null })],
      ['client route', await plain.api('/programma/x', { cookie: null })],
      ['asset', await plain.api('/assets/app.js', { cookie: null })],
      ['missing asset', await plain.api('/assets/nope.js', { cookie: null })],
      ['health', await plain.api('/api/health', { cookie: null })],
      ['401', await plain.api('/api/documents', { cookie: null })],
      ['json', await plain.api('/api/documents')],
      ['403 foreign origin', await plain.api('/api/users', { method: 'POST', headers: { origin: 'http://127.0.0.1:1', 'content-type': 'application/json' }, body: '{}' })],
      ['sync without upgrade', await plain.api('/sync/bestaanszekerheid')],
    ];
    for (const [what, response] of answers) expectProtected(response, what);
  });

  it('the policy allows no inline or foreign script and no framing', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
  });

  it('HSTS only when KOERS_SECURE_COOKIES=true', async () => {
    expect((await plain.api('/api/health', { cookie: null })).headers.get('strict-transport-security')).toBeNull();
    const response = await secure.api('/api/health', { cookie: null });
    expect(response.headers.get('strict-transport-security')).toBe(STRICT_TRANSPORT_SECURITY);
    expectProtected(response, 'secure health');
  });

  it('the /sync WebSocket still opens and syncs with the headers on', async () => {
    const client = plain.connect('bestaanszekerheid');
    try {
      await client.whenSynced();
    } finally {
      client.destroy();
    }
  });
});
