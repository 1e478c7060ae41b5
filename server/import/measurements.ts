/**
 * Import of measurements (issue 13): a CSV or xlsx with the columns of the Metingen sheet (the
 * template Koers gives: one line per indicator code, period, value, ...), in the same two steps
 * as the table import. The file is read by the table import's reader (readImport); this plans
 * only its measurement rows against the programme and never deletes anything:
 *
 * - the indicator: by Indicator-id, else by Indicatorcode ("1-I2", "1.1-I2");
 * - the measurement: by Meting-id, else by what makes one truth (indicator, period, scope,
 *   subgroup, source): the same five update the measurement Koers holds, new ones are added;
 * - per row a finding for what is wrong: no indicator, no period Koers can read, no value and no
 *   assessment, an assessment without its explanation, a response rate outside 0-100, the same
 *   measurement twice in the file.
 *
 * Apply plans again against the state of that moment and writes everything as one change
 * through the room (stored, relayed, recorded under the importer), or nothing.
 */
import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import { addRows, readProgramme, setField, type EditOrigin, type NewRow } from '../../shared/doc/index.ts';
import type { FieldValue } from '../../shared/model/entities.ts';
import type { Measurement, Programme, Scope } from '../../shared/model/types.ts';
import { indicatorPlaces, parsePeriod, truthKey } from '../../shared/monitoring/index.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { finding, hasErrors, type ImportFinding } from './findings.ts';
import { MAX_FINDINGS } from './limits.ts';
import type { ReadImport } from './index.ts';
import type { ImportRecord } from './records.ts';

type RowAction = 'add' | 'update' | 'unchanged';

interface PlannedMeasurement {
  sheet: string;
  row: number;
  action: RowAction;
  /** The measurement's id (a new one: the id it will get). */
  id: string;
  indicatorId: string;
  indicatorCode: string;
  /** The period as Koers stores it ("2025-Q3"). */
  period: string;
  changes: { field: string; column: string; from: FieldValue; to: FieldValue }[];
}

export interface MeasurementImportReport {
  format: 'xlsx' | 'csv' | null;
  rows: PlannedMeasurement[];
  findings: ImportFinding[];
  summary: { add: number; update: number; unchanged: number; skipped: number };
  ok: boolean;
  applied: boolean;
}

interface Plan {
  rows: PlannedMeasurement[];
  findings: ImportFinding[];
  skipped: number;
  updates: { id: string; fields: Record<string, FieldValue> }[];
  adds: NewRow[];
}

interface Held {
  measurement: Measurement;
  indicatorId: string;
}

function place(where: { sheet: string; row: number; column?: string; columnIndex?: number }) {
  return { sheet: where.sheet, row: where.row, column: where.column ?? null, columnIndex: where.columnIndex || null };
}

