/**
 * GET /api/documents/:id/validation through app.request(): the real app, the real seeded store
 * and the real engine. Edits and acknowledgements reach the store as Yjs updates, the way a
 * browser's would.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { acknowledgeFinding, setField, userOrigin } from '../../shared/doc/index.ts';
import { findingFingerprint, type AcknowledgedFinding } from '../../shared/validation/index.ts';
import { NOT_FOUND_DOCUMENT } from '../../server/http/api-routes.ts';
import { validationRoutes, type ValidationReport } from '../../server/http/validation-routes.ts';
import { isoDate } from '../../shared/text/dutch.ts';
import type { MemoryStore } from '../../server/persistence/memory-store.ts';
import type { RoomRegistry } from '../../server/sync/room-registry.ts';
import { asPrincipal, type TestApp } from '../helpers/test-app.ts';
import { closeSeededTestApp, seededTestApp } from '../helpers/test-seeded-app.ts';

const anna = userOrigin('anna', 'Anna de Vries');

describe('GET /api/documents/:id/validation', () => {
  let store: MemoryStore;
  let registry: RoomRegistry;
  let staticDir: string;
  let app: TestApp;

  beforeEach(async () => {
    ({ store, registry, staticDir, app } = await seededTestApp());
  });

  afterEach(() => closeSeededTestApp({ store, registry, app, staticDir }));

  async function report(id: string): Promise<ValidationReport> {
    const response = await app.request(`/api/documents/${id}/validation`);
    expect(response.status).toBe(200);
    return (await response.json()) as ValidationReport;
  }

  /** A Y.Doc replica whose updates go to the store, like a browser tab writing through the server. */
  function replica(id: string): Y.Doc {
    const doc = new Y.Doc();
    for (const update of store.load(id)) Y.applyUpdate(doc, update);
    doc.on('update', (u: Uint8Array) => store.append(id, u));
    return doc;
  }

  function byKey(findings: AcknowledgedFinding[], key: string): AcknowledgedFinding | undefined {
    return findings.find((f) => f.key === key);
  }

  it('reports the V13 warning the council document really has: Volwassenen 75% -> 72% under "Meer inwoners ..."', async () => {
    // The days before and after the request: a run across midnight still names a day it ran on.
    const dayBefore = isoDate(new Date());
    const body = await report('gezond-samenleven');
    const dayAfter = isoDate(new Date());
    const v13 = byKey(body.findings, 'V13|g1-i2|target');
    expect(v13).toMatchObject({ ruleId: 'V13', severity: 'warning', entityKind: 'goalIndicator', field: 'target' });
    expect(v13!.message).toContain('Meer inwoners ervaren de eigen gezondheid als goed');
    expect(v13!.message).toContain('Volwassenen van 75% naar 72%');
    expect(v13!.acknowledgement).toBeUndefined();
    expect(body.documentId).toBe('gezond-samenleven');
    expect([dayBefore, dayAfter]).toContain(body.today);
  });

  it('counts per severity match the findings, and every finding has a Dutch message and a stable key', async () => {
    const body = await report('bestaanszekerheid');
    const counted = { error: 0, warning: 0, info: 0 };
    for (const f of body.findings) counted[f.severity]++;
    expect(body.counts).toEqual({ ...counted, acknowledged: 0 });
    expect(body.counts.error).toBeGreaterThan(0);
    expect(body.counts.warning).toBeGreaterThan(0);
    for (const f of body.findings) {
      expect(f.key).toBe(`${f.ruleId}|${f.entityId}|${f.field ?? ''}`);
      expect(f.message.length).toBeGreaterThan(20);
    }
    expect(body.acknowledgements).toEqual([]);
  });

  it('runs over the live document: an edit that reached the store changes the findings at once', async () => {
    expect(byKey((await report('gezond-samenleven')).findings, 'V13|g1-i1|target')).toBeUndefined();
    // "Meer inwoners halen de beweegnorm", yet the target asks for at most 10% (the nulmeting is 43,9%).
    setField(replica('gezond-samenleven'), 'goalIndicator', 'g1-i1', 'target', 'maximaal 10%', anna);
    const after = byKey((await report('gezond-samenleven')).findings, 'V13|g1-i1|target');
    expect(after?.severity).toBe('warning');
    expect(after?.message).toContain('Meer inwoners halen de beweegnorm');
  });

  it('passes today to the engine: a nulmeting planned for 2025 is overdue only once 2025 is over', async () => {
    // The route file on its own with a fixed clock; the same registry and engine as the app uses.
    const at = async (iso: string) => {
      const routes = asPrincipal(app.adminPrincipal, validationRoutes({ registry, store, auth: app.auth, now: () => new Date(`${iso}T12:00:00`) }));
      const response = await routes.request('/documents/kansengelijkheid/validation');
      return (await response.json()) as ValidationReport;
    };
    const before = await at('2025-06-01');
    const after = await at('2026-06-01');
    expect(before.today).toBe('2025-06-01');
    expect(before.findings.filter((f) => f.ruleId === 'V10')).toEqual([]);
    expect(after.findings.filter((f) => f.ruleId === 'V10').map((f) => f.key)).toEqual(
      expect.arrayContaining(['V10|g1-i1|baseline', 'V10|g2-i2|baseline']),
    );
  });

  it('attaches acknowledgements to warnings, marks stale and rejected ones', async () => {
    const first = await report('gezond-samenleven');
    const warning = byKey(first.findings, 'V13|g1-i2|target')!;
    const error = first.findings.find((f) => f.severity === 'error')!;
    const doc = replica('gezond-samenleven');
    const at = '2026-05-04T10:15:00.000Z';
    acknowledgeFinding(
      doc,
      { key: warning.key, reason: 'Volwassenen: bewuste keuze na de werksessie', by: 'anna', byName: 'Anna de Vries', at, fingerprint: findingFingerprint(warning) },
      anna,
    );
    acknowledgeFinding(doc, { key: error.key, reason: 'Poging om een fout weg te klikken', by: 'anna', byName: 'Anna de Vries', at }, anna);
    acknowledgeFinding(doc, { key: 'V13|bestaat-niet|target', reason: 'Oude erkenning', by: 'bram', byName: 'Bram Jansen', at }, anna);

    const body = await report('gezond-samenleven');
    expect(byKey(body.findings, warning.key)!.acknowledgement).toMatchObject({
      key: warning.key,
      reason: 'Volwassenen: bewuste keuze na de werksessie',
      by: 'anna',
      byName: 'Anna de Vries',
      at,
    });
    // Errors have to be solved: the acknowledgement is refused and the error stays open.
    expect(byKey(body.findings, error.key)!.acknowledgement).toBeUndefined();
    expect(body.counts.acknowledged).toBe(1);
    expect(body.counts.warning).toBe(first.counts.warning);
    const status = Object.fromEntries(body.acknowledgements.map((a) => [a.key, a.status]));
    expect(status).toEqual({ [warning.key]: 'applied', [error.key]: 'rejected', 'V13|bestaat-niet|target': 'stale' });
  });

  it('an acknowledgement lapses when the warning changes, and the warning shows again', async () => {
    const doc = replica('gezond-samenleven');
    setField(doc, 'goalIndicator', 'g1-i1', 'target', 'maximaal 10%', anna);
    const warning = byKey((await report('gezond-samenleven')).findings, 'V13|g1-i1|target')!;
    acknowledgeFinding(
      doc,
      { key: warning.key, reason: 'Klopt zo', by: 'anna', byName: 'Anna de Vries', at: '2026-05-04T10:15:00.000Z', fingerprint: findingFingerprint(warning) },
      anna,
    );
    expect(byKey((await report('gezond-samenleven')).findings, warning.key)!.acknowledgement?.reason).toBe('Klopt zo');

    setField(doc, 'goalIndicator', 'g1-i1', 'target', 'maximaal 20%', anna);
    const body = await report('gezond-samenleven');
    expect(byKey(body.findings, warning.key)!.acknowledgement).toBeUndefined();
    expect(body.acknowledgements.find((a) => a.key === warning.key)?.status).toBe('stale');
  });

  it('answers 404 with a Dutch message for an unknown programme', async () => {
    const response = await app.request('/api/documents/bestaat-niet/validation');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: NOT_FOUND_DOCUMENT });
  });
});

describe('GET /api/documents/:id/validation with the other programmes as context', () => {
  it('reports cross-programme findings (V25 delegated indicator, V26 effect links, V36 priorities)', async () => {
    const { store, registry, app } = await seededTestApp({ staticDir: '/nonexistent' });
    try {
      const routes = asPrincipal(app.adminPrincipal, validationRoutes({ registry, store, auth: app.auth }));
      const report = (await (await routes.request('/documents/kansengelijkheid/validation')).json()) as ValidationReport;
      const rules = new Set(report.findings.map((f) => f.ruleId));
      expect(rules.has('V25')).toBe(true);
      expect(rules.has('V26')).toBe(true);
      expect(rules.has('V36')).toBe(true);
    } finally {
      await closeSeededTestApp({ store, registry, app });
    }
  });
});
