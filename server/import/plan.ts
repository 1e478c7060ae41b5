/**
 * What an import would do to a programme, decided before anything is written: per record
 * whether it updates a row (matched by id, or by code for goals and results), adds one, or
 * changes nothing; which rows the file leaves out (deleted only when the user confirms);
 * and every reason it cannot go ahead. The same plan is the preview and, recomputed against
 * the state at that moment, the apply.
 */
import { PARENT_KINDS, type EntityKind, type FieldValue } from '../../shared/model/entities.ts';
import type { Programme } from '../../shared/model/types.ts';
import type { NewRow } from '../../shared/doc/index.ts';
import { MAX_KEY_LENGTH } from '../../shared/doc/index.ts';
import { indicatorPlaces, indicatorsByCode, normaliseCode, type IndicatorPlace } from '../../shared/monitoring/codes.ts';
import { sheetOf, sheetRows } from '../export/sheets.ts';
import { finding, hasErrors, type ImportFinding } from './findings.ts';
import type { ImportRecord, ParentRef } from './records.ts';
import { NEUTER, OTHER_PARENT, PARENT_NOUN, aNew, labelOf, thisOne } from './wording.ts';

type RowAction = 'update' | 'add' | 'unchanged';

interface PlannedChange {
  field: string;
  column: string;
  from: FieldValue;
  to: FieldValue;
}

export interface PlannedRow {
  sheet: string;
  row: number;
  kind: EntityKind;
  /** The row's id in the programme (new rows: the id they will get). */
  id: string;
  action: RowAction;
  label: string;
  changes: PlannedChange[];
}

export interface PlannedDeletion {
  kind: EntityKind;
  id: string;
  label: string;
  /** This row plus everything below it. */
  rows: number;
}

export interface ImportSummary {
  update: number;
  add: number;
  unchanged: number;
  /** Rows the file leaves out (with what hangs below them): deleted only with confirmDeletes. */
  wouldDelete: number;
  /** Rows of another programme, skipped. */
  skipped: number;
}

export interface ImportPlan {
  rows: PlannedRow[];
  deletions: PlannedDeletion[];
  findings: ImportFinding[];
  summary: ImportSummary;
  /** What apply writes, in this order. */
  operations: {
    updates: { kind: EntityKind; id: string; fields: Record<string, FieldValue> }[];
    adds: Record<EntityKind, NewRow[]>;
    deletes: { kind: EntityKind; id: string }[];
  };
}

export interface PlanOptions {
  confirmDeletes: boolean;
  /** Kinds whose complete list the file holds; rows of these kinds it leaves out would be deleted. */
  coveredKinds: ReadonlySet<EntityKind>;
  /** Makes ids for new rows; a parameter so tests and the round trip can predict them. */
  newId: () => string;
}

interface Existing {
  kind: EntityKind;
  id: string;
  parentId: string | null;
  entity: Readonly<Record<string, unknown>>;
}

const KIND_ORDER: readonly EntityKind[] = ['goal', 'goalIndicator', 'subGoal', 'result', 'resultIndicator', 'activity', 'measurement', 'priority'];
const CODED: ReadonlySet<EntityKind> = new Set(['goal', 'result']);
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

export function planImport(records: readonly ImportRecord[], programme: Programme, options: PlanOptions): ImportPlan {
  return new Planner(programme, options).run(records);
}

class Planner {
  private readonly existing = new Map<string, Existing>();
  private readonly codes = new Map<EntityKind, Map<string, string[]>>();
  /** Indicators by their code ("1-I2", "1.1-I2"), by which a measurement may name its indicator. */
  private readonly indicatorCodes: Map<string, IndicatorPlace[]>;
  private readonly children = new Map<string, string[]>();
  private readonly claimed = new Map<string, ImportRecord>();
  private readonly added = new Map<string, { kind: EntityKind; parentId: string | null }>();
  private readonly localKeys = new Map<string, { id: string; kind: EntityKind }>();
  private readonly findings: ImportFinding[] = [];
  private readonly rows: PlannedRow[] = [];
  private readonly updates: ImportPlan['operations']['updates'] = [];
  private readonly adds: Record<EntityKind, NewRow[]> = { goal: [], goalIndicator: [], subGoal: [], result: [], resultIndicator: [], activity: [], measurement: [], priority: [] };
  private readonly skippedBySheet = new Map<string, { count: number; names: Set<string> }>();
  /** A new, still nameless programme takes the rows of whichever single programme the file holds. */
  private acceptAnyName = false;

