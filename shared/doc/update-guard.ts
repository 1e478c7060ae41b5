/**
 * Structural check of an incoming Yjs update against a programme doc, without applying it.
 *
 * An applied Yjs update cannot be rolled back, so the server decides before applying: only
 * the root types of the layout, row maps only under `rows:<kind>`, row maps only with their
 * structural keys and the editable fields of their kind, only values the field's schema
 * accepts (checkFieldValue: the type, the length cap, a choice's current codes, whole numbers
 * for an int), so a stale page cannot write a retired code such as scope 'dronten' after a
 * migration renamed it. Content rules between fields (ranges, consistency) stay soft: the
 * validation module reports them, the guard does not reject for them.
 *
 * The rules judge the update's description (./update-reader/): where each item lands and what
 * it holds. Reading the wire format itself is that module's business, not this one's.
 */
import type * as Y from 'yjs';
import { checkFieldValue, isEntityKind, MAX_TEXT_LENGTH, type FieldSpec } from '../model/entities.ts';
import { ID_KEY, META_FIELDS, META_KEY, ORDER_KEY, PARENT_KEY, SCHEMA_VERSION, collectionOfRoot, type Collection } from './layout.ts';
import { readUpdate, type ReadProblem, type UpdateDescription, type Write } from './update-reader/index.ts';

/** Longest row id or order key; both are machine-made and short. */
export const MAX_KEY_LENGTH = 256;
const MAX_FOCUS_AREAS = 100;

export type UpdateVerdict = ReadProblem;

/** Null when the update may be applied, else the reason it may not. */
export function checkUpdate(doc: Y.Doc, update: Uint8Array): string | null {
  return inspectUpdate(doc, update)?.reason ?? null;
}

/** The guard on raw bytes; a room that already read the update passes its description. */
export function inspectUpdate(doc: Y.Doc, update: Uint8Array, description: UpdateDescription = readUpdate(doc, update)): UpdateVerdict | null {
  return guardProgrammeUpdate(description);
}

/** The guard's verdict on a described update: null when every write fits the layout. */
export function guardProgrammeUpdate(description: UpdateDescription): UpdateVerdict | null {
  if (description.problem) return description.problem;
  try {
    for (const write of description.writes) checkWrite(write);
    checkNewRowsHaveIds(description.writes);
    return null;
  } catch (error) {
    if (error instanceof Rejection) return { reason: error.message, missingDependency: false };
    throw error;
  }
}

class Rejection extends Error {}

type Place =
  | { kind: 'meta' }
  | { kind: 'rows'; collection: Collection }
  | { kind: 'row'; collection: Collection }
  /** Under a deleted or collected parent: Yjs integrates it as deleted, it can never show. */
  | { kind: 'dead' };

/** The layout's name for where a write lands. */
function placeOf(write: Write): Place {
  if (!write.place.live) return { kind: 'dead' };
  const { root, path } = write.place;
  const collection = root === META_KEY ? null : collectionOfRoot(root);
  if (root !== META_KEY && !collection) throw new Rejection(`unknown root type "${root.slice(0, 40)}"`);
  if (path.length === 0) return collection ? { kind: 'rows', collection } : { kind: 'meta' };
  if (collection && path.length === 1 && path[0] !== null) return { kind: 'row', collection };
  throw new Rejection('shared type outside a row collection');
}

function checkWrite(write: Write): void {
  const place = placeOf(write);
  const { key, content } = write;
  if (place.kind === 'dead') {
    if (content.kind === 'deleted') return;
    if (content.kind === 'values') return content.values.forEach((v) => checkPlainValue(v, 'value'));
    throw new Rejection(`${content.name} under a deleted parent`);
  }
  if (key === null) throw new Rejection('list content inside a map');
  if (content.kind === 'deleted') return;
  switch (place.kind) {
    case 'meta':
      if (!(META_FIELDS as readonly string[]).includes(key)) throw new Rejection(`unknown programme field "${clip(key)}"`);
      if (content.kind !== 'values') throw new Rejection(`programme field "${key}" holds ${content.name}`);
      return content.values.forEach((v) => checkMetaValue(key, v));
    case 'rows':
      if (key.length > MAX_KEY_LENGTH) throw new Rejection('row id too long');
      if (content.kind !== 'map') throw new Rejection(`row ${clip(key)} of ${place.collection.label} is not a map`);
      return;
    case 'row': {
      if (content.kind !== 'values') throw new Rejection(`field "${clip(key)}" holds ${content.name}`);
      const check = rowValueCheck(place.collection, key);
      return content.values.forEach(check);
    }
  }
}

