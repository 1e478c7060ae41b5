/** The REST routes and the static client, through app.request(): no network needed. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readProgramme, seedProgramme, setField, userOrigin } from '../../shared/doc/index.ts';
import { SEED_PROGRAMMES, seedProgrammeById } from '../../shared/seed/programmes.ts';
import { NOT_FOUND_DOCUMENT } from '../../server/http/api-routes.ts';
import { NOT_BUILT_MESSAGE } from '../../server/http/static-client.ts';
import type { MemoryStore } from '../../server/persistence/memory-store.ts';
import type { RoomRegistry } from '../../server/sync/room-registry.ts';
import type { TestApp } from '../helpers/test-app.ts';
import { closeSeededTestApp, seededTestApp } from '../helpers/test-seeded-app.ts';

describe('HTTP API', () => {
  let store: MemoryStore;
  let registry: RoomRegistry;
  let staticDir: string;
  let testApp: TestApp;

  beforeEach(async () => {
    ({ store, registry, staticDir, app: testApp } = await seededTestApp());
  });

  afterEach(() => closeSeededTestApp({ store, registry, app: testApp, staticDir }));

  // Signed in as a beheerder of every programme; the sign-in rules themselves: auth-*.test.ts.
  const app = () => testApp;

  it('GET /api/health', async () => {
    const response = await app().request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', documents: 3, rooms: 0, connections: 0 });
  });

  it('GET /api/documents lists every programme with its counts and who is connected', async () => {
    const response = await app().request('/api/documents');
    expect(response.status).toBe(200);
    const body = (await response.json()) as Array<Record<string, unknown>>;
    // Expected counts straight from the source files, not from the server's own reading.
    const expected = [...SEED_PROGRAMMES]
      .sort((x, y) => x.id.localeCompare(y.id))
      .map((p) => ({
        kind: 'programme',
        id: p.id,
        name: p.name,
        municipality: p.municipality,
        period: p.period,
        archived: false,
        counts: {
          goals: p.goals.length,
          goalIndicators: p.goals.reduce((n, g) => n + g.indicators.length, 0),
          subGoals: p.goals.reduce((n, g) => n + g.subGoals.length, 0),
          results: p.goals.reduce((n, g) => n + g.subGoals.reduce((m, s) => m + s.results.length, 0), 0),
          resultIndicators: p.goals.reduce(
            (n, g) => n + g.subGoals.reduce((m, s) => m + s.results.reduce((k, r) => k + r.indicators.length, 0), 0),
            0,
          ),
          activities: p.goals.reduce(
            (n, g) =>
              n + g.subGoals.reduce((m, s) => m + s.activities.length + s.results.reduce((k, r) => k + r.activities.length, 0), 0),
            0,
          ),
          // Rows without a place (tests/server/sync-orphans.test.ts makes some): none in the seed.
          orphans: 0,
        },
        // How far the indicators are (tests/server/document-summary.test.ts checks the counting).
        indicatorStatus: expect.objectContaining({ total: p.goals.reduce((n, g) => n + g.indicators.length, 0) }),
        // Seeding records no history: nobody has changed anything yet.
        lastChange: null,
        connected: 0,
      }));
    expect(body).toEqual(expected);
  });

  it('GET /api/documents/:id returns the programme as plain data, with edits from storage', async () => {
    const seeded = new Y.Doc();
    seedProgramme(seeded, seedProgrammeById('gezond-samenleven')!);
    const first = (await (await app().request('/api/documents/gezond-samenleven')).json()) as unknown;
    expect(first).toEqual(readProgramme(seeded));

    // An edit that reached the store (the room is not loaded) shows up at once.
    const editor = new Y.Doc();
    for (const update of store.load('gezond-samenleven')) Y.applyUpdate(editor, update);
    editor.on('update', (u: Uint8Array) => store.append('gezond-samenleven', u));
    setField(editor, 'goal', 'g1', 'title', 'Gewijzigd in de opslag', userOrigin('x'));
    const second = (await (await app().request('/api/documents/gezond-samenleven')).json()) as { goals: Array<{ title: string }> };
    expect(second.goals[0]!.title).toBe('Gewijzigd in de opslag');
  });

  it('unknown documents and routes answer 404 with a Dutch message', async () => {
    const missing = await app().request('/api/documents/bestaat-niet');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: NOT_FOUND_DOCUMENT });
    const route = await app().request('/api/onbekend');
    expect(route.status).toBe(404);
    expect(await route.json()).toEqual({ error: expect.stringMatching(/bestaat niet/) });
  });

  it('/sync without a WebSocket upgrade answers 426', async () => {
    const response = await app().request('/sync/bestaanszekerheid');
    expect(response.status).toBe(426);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/WebSocket/) });
  });

  it('says how to build the client when dist/client is empty', async () => {
    const response = await app().request('/');
    expect(response.status).toBe(503);
    expect(await response.text()).toBe(NOT_BUILT_MESSAGE);
  });

  it('serves the built client, with index.html for client routes and 404 for missing assets', async () => {
    await mkdir(join(staticDir, 'assets'));
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Koers</title>');
    await writeFile(join(staticDir, 'assets', 'app-123.js'), 'console.log("koers")');

    const index = await app().request('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(await index.text()).toContain('<title>Koers</title>');

    const asset = await app().request('/assets/app-123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);

    const route = await app().request('/programma/bestaanszekerheid');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Koers</title>');

    expect((await app().request('/assets/weg-456.js')).status).toBe(404);
  });
});
