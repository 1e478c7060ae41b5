/**
 * Operations on notes: acknowledged warnings and comment threads. Like row operations, each is
 * one transaction with a typed origin. Times come from the caller (shared/ reads no clock).
 */
import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import type { EntityKind } from '../model/entities.ts';
import { DocError } from './errors.ts';
import { ID_KEY, notesMap } from './layout.ts';
import type { EditOrigin } from './origin.ts';

export interface StoredAcknowledgement {
  /** The finding key (ruleId|entityId|field) it acknowledges. */
  key: string;
  reason: string;
  by: string;
  byName: string;
  at: string;
  fingerprint?: string;
}

export interface Comment {
  id: string;
  targetKind: EntityKind;
  targetId: string;
  /** The cell's field, or null for a comment on the whole row. */
  field: string | null;
  /** Id of the first comment of the thread; equals `id` for that first comment. */
  threadId: string;
  text: string;
  authorId: string;
  authorName: string;
  at: string;
  resolved: boolean;
}

export function acknowledgeFinding(doc: Y.Doc, ack: StoredAcknowledgement, origin: EditOrigin): void {
  if (ack.reason.trim() === '') throw new DocError('invalid-value', 'Geef een reden op waarom deze waarschuwing terecht genegeerd mag worden.');
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set(ID_KEY, ack.key);
    map.set('reason', ack.reason.trim());
    map.set('by', ack.by);
    map.set('byName', ack.byName);
    map.set('at', ack.at);
    if (ack.fingerprint !== undefined) map.set('fingerprint', ack.fingerprint);
    notesMap(doc, 'acknowledgement').set(ack.key, map);
  }, origin);
}

export function withdrawAcknowledgement(doc: Y.Doc, key: string, origin: EditOrigin): void {
  const acks = notesMap(doc, 'acknowledgement');
  if (!acks.has(key)) return;
  doc.transact(() => acks.delete(key), origin);
}

export function readAcknowledgements(doc: Y.Doc): StoredAcknowledgement[] {
  const out: StoredAcknowledgement[] = [];
  notesMap(doc, 'acknowledgement').forEach((map, key) => {
    if (!(map instanceof Y.Map)) return;
    const fingerprint = map.get('fingerprint');
    out.push({
      key,
      reason: text(map, 'reason'),
      by: text(map, 'by'),
      byName: text(map, 'byName'),
      at: text(map, 'at'),
      ...(typeof fingerprint === 'string' ? { fingerprint } : {}),
    });
  });
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export type NewComment = Omit<Comment, 'id' | 'threadId' | 'resolved'> & { threadId?: string | null };

/** Adds a comment; without a threadId it starts a new thread. Returns its id. */
export function addComment(doc: Y.Doc, comment: NewComment, origin: EditOrigin): string {
  if (comment.text.trim() === '') throw new DocError('invalid-value', 'Een opmerking mag niet leeg zijn.');
  const id = uuidv4();
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set(ID_KEY, id);
    map.set('targetKind', comment.targetKind);
    map.set('targetId', comment.targetId);
    map.set('field', comment.field);
    map.set('threadId', comment.threadId ?? id);
    map.set('text', comment.text);
    map.set('authorId', comment.authorId);
    map.set('authorName', comment.authorName);
    map.set('at', comment.at);
    map.set('resolved', false);
    notesMap(doc, 'comment').set(id, map);
  }, origin);
  return id;
}

/** Marks every comment of a thread resolved (or open again). */
export function resolveThread(doc: Y.Doc, threadId: string, resolved: boolean, origin: EditOrigin): void {
  const comments = notesMap(doc, 'comment');
  doc.transact(() => {
    comments.forEach((map) => {
      if (map instanceof Y.Map && map.get('threadId') === threadId) map.set('resolved', resolved);
    });
  }, origin);
}

export function readComments(doc: Y.Doc): Comment[] {
  const out: Comment[] = [];
  notesMap(doc, 'comment').forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const field = map.get('field');
    out.push({
      id,
      targetKind: text(map, 'targetKind') as EntityKind,
      targetId: text(map, 'targetId'),
      field: typeof field === 'string' && field !== '' ? field : null,
      threadId: text(map, 'threadId') || id,
      text: text(map, 'text'),
      authorId: text(map, 'authorId'),
      authorName: text(map, 'authorName'),
      at: text(map, 'at'),
      resolved: map.get('resolved') === true,
    });
  });
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}

function text(map: Y.Map<unknown>, key: string): string {
  const v = map.get(key);
  return typeof v === 'string' ? v : '';
}
