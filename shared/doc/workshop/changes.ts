/**
 * What an incoming update would change in a werkatelier doc, with the old and new value of
 * each key and the whole state after it.
 *
 * This is the one place that still applies an update to a scratch copy, and why: the
 * werkatelier policy judges values as they will show (a write that loses a concurrent
 * conflict, or writes the same value again, is left out), and which of two concurrent writes
 * to one key wins is Yjs's own conflict resolution; a second copy of those rules here would
 * drift from Yjs. A werkatelier doc is small (tens of cards and ballots), programme rooms never
 * come here, and whether the update can be read or builds on missing items is known from its
 * description before any copy is made. (Judging every write of the description instead, losing
 * ones too, would also refuse hidden writes: issue 11, item 11.)
 */
import * as Y from 'yjs';
import { readUpdate, type UpdateDescription } from '../update-reader/index.ts';
import { readWorkshop } from './read.ts';
import { parseSettings } from '../../workshop/parse.ts';
import type { WorkshopState } from '../../workshop/state.ts';
import type { WorkshopSettings } from '../../workshop/types.ts';
import { WORKSHOP_ROOTS, WORKSHOP_ROOT_KINDS, workshopMap, type WorkshopRoot } from './layout.ts';

export interface WorkshopKeysChanged {
  meta: string[];
  cards: string[];
  votes: string[];
  participants: string[];
  /** Anything outside the four maps' keys: another root, list content, a nested type. */
  other: boolean;
}

export interface KeyChange {
  root: WorkshopRoot;
  key: string;
  /** undefined = the key was not there. */
  before: unknown;
  /** undefined = the key is removed. */
  after: unknown;
}

export type WorkshopUpdatePreview =
  | { ok: true; keys: WorkshopKeysChanged; changes: KeyChange[]; settingsBefore: WorkshopSettings; state: WorkshopState }
  /** unreadable: not a Yjs update. missing-dependency: it builds on items the doc lacks. */
  | { ok: false; problem: 'unreadable' | 'missing-dependency' };

/** Which keys of which root maps the update changes; null when it cannot be read or applied. */
export function workshopKeysChangedBy(doc: Y.Doc, update: Uint8Array): WorkshopKeysChanged | null {
  const preview = previewWorkshopUpdate(doc, update);
  return preview.ok ? preview.keys : null;
}

/**
 * The keys the update changes with their old and new values, the settings before it and the
 * whole state after it.
 * A key whose visible value ends up equal to the old one is left out: a concurrent write
 * that lost, or an overwrite with the same value, changes nothing anyone can see.
 */
export function previewWorkshopUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  description: UpdateDescription = readUpdate(doc, update),
): WorkshopUpdatePreview {
  if (!description.readable) return { ok: false, problem: 'unreadable' };
  if (description.problem) return { ok: false, problem: description.problem.missingDependency ? 'missing-dependency' : 'unreadable' };
  const scratch = new Y.Doc({ gc: false });
  try {
    const roots = new Map<object, WorkshopRoot>(WORKSHOP_ROOT_KINDS.map((root) => [workshopMap(scratch, root), root]));
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    const touched: { root: WorkshopRoot; key: string }[] = [];
    let other = false;
    scratch.on('afterTransaction', (transaction: Y.Transaction) => {
      for (const [type, keys] of transaction.changed) {
        const root = roots.get(type);
        if (!root) {
          other = true;
          continue;
        }
        for (const key of keys) {
          if (key === null) other = true;
          else touched.push({ root, key });
        }
      }
    });
    try {
      Y.applyUpdate(scratch, update);
    } catch {
      return { ok: false, problem: 'unreadable' };
    }
    const keys: WorkshopKeysChanged = { meta: [], cards: [], votes: [], participants: [], other: other || outsideTheMaps(description) };
    const changes: KeyChange[] = [];
    const seen = new Set<string>();
    for (const { root, key } of touched) {
      const id = `${root}\u0000${key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const before = workshopMap(doc, root).get(key);
      const after = workshopMap(scratch, root).get(key);
      if (sameValue(before, after)) continue;
      keys[root].push(key);
      changes.push({ root, key, before, after });
    }
    const meta = workshopMap(doc, 'meta');
    return { ok: true, keys, changes, settingsBefore: parseSettings((key) => meta.get(key)), state: readWorkshop(scratch) };
  } finally {
    scratch.destroy();
  }
}

/** A write or deletion anywhere but a key of the four root maps (another root, list content, a nested type). */
function outsideTheMaps(description: UpdateDescription): boolean {
  const roots: ReadonlySet<string> = new Set(Object.values(WORKSHOP_ROOTS));
  return [...description.writes, ...description.deletions].some(
    ({ place, key }) => place.live && (!roots.has(place.root) || place.path.length > 0 || key === null),
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Y.AbstractType || b instanceof Y.AbstractType || a instanceof Uint8Array || b instanceof Uint8Array) return false;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