  constructor(
    private readonly programme: Programme,
    private readonly options: PlanOptions,
  ) {
    const all = sheetRows(programme);
    this.indicatorCodes = indicatorsByCode(indicatorPlaces(programme));
    for (const kind of KIND_ORDER) {
      for (const row of all[kind]) {
        this.existing.set(row.id, { kind, id: row.id, parentId: row.parentId, entity: row.entity });
        if (row.parentId) this.children.set(row.parentId, [...(this.children.get(row.parentId) ?? []), row.id]);
        const code = CODED.has(kind) ? String(row.entity.code ?? '') : '';
        if (code) {
          const byCode = this.codes.get(kind) ?? new Map<string, string[]>();
          byCode.set(code, [...(byCode.get(code) ?? []), row.id]);
          this.codes.set(kind, byCode);
        }
      }
    }
  }

  run(records: readonly ImportRecord[]): ImportPlan {
    this.acceptAnyName = this.programme.name.trim() === '' && this.checkSingleProgramme(records);
    const ordered = KIND_ORDER.flatMap((kind) => records.filter((r) => r.kind === kind));
    for (const record of ordered) this.plan(record);
    const skipped = [...this.skippedBySheet.values()].reduce((n, s) => n + s.count, 0);
    if (skipped > 0 && skipped === records.length) {
      const names = [...new Set([...this.skippedBySheet.values()].flatMap((s) => [...s.names]))];
      this.findings.push(
        finding('error', { sheet: records[0]!.sheet }, `geen enkele rij hoort bij dit programma ("${this.programme.name}"): het bestand is van ${names.map((n) => `"${n}"`).join(', ')}. Importeer het bij dat programma, of pas de kolom Programma aan.`),
      );
    }
    for (const [sheet, { count, names }] of this.skippedBySheet) {
      this.findings.push(
        finding('warning', { sheet }, `${count} ${count === 1 ? 'rij hoort' : 'rijen horen'} bij een ander programma (${[...names].join(', ')}) en ${count === 1 ? 'is' : 'zijn'} overgeslagen.`),
      );
    }
    const deletions = this.deletions();
    const deletes = this.options.confirmDeletes ? deletions.map((d) => ({ kind: d.kind, id: d.id })) : [];
    if (this.options.confirmDeletes) this.checkNothingHangsUnderDeleted(new Set(deletions.map((d) => d.id)));
    const count = (action: RowAction) => this.rows.filter((r) => r.action === action).length;
    return {
      rows: this.rows,
      deletions,
      findings: this.findings,
      summary: {
        update: count('update'),
        add: count('add'),
        unchanged: count('unchanged'),
        wouldDelete: deletions.reduce((n, d) => n + d.rows, 0),
        skipped,
      },
      operations: { updates: this.updates, adds: this.adds, deletes: hasErrors(this.findings) ? [] : deletes },
    };
  }

  private plan(record: ImportRecord): void {
    if (record.programme && !this.isThisProgramme(record.programme)) {
      const entry = this.skippedBySheet.get(record.sheet) ?? { count: 0, names: new Set<string>() };
      entry.count++;
      entry.names.add(record.programme);
      this.skippedBySheet.set(record.sheet, entry);
      return;
    }
    const errorsBefore = this.findings.length;
    const target = this.matchTarget(record);
    if (!target) return;
    const parent = PARENT_KINDS[record.kind].includes('programme') ? null : this.resolveParent(record, target.existing);
    if (parent === undefined) return;
    if (this.findings.length > errorsBefore) return;

    const previous = this.claimed.get(target.id);
    if (previous) {
      this.error(record, `${thisOne(record.kind)} staat twee keer in het bestand (ook op blad ${previous.sheet}, rij ${previous.row}). Laat één rij over.`);
      return;
    }
    this.claimed.set(target.id, record);
    if (record.localKey) this.localKeys.set(record.localKey, { id: target.id, kind: record.kind });

    const fields = Object.fromEntries([...record.fields].map(([field, cell]) => [field, cell.value]));
    if (target.existing) {
      const changes: PlannedChange[] = [];
      for (const [field, cell] of record.fields) {
        const from = current(target.existing.entity[field]);
        if (!sameValue(from, cell.value)) changes.push({ field, column: cell.column, from, to: cell.value });
      }
      if (changes.length > 0) this.updates.push({ kind: record.kind, id: target.id, fields: Object.fromEntries(changes.map((c) => [c.field, c.to])) });
      this.rows.push(this.plannedRow(record, target.id, changes.length > 0 ? 'update' : 'unchanged', changes, target.existing.entity));
      return;
    }
    const parentId = parent?.id ?? null;
    this.added.set(target.id, { kind: record.kind, parentId });
    const code = CODED.has(record.kind) ? String(fields.code ?? '') : '';
    if (code) {
      const byCode = this.codes.get(record.kind) ?? new Map<string, string[]>();
      byCode.set(code, [...(byCode.get(code) ?? []), target.id]);
      this.codes.set(record.kind, byCode);
    }
    this.adds[record.kind].push({ parentId, id: target.id, fields });
    const changes = [...record.fields].map(([field, cell]) => ({ field, column: cell.column, from: null, to: cell.value }));
    this.rows.push(this.plannedRow(record, target.id, 'add', changes, fields));
  }

