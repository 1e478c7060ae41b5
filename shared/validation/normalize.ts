/**
 * Coerces whatever arrives (a read Y.Doc, a JSON body, garbage) into a well-formed Programme, so
 * rules can trust types. Nothing is repaired silently in a way rules could miss: empty ids stay
 * empty, missing texts become '', so the rules that care report them. Every row is coerced
 * field by field through its kind's declaration (shared/schema/).
 */
import type { Orphan, Programme } from '../model/types.ts';
import { fieldsOf, ROW_KINDS, type EntityKind } from '../schema/index.ts';
import { CHILD_LISTS, TOP_LEVEL_KIND } from '../schema/tree.ts';

type Raw = Record<string, unknown>;

function obj(v: unknown): Raw {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {};
}

function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function str(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function fields(kind: EntityKind, raw: Raw): Raw & { id: string } {
  const out: Raw & { id: string } = { id: str(raw.id) };
  for (const [name, field] of fieldsOf(kind)) out[name] = field.coerce(raw[name]);
  return out;
}

function row(kind: EntityKind, v: unknown): Raw {
  const raw = obj(v);
  const out: Raw = fields(kind, raw);
  for (const child of CHILD_LISTS[kind]) out[child.key] = arr(raw[child.key]).map((c) => row(child.kind, c));
  return out;
}

const KINDS = new Set<string>(ROW_KINDS.map((k) => k.kind));

function orNull(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** A row without a place (readProgramme's `orphans`): its fields as a row's, no child lists. */
function orphan(v: unknown): Orphan[] {
  const raw = obj(v);
  if (typeof raw.kind !== 'string' || !KINDS.has(raw.kind)) return [];
  const kind = raw.kind as EntityKind;
  const rowFields = fields(kind, obj(raw.row));
  return [{ kind, id: str(raw.id) || rowFields.id, parentId: orNull(raw.parentId), missingParentId: orNull(raw.missingParentId), row: rowFields }];
}

export function normalizeProgramme(v: unknown): Programme {
  const p = obj(v);
  // Only a read document lists orphans; a programme from a file has none and gets no key.
  const orphans = Array.isArray(p.orphans) ? { orphans: p.orphans.flatMap(orphan) } : {};
  return {
    id: str(p.id),
    name: str(p.name),
    documentNumber: str(p.documentNumber),
    municipality: str(p.municipality),
    period: str(p.period),
    focusAreas: arr(p.focusAreas).filter((f): f is string => typeof f === 'string'),
    schemaVersion: num(p.schemaVersion) ?? 0,
    goals: arr(p.goals).map((g) => row(TOP_LEVEL_KIND, g)) as unknown as Programme['goals'],
    ...(Array.isArray(p.priorities) ? { priorities: p.priorities.map((r) => row('priority', r)) as unknown as Programme['priorities'] } : {}),
    ...orphans,
  };
}
