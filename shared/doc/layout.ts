/**
 * The Y.Doc layout of one programme. Only files in shared/doc/ may use these keys.
 *
 *   meta                 Y.Map  programme fields + schemaVersion (see migrations/)
 *   rows:<kind>          Y.Map<id, Y.Map>  one collection per entity kind
 *     <id> -> Y.Map { id, parentId, order, ...fields }
 *   notes:<kind>         Y.Map<id, Y.Map>  what people say about the rows, not the rows
 *     notes:acknowledgement   key = finding key -> { id, reason, by, byName, at, fingerprint }
 *     notes:comment           id -> { id, targetKind, targetId, field, threadId, text, ... }
 *
 * Rows are keyed by id and ordered by a fractional `order` string, so a move is one
 * write to one key: two concurrent moves of one row end with one row, never two.
 */
import * as Y from 'yjs';
import { EDITABLE_FIELDS, ENTITY_KINDS, type EntityKind, type FieldSpec } from '../model/entities.ts';
import { FIRST_SCHEMA_VERSION, MIGRATIONS } from './migrations/list.ts';
import { NOTE_FIELDS, NOTE_KINDS, type NoteKind } from './notes-schema.ts';

/** The version new documents start at and old ones are migrated to: the last migration's `to`. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.to ?? FIRST_SCHEMA_VERSION;

export const META_KEY = 'meta';
const ROW_KEY_PREFIX = 'rows:';
const NOTE_KEY_PREFIX = 'notes:';
export const ID_KEY = 'id';
export const PARENT_KEY = 'parentId';
export const ORDER_KEY = 'order';

/** Keys every row map carries besides its editable fields. */
export const STRUCTURAL_KEYS = [ID_KEY, PARENT_KEY, ORDER_KEY] as const;

export const META_FIELDS = [
  'schemaVersion',
  'id',
  'name',
  'documentNumber',
  'municipality',
  'period',
  'focusAreas',
] as const;

export function rowsKey(kind: EntityKind): string {
  return ROW_KEY_PREFIX + kind;
}

function notesKey(kind: NoteKind): string {
  return NOTE_KEY_PREFIX + kind;
}

export function notesMap(doc: Y.Doc, kind: NoteKind): Y.Map<Y.Map<unknown>> {
  return doc.getMap(notesKey(kind));
}

/** A keyed collection of maps (rows or notes) and the fields its maps may hold. */
export interface Collection {
  /** The row or note kind, for messages. */
  label: string;
  fields: Readonly<Record<string, FieldSpec>>;
  /** Rows carry parentId and order; notes only their id. */
  structural: readonly string[];
}

export function collectionOfRoot(name: string): Collection | null {
  const kind = kindOfRoot(name);
  if (kind) return { label: kind, fields: EDITABLE_FIELDS[kind], structural: STRUCTURAL_KEYS };
  if (name.startsWith(NOTE_KEY_PREFIX)) {
    const note = name.slice(NOTE_KEY_PREFIX.length);
    if ((NOTE_KINDS as readonly string[]).includes(note)) {
      return { label: note, fields: NOTE_FIELDS[note as NoteKind], structural: [ID_KEY] };
    }
  }
  return null;
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(META_KEY);
}

export function rowsMap(doc: Y.Doc, kind: EntityKind): Y.Map<Y.Map<unknown>> {
  return doc.getMap(rowsKey(kind));
}

function kindOfRoot(name: string): EntityKind | null {
  if (!name.startsWith(ROW_KEY_PREFIX)) return null;
  const kind = name.slice(ROW_KEY_PREFIX.length);
  return (ENTITY_KINDS as readonly string[]).includes(kind) ? (kind as EntityKind) : null;
}

/** The shared types a per-user Y.UndoManager must watch. */
// Yjs types are invariant in their event type, so a mixed list needs any (Y.UndoManager's own scope type).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixed list of Y types only fits AbstractType<any>
export function undoScope(doc: Y.Doc): Y.AbstractType<any>[] {
  return [metaMap(doc), ...ENTITY_KINDS.map((kind) => rowsMap(doc, kind)), ...NOTE_KINDS.map((k) => notesMap(doc, k))];
}