  private matchTarget(record: ImportRecord): { id: string; existing: Existing | null } | null {
    const noun = sheetOf(record.kind).noun;
    if (record.id) {
      const where = record.idCell ?? record;
      if (record.id.length > MAX_KEY_LENGTH || !ID_PATTERN.test(record.id)) {
        this.findings.push(finding('error', place(where), `"${record.id.slice(0, 60)}" is geen geldig id. Laat de cel leeg voor een nieuwe rij; Koers maakt dan zelf een id.`));
        return null;
      }
      const existing = this.existing.get(record.id);
      if (existing && existing.kind !== record.kind) {
        this.findings.push(finding('error', place(where), `dit id hoort in het programma bij een ${sheetOf(existing.kind).noun}, niet bij een ${noun}.`));
        return null;
      }
      const added = this.added.get(record.id);
      if (!existing && added && added.kind !== record.kind) {
        this.findings.push(finding('error', place(where), `dit id is in dit bestand al gebruikt voor een ${sheetOf(added.kind).noun}.`));
        return null;
      }
      return { id: record.id, existing: existing ?? null };
    }
    const code = record.fields.get('code');
    if (CODED.has(record.kind) && code && typeof code.value === 'string' && code.value !== '') {
      const ids = (this.codes.get(record.kind)?.get(code.value) ?? []).filter((id) => this.existing.has(id));
      if (ids.length > 1) {
        this.findings.push(finding('error', place(code), `in het programma hebben ${ids.length} rijen de code "${code.value}"; vul het id in zodat Koers weet welke bedoeld is.`));
        return null;
      }
      if (ids.length === 1) return { id: ids[0]!, existing: this.existing.get(ids[0]!)! };
    }
    return { id: this.options.newId(), existing: null };
  }

  /** The parent the record names, or null when it names none; undefined after an error. */
  private resolveParent(record: ImportRecord, existing: Existing | null): { id: string; kind: EntityKind } | null | undefined {
    const ref = record.parent;
    const found = ref ? this.findParent(record, ref) : null;
    if (found === undefined) return undefined;
    if (existing) {
      if (found && found.id !== existing.parentId) {
        this.findings.push(
          finding('error', place(ref!.cell ?? record), `${thisOne(record.kind)} hangt in het programma onder een andere rij. Verplaatsen naar ${OTHER_PARENT[record.kind]} kan niet met een import; doe dat in Koers zelf.`),
        );
        return undefined;
      }
      return null;
    }
    if (!found) {
      this.findings.push(
        finding('error', place(ref?.cell ?? record), `bij ${aNew(record.kind)} hoort een ${PARENT_NOUN[record.kind]}: vul het id of de code daarvan in.`),
      );
      return undefined;
    }
    return found;
  }

  private findParent(record: ImportRecord, ref: ParentRef): { id: string; kind: EntityKind } | null | undefined {
    const allowed = PARENT_KINDS[record.kind].filter((k): k is EntityKind => k !== 'programme');
    const fits = (kind: EntityKind) => allowed.includes(kind) && (ref.kind === null || ref.kind === kind);
    const where = place(ref.cell ?? record);
    if (ref.localKey && this.localKeys.has(ref.localKey)) {
      const local = this.localKeys.get(ref.localKey)!;
      return fits(local.kind) ? local : null;
    }
    if (ref.id) {
      const existing = this.existing.get(ref.id);
      const added = this.added.get(ref.id);
      const kind = existing?.kind ?? added?.kind;
      if (kind && fits(kind)) return { id: ref.id, kind };
      this.findings.push(finding('error', where, `"${ref.id}" is geen ${allowed.map((k) => sheetOf(k).noun).join(' of ')} in dit programma of in dit bestand.`));
      return undefined;
    }
    if (ref.code && record.kind === 'measurement') {
      const found = this.indicatorCodes.get(normaliseCode(ref.code)) ?? [];
      if (found.length === 1) return { id: found[0]!.id, kind: found[0]!.kind };
      this.findings.push(
        finding('error', where, found.length === 0 ? `er is geen indicator met code "${ref.code}".` : `${found.length} indicatoren hebben de code "${ref.code}"; vul het id van de indicator in.`),
      );
      return undefined;
    }
    if (ref.code) {
      const kind: EntityKind = record.kind === 'resultIndicator' || record.kind === 'activity' ? 'result' : 'goal';
      if (!fits(kind)) return null;
      const ids = this.codes.get(kind)?.get(ref.code) ?? [];
      if (ids.length === 1) return { id: ids[0]!, kind };
      const noun = sheetOf(kind).noun;
      this.findings.push(
        finding('error', where, ids.length === 0 ? `er is geen ${noun} met code "${ref.code}".` : `${ids.length} rijen hebben de code "${ref.code}"; vul het id van ${kind === 'goal' ? 'het doel' : 'het resultaat'} in.`),
      );
      return undefined;
    }
    return null;
  }

