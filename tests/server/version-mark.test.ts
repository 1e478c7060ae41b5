/**
 * A version frozen by one person reaches every open page at once, as a mark in the programme's
 * doc written by the server; no client may write that mark itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVersionMark } from '../../shared/doc/index.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const DOC = 'bestaanszekerheid';
const POLL = { timeout: 15_000, interval: 20 };
let s: TestServer;

beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.dispose());

describe('the version mark', () => {
  it('reaches every open page when a version is frozen, and is kept with the programme', async () => {
    const [a, b] = [s.connect(DOC), s.connect(DOC)];
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    expect(readVersionMark(b.doc)).toBeNull();
    const response = await s.api(`/api/documents/${DOC}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Concept voor de ASD', status: 'concept', date: '2025-02-13' }),
    });
    expect(response.status).toBe(201);
    const version = (await response.json()) as { id: string; createdAt: string };
    for (const client of [a, b]) await expect.poll(() => readVersionMark(client.doc)?.id, POLL).toBe(version.id);
    expect(readVersionMark(b.doc)).toEqual({ id: version.id, at: version.createdAt });
    // Nothing in the table changed: the version holds what the programme held.
    const frozen = (await (await s.api(`/api/documents/${DOC}/versions/${version.id}`)).json()) as unknown;
    expect(frozen).toEqual(await s.fetchProgramme(DOC));
    a.destroy();
    b.destroy();
  });

  it('cannot be written by a client: the update is refused with 4422 and not stored', async () => {
    const forger = s.connect(DOC, { maxBackoffTime: 200 });
    await forger.whenSynced();
    const before = s.registry.readDocument(DOC, readVersionMark);
    forger.doc.getMap('meta').set('lastVersion', { id: 'vals', at: '2025-01-01T00:00:00Z' });
    await expect.poll(() => forger.terminal?.code, POLL).toBe(CLOSE.updateRejected.code);
    expect(s.registry.readDocument(DOC, readVersionMark)).toEqual(before);
    forger.destroy();
  });
});
