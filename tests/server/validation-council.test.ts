/**
 * V37 on the server: after a raad-vastgesteld version, GET /api/documents/:id/validation reports a
 * council-owned field changed without a change request, and no longer once one answers it, the
 * same as the browser's live validation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addChangeRequest, setField, userOrigin } from '../../shared/doc/index.ts';
import type { Finding } from '../../shared/validation/index.ts';
import { TEST_ADMIN } from '../helpers/test-app.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const DOC = 'gezond-samenleven';
const POLL = { timeout: 15_000, interval: 20 };
let s: TestServer;

beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.dispose());

async function v37Keys(): Promise<string[]> {
  const report = (await (await s.api(`/api/documents/${DOC}/validation`)).json()) as { findings: Finding[] };
  return report.findings.filter((f) => f.ruleId === 'V37').map((f) => f.key);
}

async function takeVersion(status: string): Promise<string> {
  const response = await s.api(`/api/documents/${DOC}/versions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: `Versie ${status}`, status, date: '2024-09-26', documentNumber: 'RB-2024-77' }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe('V37 in the server validation', () => {
  it('is silent before adoption, an error after a change without request, silent again once a request answers it', async () => {
    const editor = s.connect(DOC);
    await editor.whenSynced();
    await takeVersion('concept');
    setField(editor.doc, 'goal', 'g1', 'title', 'Gewijzigd na het concept', userOrigin('anna'));
    await expect.poll(() => s.programme(DOC)!.goals[0]!.title, POLL).toBe('Gewijzigd na het concept');
    expect(await v37Keys()).toEqual([]);

    const adopted = await takeVersion('raad-vastgesteld');
    setField(editor.doc, 'goal', 'g1', 'title', 'Gewijzigd na de raad', userOrigin('anna'));
    await expect.poll(() => s.programme(DOC)!.goals[0]!.title, POLL).toBe('Gewijzigd na de raad');
    expect(await v37Keys()).toEqual(['V37|g1|title']);

    addChangeRequest(
      editor.doc,
      {
        targetKind: 'goal',
        targetId: 'g1',
        field: 'title',
        oldValue: 'Gewijzigd na het concept',
        newValue: 'Gewijzigd na de raad',
        reason: 'Aangescherpt na de werkateliers',
        decisionMoment: 'perspectiefnota',
        versionId: adopted,
        // The server checks that a note names its real author (the beheerder's socket here).
        authorId: ((await (await s.api('/api/auth/me')).json()) as { id: string }).id,
        authorName: TEST_ADMIN.name,
        at: '2025-03-01T10:00:00Z',
      },
      userOrigin('anna'),
    );
    await expect.poll(v37Keys, POLL).toEqual([]);
    editor.destroy();
  });
});
