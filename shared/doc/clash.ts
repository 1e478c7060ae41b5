/**
 * Visible clashes: two officers change the same cell within a few seconds of each other and
 * one value silently replaces the other. Yjs settles it (the same value everywhere); this tells
 * the officer whose value lost, so they can look and take theirs back.
 *
 * The watcher remembers this client's own recent writes (transactions with `localOrigin`).
 * When a transaction from elsewhere changes one of those cells within `windowMs` and the cell no
 * longer holds our value, our value lost: whether the other write was concurrent (Yjs ordered it
 * after ours) or came just after ours from someone who had not seen it yet. When our value won,
 * the other side sees the clash instead. The writer of the value that won is the client id of
 * the Y.Map entry that now holds the key, which only this folder may read.
 *
 * Pure: the caller supplies the clock (`now`, milliseconds), so tests can drive time.
 */
import * as Y from 'yjs';
import { ENTITY_KINDS, type EntityKind, type FieldValue } from '../model/entities.ts';
import { ID_KEY, STRUCTURAL_KEYS, rowsMap } from './layout.ts';
import type { EditOrigin } from './origin.ts';

export interface Clash {
  kind: EntityKind;
  rowId: string;
  field: string;
  /** The value this client wrote, which lost. */
  mine: FieldValue;
  /** The value the cell holds now. */
  theirs: FieldValue;
  /** Y.Doc client id of whoever wrote `theirs` (map it to a name through awareness). */
  theirClientId: number;
}

export interface ClashOptions {
  /** How close two writes must be to count as a clash. */
  windowMs: number;
  now(): number;
}

interface OwnWrite {
  value: FieldValue;
  at: number;
}

const STRUCTURE = new Set<string>(STRUCTURAL_KEYS);

/** Starts watching; returns the function that stops it. */
export function watchClashes(
  doc: Y.Doc,
  localOrigin: EditOrigin,
  options: ClashOptions,
  onClash: (clash: Clash) => void,
): () => void {
  const kindOfRoot = new Map<object, EntityKind>(ENTITY_KINDS.map((kind) => [rowsMap(doc, kind), kind]));
  const recent = new Map<string, OwnWrite & { kind: EntityKind; rowId: string; field: string }>();

  const handler = (tr: Y.Transaction) => {
    const at = options.now();
    for (const [key, write] of recent) if (at - write.at > options.windowMs) recent.delete(key);

    // Every local transaction is this user's own write, also an undo (whose origin is the
    // UndoManager): only updates that arrive from elsewhere can overwrite a value of ours.
    const own = tr.local || tr.origin === localOrigin;
    for (const [type, keys] of tr.changed) {
      if (!(type instanceof Y.Map) || type._item?.deleted) continue;
      const kind = type.parent ? kindOfRoot.get(type.parent) : undefined;
      const rowId = type.get(ID_KEY);
      if (!kind || typeof rowId !== 'string') continue;
      for (const field of keys) {
        if (field === null || STRUCTURE.has(field)) continue;
        const cell = cellKey(kind, rowId, field);
        const value = asFieldValue(type.get(field));
        if (own) {
          recent.set(cell, { kind, rowId, field, value, at });
          continue;
        }
        const mine = recent.get(cell);
        // Still our value: ours won, and a later overwrite within the window still counts.
        if (!mine || mine.value === value) continue;
        recent.delete(cell);
        const holder = type._map.get(field);
        if (!holder) continue;
        onClash({ kind, rowId, field, mine: mine.value, theirs: value, theirClientId: holder.id.client });
      }
    }
  };
  doc.on('afterTransaction', handler);
  return () => doc.off('afterTransaction', handler);
}

function cellKey(kind: EntityKind, rowId: string, field: string): string {
  return `${kind}\u0001${rowId}\u0001${field}`;
}

function asFieldValue(value: unknown): FieldValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
}