/**
 * A new row map comes with its id in the same update, as addRow writes it: a map without one
 * is in no reading, so it would be stored bytes nobody can see or remove. The id write is
 * looked for by value, not by place, because a row added and removed again in one update
 * (offline work, undone) has its fields under a deleted parent.
 */
function checkNewRowsHaveIds(writes: readonly Write[]): void {
  const ids = new Set<unknown>();
  for (const write of writes) {
    if (write.key === ID_KEY && write.content.kind === 'values') for (const value of write.content.values) ids.add(value);
  }
  for (const write of writes) {
    if (!write.place.live || write.place.path.length !== 0 || write.content.kind !== 'map' || write.key === null) continue;
    const collection = collectionOfRoot(write.place.root);
    if (collection && isEntityKind(collection.label) && !ids.has(write.key)) {
      throw new Rejection(`new row ${clip(write.key)} of ${collection.label} without its id`);
    }
  }
}

function rowValueCheck(collection: Collection, key: string): (value: unknown) => void {
  const kind = collection.label;
  if (collection.structural.includes(key)) {
    if (key === ID_KEY || key === ORDER_KEY) return (v) => checkKey(v, key, false);
    if (key === PARENT_KEY) return (v) => checkKey(v, key, true);
  }
  const spec: FieldSpec | undefined = Object.prototype.hasOwnProperty.call(collection.fields, key)
    ? collection.fields[key]
    : undefined;
  if (!spec) throw new Rejection(`unknown field "${clip(key)}" on ${kind}`);
  return (value) => {
    checkValueType(spec, kind, key, value);
    // Notes have no row-kind schema; their type and length checks above are all they get.
    if (!isEntityKind(kind)) return;
    const problem = checkFieldValue(kind, key, value);
    if (problem) throw new Rejection(`${kind}.${key} refused by its schema: ${problem}`);
  };
}

/** The type checks first, so a wrong type keeps its plain English reason in the log. */
function checkValueType(spec: FieldSpec, kind: string, key: string, value: unknown): void {
  if (value === null) return;
  if (spec.type === 'int' || spec.type === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Rejection(`${kind}.${key} must be a number`);
    return;
  }
  if (spec.type === 'boolean') {
    if (typeof value !== 'boolean') throw new Rejection(`${kind}.${key} must be true or false`);
    return;
  }
  if (typeof value !== 'string') throw new Rejection(`${kind}.${key} must be text`);
  const cap = spec.type === 'enum' ? MAX_KEY_LENGTH : MAX_TEXT_LENGTH;
  if (value.length > cap) throw new Rejection(`${kind}.${key} is too long`);
}

function checkKey(value: unknown, key: string, nullable: boolean): void {
  if (value === null && nullable) return;
  if (typeof value !== 'string') throw new Rejection(`row ${key} must be text`);
  if (value.length > MAX_KEY_LENGTH) throw new Rejection(`row ${key} too long`);
}

function checkMetaValue(key: string, value: unknown): void {
  // The server migrates documents and stamps their version (migrations/). A client only ever
  // carries a stamp along (its copy of the history, resent to a server that lost it); a version
  // beyond this code's would make the server skip migrations it has not run.
  if (key === 'schemaVersion') {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > SCHEMA_VERSION) {
      throw new Rejection(`schemaVersion must be a version this server knows (1-${SCHEMA_VERSION})`);
    }
    return;
  }
  if (key === 'focusAreas') {
    if (!Array.isArray(value) || value.length > MAX_FOCUS_AREAS) throw new Rejection('focusAreas must be a short list');
    for (const area of value) {
      if (typeof area !== 'string' || area.length > MAX_TEXT_LENGTH) throw new Rejection('focusAreas must hold text');
    }
    return;
  }
  if (typeof value !== 'string' || value.length > MAX_TEXT_LENGTH) throw new Rejection(`programme ${key} must be text`);
}

function checkPlainValue(value: unknown, what: string): void {
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'number' && Number.isFinite(value)) return;
  if (typeof value === 'string' && value.length <= MAX_TEXT_LENGTH) return;
  throw new Rejection(`${what} is not a plain value`);
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}