function planMeasurements(records: readonly ImportRecord[], programme: Programme, newId: () => string = randomUUID): Plan {
  const findings: ImportFinding[] = [];
  const rows: PlannedMeasurement[] = [];
  const updates: Plan['updates'] = [];
  const adds: NewRow[] = [];
  const places = indicatorPlaces(programme);
  const byId = new Map(places.map((p) => [p.id, p]));
  const byCode = new Map<string, typeof places>();
  for (const p of places) byCode.set(p.code.replace(/\s+/g, '').toUpperCase(), [...(byCode.get(p.code.replace(/\s+/g, '').toUpperCase()) ?? []), p]);
  const held = new Map<string, Held>();
  const byTruth = new Map<string, Held[]>();
  for (const p of places) {
    for (const m of p.indicator.measurements) {
      const entry = { measurement: m, indicatorId: p.id };
      held.set(m.id, entry);
      const period = parsePeriod(m.period);
      if (!period) continue;
      const key = truthKey(p.id, period.key, m.scope, m.subgroup, m.source);
      byTruth.set(key, [...(byTruth.get(key) ?? []), entry]);
    }
  }
  const inFile = new Map<string, ImportRecord>();
  let skipped = 0;
  const otherProgrammes = new Map<string, number>();
  const thisProgramme = (name: string) => [programme.name.trim().toLowerCase(), programme.id.toLowerCase()].includes(name.trim().toLowerCase());

  for (const record of records) {
    if (record.kind !== 'measurement') continue;
    if (record.programme && !thisProgramme(record.programme)) {
      skipped++;
      otherProgrammes.set(record.sheet, (otherProgrammes.get(record.sheet) ?? 0) + 1);
      continue;
    }
    const error = (text: string, cell?: { sheet: string; row: number; column?: string; columnIndex?: number } | null) =>
      findings.push(finding('error', place(cell ?? record), text));
    const before = findings.length;

    // The indicator.
    const ref = record.parent;
    let indicator = ref?.id ? byId.get(ref.id) : undefined;
    if (ref?.id && !indicator) error(`"${ref.id.slice(0, 60)}" is geen indicator van dit programma. Laat het indicator-id leeg en vul de indicatorcode in, of neem het id over uit een export.`, ref.cell);
    if (!ref?.id && ref?.code) {
      const found = byCode.get(ref.code.replace(/\s+/g, '').toUpperCase()) ?? [];
      if (found.length === 1) indicator = found[0];
      else error(found.length === 0 ? `er is geen indicator met code "${ref.code.slice(0, 40)}". Codes staan in het sjabloon (bijvoorbeeld 1-I2 of 1.1-I2).` : `${found.length} indicatoren hebben de code "${ref.code}"; vul het indicator-id in.`, ref.cell);
    }
    if (!ref?.id && !ref?.code) error('bij een meting hoort een indicator: vul de indicatorcode (bijvoorbeeld 1-I2) of het indicator-id in.');
    if (ref?.id && ref.code && indicator && ref.code.replace(/\s+/g, '').toUpperCase() !== indicator.code.toUpperCase()) {
      findings.push(finding('warning', place(ref.cell ?? record), `code "${ref.code}" hoort niet bij dit indicator-id (dat is ${indicator.code}); Koers volgt het id.`));
    }

    // The values.
    const cell = (field: string) => record.fields.get(field);
    const value = (field: string) => cell(field)?.value ?? null;
    const periodCell = cell('period');
    const periodText = typeof periodCell?.value === 'string' ? periodCell.value.trim() : '';
    const period = parsePeriod(periodText);
    if (!periodText) error('de periode ontbreekt. Vul bijvoorbeeld 2025, 2025-Q3, 2025-10 of 2024-01-01/2024-06-30 in.', periodCell);
    else if (!period) error(`"${periodText.slice(0, 60)}" is geen periode die Koers kan lezen. Schrijf bijvoorbeeld 2025, 2025-Q3, 2025-10 of 2024-01-01/2024-06-30.`, periodCell);
    if (value('value') === null && value('assessment') === null && record.fields.has('value')) error('er is geen waarde: vul een waarde in, of een oordeel met toelichting.', cell('value'));
    if (value('value') === null && !record.fields.has('value') && value('assessment') === null) error('het bestand heeft geen kolom Waarde en deze rij geen oordeel.');
    if (value('assessment') !== null && String(value('assessmentNote') ?? '').trim() === '') {
      error('bij een eigen oordeel hoort een toelichting (kolom "Toelichting oordeel").', cell('assessment'));
    }
    const rate = value('responseRate');
    if (typeof rate === 'number' && (rate < 0 || rate > 100)) error(`een respons van ${String(rate).replace('.', ',')}% kan niet; vul een percentage tussen 0 en 100 in.`, cell('responseRate'));
    const n = value('sampleSize');
    if (typeof n === 'number' && n < 0) error('het aantal waarnemingen kan niet negatief zijn.', cell('sampleSize'));
    if (findings.length > before || !indicator || !period) continue;

    const fields: Record<string, FieldValue> = Object.fromEntries([...record.fields].map(([f, c]) => [f, c.value]));
    fields.period = period.key;
    const truth = truthKey(indicator.id, period.key, (fields.scope as Scope | null | undefined) ?? null, String(fields.subgroup ?? ''), String(fields.source ?? ''));
    const twin = inFile.get(truth);
    if (twin) {
      error(`deze meting staat al op rij ${twin.row} (zelfde indicator, periode, schaal, subgroep en bron). Laat één rij over, of geef ze een andere bron of subgroep.`);
      continue;
    }
    inFile.set(truth, record);

    let target: Held | undefined;
    if (record.id) {
      target = held.get(record.id);
      if (!target) error(`"${record.id.slice(0, 60)}" is geen meting van dit programma. Laat het meting-id leeg voor een nieuwe meting.`, record.idCell);
      else if (target.indicatorId !== indicator.id) error('deze meting hoort bij een andere indicator. Verplaatsen kan niet met een import; laat het meting-id leeg voor een nieuwe meting.', record.idCell);
      if (findings.length > before) continue;
    } else {
      const same = byTruth.get(truth) ?? [];
      if (same.length > 1) {
        error(`Koers heeft al ${same.length} metingen voor ${indicator.code}, ${period.label} (zelfde schaal, subgroep en bron). Vul het meting-id in zodat Koers weet welke bedoeld is.`);
        continue;
      }
      target = same[0];
    }

    const base = { sheet: record.sheet, row: record.row, indicatorId: indicator.id, indicatorCode: indicator.code, period: period.key };
    if (target) {
      const current = target.measurement as unknown as Record<string, FieldValue>;
      const changes = [...record.fields].flatMap(([field, c]) => {
        const to = field === 'period' ? period.key : c.value;
        const from = current[field] ?? null;
        const same = from === to || ((from === null || from === '') && (to === null || to === ''));
        return same ? [] : [{ field, column: c.column, from, to }];
      });
      if (changes.length > 0) updates.push({ id: target.measurement.id, fields: Object.fromEntries(changes.map((c) => [c.field, c.to])) });
      rows.push({ ...base, action: changes.length > 0 ? 'update' : 'unchanged', id: target.measurement.id, changes });
      continue;
    }
    const id = newId();
    adds.push({ parentId: indicator.id, id, fields });
    rows.push({ ...base, action: 'add', id, changes: [...record.fields].map(([field, c]) => ({ field, column: c.column, from: null, to: field === 'period' ? period.key : c.value })) });
  }
  for (const [sheet, count] of otherProgrammes) {
    findings.push(finding('warning', { sheet }, `${count} ${count === 1 ? 'rij hoort' : 'rijen horen'} bij een ander programma en ${count === 1 ? 'is' : 'zijn'} overgeslagen.`));
  }
  return { rows, findings, skipped, updates, adds };
}

