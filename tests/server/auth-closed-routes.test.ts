/**
 * Every /api route answers 401 without a session, except the few that must be open. The list
 * is read from the app itself, so a route added later is covered without editing this test;
 * a fixed table makes sure that reading really finds the routes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_ROUTES } from '../../server/http/session-gate.ts';
import type { MemoryStore } from '../../server/persistence/memory-store.ts';
import type { RoomRegistry } from '../../server/sync/room-registry.ts';
import type { TestApp } from '../helpers/test-app.ts';
import { closeSeededTestApp, seededTestApp } from '../helpers/test-seeded-app.ts';

let store: MemoryStore;
let registry: RoomRegistry;
let app: TestApp;

beforeAll(async () => {
  ({ store, registry, app } = await seededTestApp({ staticDir: '/nonexistent' }));
});

afterAll(() => closeSeededTestApp({ store, registry, app }));

const KNOWN_CLOSED: [string, string][] = [
  ['GET', '/api/documents'],
  ['GET', '/api/documents/bestaanszekerheid'],
  ['GET', '/api/documents/bestaanszekerheid/validation'],
  ['GET', '/api/documents/bestaanszekerheid/versions'],
  ['POST', '/api/documents/bestaanszekerheid/versions'],
  ['GET', '/api/documents/bestaanszekerheid/versions/v1'],
  ['PUT', '/api/documents/bestaanszekerheid/versions/v1'],
  ['GET', '/api/documents/bestaanszekerheid/diff'],
  ['POST', '/api/documents/bestaanszekerheid/restore'],
  ['GET', '/api/documents/bestaanszekerheid/history'],
  ['GET', '/api/documents/bestaanszekerheid/export'],
  ['GET', '/api/documents/all/export'],
  ['POST', '/api/documents/bestaanszekerheid/import/preview'],
  ['POST', '/api/documents/bestaanszekerheid/import/apply'],
  ['POST', '/api/auth/logout'],
  ['GET', '/api/auth/me'],
  ['GET', '/api/users'],
  ['POST', '/api/users'],
  ['PUT', '/api/users/u1/grants'],
  ['GET', '/api/bestaat-niet'],
];

const SAMPLE_PARAMS: Record<string, string> = { id: 'bestaanszekerheid', versionId: 'v1', step: 'preview', wid: 'w1', cardId: 'c1' };

/** Every method + concrete path the app registered under /api. */
function registeredRoutes(): [string, string][] {
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const route of app.app.routes) {
    if (!route.path.startsWith('/api/') || route.path.includes('*')) continue;
    const methods = route.method === 'ALL' ? ['GET', 'POST'] : [route.method];
    const path = route.path.replace(/:(\w+)(\{[^}]*\})?/g, (_, name: string) => SAMPLE_PARAMS[name] ?? 'x1');
    for (const method of methods) {
      const key = `${method} ${path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push([method, path]);
    }
  }
  return out;
}

const isOpen = (method: string, path: string) => OPEN_ROUTES.some(([m, p]) => m === method && p === path);

async function withoutCookie(method: string, path: string): Promise<Response> {
  return app.request(path, {
    method,
    cookie: null,
    ...(method === 'GET' || method === 'HEAD' ? {} : { headers: { 'content-type': 'application/json' }, body: '{}' }),
  });
}

describe('routes without a session', () => {
  it('the app lists at least the known routes', () => {
    const patterns = app.app.routes
      .filter((r) => r.path.startsWith('/api/') && !r.path.includes('*'))
      .map((r) => ({ method: r.method, regex: new RegExp(`^${r.path.replace(/:\w+\{([^}]*)\}/g, '($1)').replace(/:\w+/g, '[^/]+')}$`) }));
    const missing = KNOWN_CLOSED.filter(
      ([m, p]) => !p.includes('bestaat-niet') && !patterns.some((r) => (r.method === m || r.method === 'ALL') && r.regex.test(p)),
    );
    expect(missing).toEqual([]);
  });

  it.each(KNOWN_CLOSED)('%s %s -> 401', async (method, path) => {
    const response = await withoutCookie(method, path);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'Je bent niet aangemeld.' });
  });

  it('every registered /api route that is not open answers 401; the open ones do not', async () => {
    const wrong: string[] = [];
    for (const [method, path] of registeredRoutes()) {
      const status = (await withoutCookie(method, path)).status;
      if (isOpen(method, path) ? status === 401 : status !== 401) wrong.push(`${method} ${path} -> ${status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the open routes answer without a session', async () => {
    expect((await withoutCookie('GET', '/api/health')).status).toBe(200);
    expect((await withoutCookie('GET', '/api/auth/setup')).status).toBe(200);
    expect((await withoutCookie('POST', '/api/auth/login')).status).toBe(400);
    expect((await withoutCookie('POST', '/api/auth/setup')).status).toBe(403);
  });
});
