/**
 * Monitoring (issue 13): the three Dronten programmes with 10 years of quarterly measurements for
 * every indicator (goal and result indicators), as officers would enter them: one row each, in
 * the programme's Y.Doc. Run alone: BENCH_ONLY=monitoring npm run bench
 *
 *   full progress        every indicator of all three programmes from scratch (a new ProgressTracker)
 *   one new measurement  addRow of one measurement, then tracker.update() with the touched ids
 *                        (readProgramme, which the page does once per burst for every feature, apart)
 *   dashboard data       counts per goal and the due lists of one programme (dueItems), not the DOM
 *   voortgang docx       the voortgangsrapportage of one programme, charts drawn in a warm Chromium
 *   storage              the programme's Y.Doc state (what the store compacts to) before and after
 *
 * Targets: full < 20 ms, one measurement < 2 ms, docx < 1 s, storage < 1 MB per programme.
 */
import * as Y from 'yjs';
import { addRow, addRows, observeProgramme, readProgramme, seedProgramme, userOrigin } from '../shared/doc/index.ts';
import type { Programme } from '../shared/model/types.ts';
import { SEED_PROGRAMMES } from '../shared/seed/programmes.ts';
import { dueItems, indicatorPlaces, ProgressTracker, computeProgrammeProgress } from '../shared/monitoring/index.ts';
import { exportSnapshot } from '../server/export/index.ts';
import { PdfRenderer } from '../server/export/pdf-renderer.ts';
import { createLogger } from '../server/log.ts';
import type { ExportSnapshot } from '../server/export/snapshot.ts';
import { fmt, markdownTable, summarise } from './stats.ts';
import { seededRandom } from './seeded-random.ts';

const YEARS = 10;
const FIRST_YEAR = 2019;

function measure(runs: number, warmup: number, fn: () => void): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

function measured(seedIndex: number): { doc: Y.Doc; before: number; after: number; rows: number } {
  const doc = new Y.Doc();
  seedProgramme(doc, SEED_PROGRAMMES[seedIndex]!);
  const before = Y.encodeStateAsUpdate(doc).byteLength;
  const random = seededRandom(seedIndex + 1);
  const origin = userOrigin('bench', 'Bench');
  const places = indicatorPlaces(readProgramme(doc));
  const rows = places.flatMap((place) => {
    let value = 40 + random() * 20;
    return Array.from({ length: YEARS * 4 }, (_, i) => {
      value += (random() - 0.45) * 2;
      const period = `${FIRST_YEAR + Math.floor(i / 4)}-Q${(i % 4) + 1}`;
      return { parentId: place.id, fields: { period, value: Math.round(value * 10) / 10, valueStatus: i % 4 === 3 ? 'final' : 'provisional', source: 'Monitor Sociaal Domein' } };
    });
  });
  // One transaction per indicator, as an import or a session of typing would store them.
  for (const place of places) addRows(doc, 'measurement', rows.filter((r) => r.parentId === place.id), origin);
  return { doc, before, after: Y.encodeStateAsUpdate(doc).byteLength, rows: rows.length };
}

export async function runMonitoringBench(): Promise<{ table: string }> {
  const built = SEED_PROGRAMMES.map((_, i) => measured(i));
  const programmes: Programme[] = built.map((b) => readProgramme(b.doc));
  const indicators = programmes.reduce((n, p) => n + indicatorPlaces(p).length, 0);

  const full = measure(100, 10, () => {
    for (const p of programmes) new ProgressTracker().compute(p);
  });

  const doc = built[0]!.doc;
  const tracker = new ProgressTracker();
  tracker.compute(readProgramme(doc));
  let changed = new Set<string>();
  observeProgramme(doc, (change) => (changed = change.rowIds));
  const origin = userOrigin('bench', 'Bench');
  const target = indicatorPlaces(programmes[0]!)[0]!.id;
  const one: number[] = [];
  const read: number[] = [];
  for (let i = 0; i < 230; i++) {
    addRow(doc, 'measurement', target, origin, { fields: { period: `${2030 + i}`, value: 50 + (i % 7) } });
    const r0 = performance.now();
    const programme = readProgramme(doc);
    const r1 = performance.now();
    tracker.update(programme, changed);
    const r2 = performance.now();
    if (i >= 30) {
      read.push(r1 - r0);
      one.push(r2 - r1);
    }
  }

  const progress = computeProgrammeProgress(programmes[0]!);
  const dashboard = measure(100, 10, () => dueItems(programmes[0]!, progress, '2029-02-01'));

  const pdf = new PdfRenderer(createLogger('silent'));
  const snapshot: ExportSnapshot = {
    title: programmes[0]!.name,
    programmes: [programmes[0]!],
    acknowledgements: {},
    combined: false,
    version: { versionId: null, name: 'Huidige versie', status: 'werkversie (niet vastgesteld)', date: '2029-02-01', documentNumber: '' },
    exportedAt: new Date().toISOString(),
  };
  let bytes = 0;
  const docx: number[] = [];
  try {
    for (let i = 0; i < 8; i++) {
      const t0 = performance.now();
      const file = await exportSnapshot(snapshot, 'docx', { pdf }, 'voortgang');
      if (i >= 2) docx.push(performance.now() - t0);
      bytes = file.body.byteLength;
    }
  } finally {
    await pdf.close();
  }

  const row = (name: string, samples: number[], target: string, limit: number) => {
    const s = summarise(samples);
    return [name, fmt(s.p50, 2), fmt(s.p95, 2), target, s.p95 < limit ? 'met' : s.p50 < limit ? 'median met, p95 not' : 'NOT met'];
  };
  const kb = (n: number) => `${fmt(n / 1024, 0)} KB`;
  const timing = markdownTable(
    ['case', 'p50 ms', 'p95 ms', 'target', 'verdict'],
    [
      row(`full progress, 3 programmes (${indicators} indicators)`, full, '< 20 ms', 20),
      row('one new measurement (tracker.update)', one, '< 2 ms', 2),
      row('(readProgramme of that doc, apart)', read, '-', Infinity),
      row('dashboard data: dueItems of one programme', dashboard, '-', Infinity),
      row(`voortgang docx, ${SEED_PROGRAMMES[0]!.name} (${kb(bytes)})`, docx, '< 1000 ms', 1000),
    ],
  );
  const storage = markdownTable(
    ['programme', 'measurements', 'Y.Doc state before', 'after', 'target', 'verdict'],
    built.map((b, i) => [SEED_PROGRAMMES[i]!.name, String(b.rows), kb(b.before), kb(b.after), '< 1024 KB', b.after < 1024 * 1024 ? 'met' : 'NOT met']),
  );
  return { table: `${YEARS} years of quarterly measurements for every indicator; wall time, so other load on the machine shows in p95.\n\n${timing}\n\n${storage}` };
}