  private deletions(): PlannedDeletion[] {
    const missing = new Set<string>();
    for (const row of this.existing.values()) {
      if (this.options.coveredKinds.has(row.kind) && !this.claimed.has(row.id)) missing.add(row.id);
    }
    const out: PlannedDeletion[] = [];
    for (const id of missing) {
      const row = this.existing.get(id)!;
      if (this.hasMissingAncestor(row, missing)) continue; // counted with its ancestor
      out.push({ kind: row.kind, id, label: labelOf(row.kind, row.entity), rows: this.subtree(id).length });
    }
    return out;
  }

  private hasMissingAncestor(row: Existing, missing: Set<string>): boolean {
    for (let p = row.parentId; p; p = this.existing.get(p)?.parentId ?? null) if (missing.has(p)) return true;
    return false;
  }

  private subtree(id: string): string[] {
    return [id, ...(this.children.get(id) ?? []).flatMap((child) => this.subtree(child))];
  }

  /** A row the file keeps must not sit below a row it leaves out: deleting that would take it along. */
  private checkNothingHangsUnderDeleted(deleted: Set<string>): void {
    for (const [id, record] of this.claimed) {
      let ancestor: string | null = this.existing.get(id)?.parentId ?? this.added.get(id)?.parentId ?? null;
      while (ancestor && !deleted.has(ancestor)) ancestor = this.existing.get(ancestor)?.parentId ?? this.added.get(ancestor)?.parentId ?? null;
      if (!ancestor) continue;
      const gone = this.existing.get(ancestor)!;
      this.error(
        record,
        `deze rij hangt onder ${labelOf(gone.kind, gone.entity)}, ${NEUTER.has(gone.kind) ? 'dat' : 'die'} niet in het bestand staat en dus verwijderd zou worden. Neem ${labelOf(gone.kind, gone.entity)} op in het bestand, of verwijder niets.`,
      );
    }
  }

  private checkSingleProgramme(records: readonly ImportRecord[]): boolean {
    const names = [...new Set(records.map((r) => r.programme?.trim()).filter((n): n is string => !!n))];
    if (names.length <= 1) return true;
    this.findings.push(
      finding('error', { sheet: records[0]!.sheet }, `het bestand bevat rijen van ${names.length} programma's (${names.join(', ')}); in een nieuw programma kan er maar één. Haal de rijen van de andere programma's weg.`),
    );
    return false;
  }

  private isThisProgramme(name: string): boolean {
    if (this.acceptAnyName) return true;
    const n = name.trim().toLowerCase();
    return n === this.programme.name.trim().toLowerCase() || n === this.programme.id.toLowerCase();
  }

  private plannedRow(record: ImportRecord, id: string, action: RowAction, changes: PlannedChange[], entity: Readonly<Record<string, unknown>>): PlannedRow {
    const merged = { ...entity, ...Object.fromEntries(changes.map((c) => [c.field, c.to])) };
    return { sheet: record.sheet, row: record.row, kind: record.kind, id, action, label: labelOf(record.kind, merged), changes };
  }

  private error(record: ImportRecord, text: string): void {
    this.findings.push(finding('error', { sheet: record.sheet, row: record.row }, text));
  }
}

function place(where: { sheet: string; row: number; column?: string; columnIndex?: number }) {
  return { sheet: where.sheet, row: where.row, column: where.column ?? null, columnIndex: where.columnIndex || null };
}

function current(value: unknown): FieldValue {
  return value === undefined ? null : (value as FieldValue);
}

/** An empty cell equals "not filled in", whether the model stores that as '' or null. */
function sameValue(a: FieldValue, b: FieldValue): boolean {
  return a === b || ((a === null || a === '') && (b === null || b === ''));
}
