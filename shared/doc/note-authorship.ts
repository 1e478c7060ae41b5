/**
 * Who may write which note over /sync (issue 11, item 4). Author ids and names come from the
 * page, so the server checks them against the socket's signed-in user:
 *
 * - a new comment or change request carries authorId and authorName of the sender, a new
 *   acknowledgement `by` and `byName` of the sender;
 * - a note that exists is changed or deleted only by its author, except `resolved` on a
 *   comment, which editors may set too, and `status` of a change request, which editors may
 *   set to anything but 'withdrawn' (only its author withdraws it);
 * - an acknowledgement may be replaced by a new one of the sender: re-acknowledging a warning
 *   whose acknowledgement lapsed writes the same key (the finding's). The old one's author
 *   loses nothing but a stale reason, and the new one names its real author.
 *
 * Writes under a deleted parent are not judged here: they can never show (see item 11 in
 * programme-policy.ts for who may send them at all).
 */
import * as Y from 'yjs';
import { ID_KEY, notesMap } from './layout.ts';
import { NOTE_KINDS, type NoteKind } from './notes-schema.ts';
import type { UpdateDescription } from './update-reader/index.ts';

export interface NoteSender {
  id: string;
  name: string;
  /** Edit access on the programme (may resolve others' comments). */
  canEdit: boolean;
}

const NOTE_ROOT_PREFIX = 'notes:';

/** Which keys of a note name its author. */
const AUTHOR_KEYS: Record<NoteKind, { id: string; name: string }> = {
  comment: { id: 'authorId', name: 'authorName' },
  changeRequest: { id: 'authorId', name: 'authorName' },
  acknowledgement: { id: 'by', name: 'byName' },
};

interface NoteTouch {
  kind: NoteKind;
  id: string;
  /** A new map written at the note's key (a new note, or a replacement). */
  created: boolean;
  /** The existing note is removed (without a new one at its key, or replaced by one). */
  removed: boolean;
  /** Keys written inside the note, with the last value the update writes. */
  values: Map<string, unknown>;
  /** Keys of the existing note whose value goes away. */
  cleared: Set<string>;
}

/** Null when every note the update writes or deletes is the sender's to change; else why not. */
export function noteAuthorshipProblem(description: UpdateDescription, doc: Y.Doc, sender: NoteSender): string | null {
  const touches = new Map<string, NoteTouch>();
  const touch = (kind: NoteKind, id: string): NoteTouch => {
    const key = `${kind}\u0000${id}`;
    let entry = touches.get(key);
    if (!entry) touches.set(key, (entry = { kind, id, created: false, removed: false, values: new Map(), cleared: new Set() }));
    return entry;
  };
  for (const write of description.writes) {
    if (!write.place.live) continue;
    const kind = noteKindOf(write.place.root);
    if (!kind) continue;
    const { path } = write.place;
    if (path.length === 0 && write.key !== null) {
      if (write.content.kind !== 'deleted') touch(kind, write.key).created = true;
    } else if (path.length === 1 && typeof path[0] === 'string' && write.key !== null && write.content.kind === 'values') {
      touch(kind, path[0]).values.set(write.key, write.content.values.at(-1));
    }
  }
  for (const deletion of description.deletions) {
    const kind = noteKindOf(deletion.place.root);
    if (!kind || deletion.key === null) continue;
    const { path } = deletion.place;
    if (path.length === 0) touch(kind, deletion.key).removed = true;
    else if (path.length === 1 && typeof path[0] === 'string') touch(kind, path[0]).cleared.add(deletion.key);
  }
  for (const note of touches.values()) {
    const problem = touchProblem(note, doc, sender);
    if (problem) return `${note.kind} ${note.id.slice(0, 40)}: ${problem}`;
  }
  return null;
}

function touchProblem(note: NoteTouch, doc: Y.Doc, sender: NoteSender): string | null {
  const keys = AUTHOR_KEYS[note.kind];
  const existing = notesMap(doc, note.kind).get(note.id);
  const existingAuthor = existing instanceof Y.Map ? existing.get(keys.id) : undefined;
  const own = existing instanceof Y.Map && existingAuthor === sender.id;
  if (note.created) {
    if (note.values.get(keys.id) !== sender.id || note.values.get(keys.name) !== sender.name) return 'written in someone else’s name';
    if (note.values.has(ID_KEY) && note.values.get(ID_KEY) !== note.id) return 'id differs from its key';
    // Also without deleting it: a new map at a taken key that wins the conflict replaces the note all the same.
    if (existing instanceof Y.Map && !own && note.kind !== 'acknowledgement') return 'replaces someone else’s note';
    return null;
  }
  if (!(existing instanceof Y.Map)) return null; // nothing that shows: the structural guard judged the values
  if (note.removed) return own ? null : 'deletes someone else’s note';
  for (const key of new Set([...note.values.keys(), ...note.cleared])) {
    if (key === keys.id || key === keys.name || key === ID_KEY) {
      if (!note.values.has(key) || note.values.get(key) !== (key === keys.id ? sender.id : key === keys.name ? sender.name : note.id)) return `changes ${key}`;
    }
    if (own) continue;
    if (note.kind === 'comment' && key === 'resolved' && sender.canEdit && note.values.has(key)) continue;
    if (note.kind === 'changeRequest' && key === 'status' && sender.canEdit && note.values.has(key) && note.values.get(key) !== 'withdrawn') continue;
    return `changes ${key} of someone else’s note`;
  }
  return null;
}

function noteKindOf(root: string): NoteKind | null {
  if (!root.startsWith(NOTE_ROOT_PREFIX)) return null;
  const kind = root.slice(NOTE_ROOT_PREFIX.length);
  return (NOTE_KINDS as readonly string[]).includes(kind) ? (kind as NoteKind) : null;
}
