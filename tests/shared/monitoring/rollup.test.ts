/**
 * Measurements as rows of the programme's Y.Doc, and progress over a whole programme: the
 * guard takes a colleague's measurement, readProgramme nests it under its indicator, the
 * roll-up counts per goal and per result, and the tracker recomputes only what a change touched.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addRow, checkUpdate, deleteRow, readProgramme, seedProgramme, setField, userOrigin } from '../../../shared/doc/index.ts';
import { metaMap } from '../../../shared/doc/layout.ts';
import { computeProgrammeProgress, ProgressTracker, emptyCounts, indicatorPlaces } from '../../../shared/monitoring/index.ts';
import { seedProgrammeById } from '../../../shared/seed/programmes.ts';

const alice = userOrigin('alice', 'Alice');

function seeded(id = 'bestaanszekerheid'): Y.Doc {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById(id)!);
  return doc;
}

function measure(doc: Y.Doc, indicatorId: string, period: string, value: number | null, fields: Record<string, string | number | null> = {}): string {
  return addRow(doc, 'measurement', indicatorId, alice, { fields: { period, value, ...fields } });
}

describe('measurements in the programme document', () => {
  it('hang under goal and result indicators, read in order, and pass the guard as a colleague’s update', () => {
    const server = seeded();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const updates: Uint8Array[] = [];
    client.on('update', (u: Uint8Array) => updates.push(u));
    measure(client, 'g3-i1', '2025', 68.6, { valueStatus: 'final', source: 'Monitor Sociaal Domein' });
    measure(client, 'g1-s1-r1-i1', '2025-Q1', 12);
    for (const u of updates) {
      expect(checkUpdate(server, u)).toBeNull();
      Y.applyUpdate(server, u);
    }
    const p = readProgramme(server);
    const ind = p.goals[2]!.indicators[0]!;
    expect(ind.measurements).toEqual([expect.objectContaining({ period: '2025', value: 68.6, valueStatus: 'final', source: 'Monitor Sociaal Domein', assessment: null, note: '' })]);
    expect(p.goals[0]!.subGoals[0]!.results[0]!.indicators[0]!.measurements).toHaveLength(1);
    expect(p.orphans).toEqual([]);
  });

  it('refuses a measurement under a goal, a value that is no number, and an unknown assessment', () => {
    const doc = seeded();
    expect(() => addRow(doc, 'measurement', 'g1', alice, { fields: { period: '2025' } })).toThrow();
    const id = measure(doc, 'g3-i1', '2025', 1);
    expect(() => setField(doc, 'measurement', id, 'value', '68,6', alice)).toThrow('Verwacht een getal.');
    expect(() => setField(doc, 'measurement', id, 'assessment', 'prima', alice)).toThrow('Ongeldige keuze.');
  });

  it('go with their indicator when it is deleted', () => {
    const doc = seeded();
    measure(doc, 'g3-i1', '2025', 68.6);
    deleteRow(doc, 'goalIndicator', 'g3-i1', alice);
    const p = readProgramme(doc);
    expect(p.orphans).toEqual([]);
    expect(p.goals[2]!.indicators.map((i) => i.id)).not.toContain('g3-i1');
  });
});

describe('roll-up', () => {
  it('counts per goal and per result, never averages', () => {
    const doc = seeded();
    measure(doc, 'g3-i1', '2025', 68.6); // op koers
    measure(doc, 'g3-i4', '2025', 14); // maximaal 10% from 12%: achter
    const p = computeProgrammeProgress(readProgramme(doc));
    const goal3 = p.goals.find((g) => g.code === '3')!;
    expect(goal3.counts).toEqual({ ...emptyCounts(), 'on-track': 1, behind: 1, unknown: goal3.counts.unknown });
    expect(goal3.counts.unknown).toBe(readProgramme(doc).goals[2]!.indicators.length - 2);
    const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    const resultIndicators = readProgramme(doc).goals[2]!.subGoals.flatMap((s) => s.results.flatMap((r) => r.indicators)).length;
    expect(total(goal3.resultCounts)).toBe(resultIndicators);
    expect(goal3.results.map((r) => total(r.counts)).reduce((a, b) => a + b, 0)).toBe(resultIndicators);
    expect(p.indicators.find((i) => i.indicatorId === 'g3-i1')).toMatchObject({ code: '3-I1', status: 'on-track', goalId: 'g3', resultId: null });
  });

  it('names indicators by their place: goal code or result code, then I and the number', () => {
    const places = indicatorPlaces(readProgramme(seeded()));
    expect(places.slice(0, 2).map((p) => p.code)).toEqual(['1-I1', '1-I2']);
    expect(places.find((p) => p.id === 'g1-s1-r1-i2')?.code).toBe('1.1-I2');
    expect(new Set(places.map((p) => p.code)).size).toBe(places.length);
  });
});

describe('the tracker recomputes only what changed', () => {
  it('one new measurement computes one indicator again; a deleted one its own indicator', () => {
    const doc = seeded();
    for (const id of ['g3-i1', 'g2-i1', 'g1-i1']) measure(doc, id, '2024', 70);
    const tracker = new ProgressTracker();
    const first = tracker.compute(readProgramme(doc));
    const everything = tracker.computed;
    expect(everything).toBe(first.indicators.length);

    const added = measure(doc, 'g3-i1', '2025', 64);
    const after = tracker.update(readProgramme(doc), [added]);
    expect(tracker.computed - everything).toBe(1);
    expect(after.indicators.find((i) => i.indicatorId === 'g3-i1')!.status).toBe('behind');
    expect(after).toEqual(computeProgrammeProgress(readProgramme(doc)));

    deleteRow(doc, 'measurement', added, alice);
    const removed = tracker.update(readProgramme(doc), [added]);
    expect(tracker.computed - everything).toBe(2);
    expect(removed.indicators.find((i) => i.indicatorId === 'g3-i1')!.latest?.period.key).toBe('2024');
    expect(removed).toEqual(computeProgrammeProgress(readProgramme(doc)));
  });

  it('an edited target recomputes its indicator; a changed programme period everything', () => {
    const doc = seeded();
    measure(doc, 'g3-i1', '2025', 68.6);
    const tracker = new ProgressTracker();
    tracker.compute(readProgramme(doc));
    const base = tracker.computed;
    setField(doc, 'goalIndicator', 'g3-i1', 'targetValue', 80, alice);
    const next = tracker.update(readProgramme(doc), ['g3-i1']);
    expect(tracker.computed - base).toBe(1);
    expect(next.indicators.find((i) => i.indicatorId === 'g3-i1')!.status).toBe('behind');

    doc.transact(() => metaMap(doc).set('period', '2025-2030'), alice);
    const all = tracker.update(readProgramme(doc), []);
    expect(tracker.computed - base).toBe(1 + all.indicators.length);
    expect(all).toEqual(computeProgrammeProgress(readProgramme(doc)));
  });
});