/** Only the Metingen sheet counts here; other sheets of a full workbook are left alone, with a word. */
function measurementFindings(read: ReadImport): ImportFinding[] {
  const out = [...read.findings];
  const others = [...new Set(read.records.filter((r) => r.kind !== 'measurement').map((r) => r.sheet))];
  for (const sheet of others) out.push(finding('warning', { sheet }, 'dit blad is overgeslagen: hier worden alleen metingen geïmporteerd (blad Metingen). De andere bladen importeer je via Importeren.'));
  if (!read.records.some((r) => r.kind === 'measurement') && !hasErrors(out)) {
    out.push(finding('error', { sheet: read.records[0]?.sheet ?? 'bestand' }, 'er staan geen metingen in dit bestand. Gebruik het sjabloon van Koers (kolommen Indicatorcode, Periode, Waarde, ...).'));
  }
  return out;
}

function report(read: ReadImport, plan: Plan, extra: ImportFinding[], applied: boolean): MeasurementImportReport {
  const findings = [...extra, ...plan.findings];
  const count = (action: RowAction) => plan.rows.filter((r) => r.action === action).length;
  const capped = findings.length <= MAX_FINDINGS ? findings : [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity !== 'error')].slice(0, MAX_FINDINGS);
  return {
    format: read.format,
    rows: plan.rows,
    findings: capped,
    summary: { add: count('add'), update: count('update'), unchanged: count('unchanged'), skipped: plan.skipped },
    ok: !hasErrors(findings),
    applied,
  };
}

function write(doc: Y.Doc, plan: Plan, origin: EditOrigin): void {
  doc.transact(() => {
    for (const { id, fields } of plan.updates) for (const [field, value] of Object.entries(fields)) setField(doc, 'measurement', id, field, value, origin);
    addRows(doc, 'measurement', plan.adds, origin);
  }, origin);
}

/** Changes nothing. Undefined when the document does not exist. */
export function previewMeasurementImport(registry: RoomRegistry, docId: string, read: ReadImport): MeasurementImportReport | undefined {
  const programme = registry.readDocument(docId, readProgramme);
  if (!programme) return undefined;
  return report(read, planMeasurements(read.records, programme), measurementFindings(read), false);
}

/** Everything or nothing. Undefined when the document does not exist. */
export function applyMeasurementImport(registry: RoomRegistry, docId: string, read: ReadImport, origin: EditOrigin): MeasurementImportReport | undefined {
  const extra = measurementFindings(read);
  if (hasErrors(extra)) return previewMeasurementImport(registry, docId, read);
  const plan = registry.changeDocument(docId, origin, (doc) => {
    const planned = planMeasurements(read.records, readProgramme(doc));
    if (!hasErrors(planned.findings)) write(doc, planned, origin);
    return planned;
  });
  if (!plan) return undefined;
  return report(read, plan, extra, !hasErrors(plan.findings));
}
