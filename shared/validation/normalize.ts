/**
 * Coerces whatever arrives (a read Y.Doc, a JSON body, garbage) into a well-formed Programme, so
 * rules can trust types. Nothing is repaired silently in a way rules could miss: empty ids stay
 * empty, missing texts become '', so the rules that care report them. Every row is coerced
 * field by field through its kind's declaration (shared/schema/).
 */
import type { Programme } from '../model/types.ts';
import { fieldsOf, type EntityKind } from '../schema/index.ts';
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

function row(kind: EntityKind, v: unknown): Raw {
  const raw = obj(v);
  const out: Raw = { id: str(raw.id) };
  for (const [name, field] of fieldsOf(kind)) out[name] = field.coerce(raw[name]);
  for (const child of CHILD_LISTS[kind]) out[child.key] = arr(raw[child.key]).map((c) => row(child.kind, c));
  return out;
}

export function normalizeProgramme(v: unknown): Programme {
  const p = obj(v);
  return {
    id: str(p.id),
    name: str(p.name),
    documentNumber: str(p.documentNumber),
    municipality: str(p.municipality),
    period: str(p.period),
    focusAreas: arr(p.focusAreas).filter((f): f is string => typeof f === 'string'),
    schemaVersion: num(p.schemaVersion) ?? 0,
    goals: arr(p.goals).map((g) => row(TOP_LEVEL_KIND, g)) as unknown as Programme['goals'],
  };
}
