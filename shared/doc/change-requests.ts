/**
 * Change requests: a council-owned field changed after a raad-vastgesteld version keeps its
 * reason and target decision moment until a later version accepts it (user-needs V37, P2, P6).
 */
import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import type { EntityKind } from '../model/entities.ts';
import { DocError } from './errors.ts';
import { ID_KEY, notesMap } from './layout.ts';
import type { EditOrigin } from './origin.ts';

export type ChangeRequestStatus = 'open' | 'accepted' | 'withdrawn';

export interface ChangeRequest {
  id: string;
  targetKind: EntityKind;
  targetId: string;
  field: string;
  oldValue: string;
  newValue: string;
  reason: string;
  /** perspectiefnota, begroting, ... */
  decisionMoment: string;
  /** The adopted version whose value this changes. */
  versionId: string;
  authorId: string;
  authorName: string;
  at: string;
  status: ChangeRequestStatus;
}

export type NewChangeRequest = Omit<ChangeRequest, 'id' | 'status'>;

export function addChangeRequest(doc: Y.Doc, request: NewChangeRequest, origin: EditOrigin): string {
  if (request.reason.trim() === '') {
    throw new DocError('invalid-value', 'Geef een reden op: dit veld is door de raad vastgesteld.');
  }
  const id = uuidv4();
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set(ID_KEY, id);
    for (const [key, value] of Object.entries(request)) map.set(key, value);
    map.set('status', 'open');
    notesMap(doc, 'changeRequest').set(id, map);
  }, origin);
  return id;
}

export function setChangeRequestStatus(doc: Y.Doc, id: string, status: ChangeRequestStatus, origin: EditOrigin): void {
  const map = notesMap(doc, 'changeRequest').get(id);
  if (!map) throw new DocError('unknown-row', 'Dit wijzigingsverzoek bestaat niet (meer).');
  doc.transact(() => map.set('status', status), origin);
}

export function readChangeRequests(doc: Y.Doc): ChangeRequest[] {
  const out: ChangeRequest[] = [];
  notesMap(doc, 'changeRequest').forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const text = (key: string) => {
      const v = map.get(key);
      return typeof v === 'string' ? v : '';
    };
    const status = text('status');
    out.push({
      id,
      targetKind: text('targetKind') as EntityKind,
      targetId: text('targetId'),
      field: text('field'),
      oldValue: text('oldValue'),
      newValue: text('newValue'),
      reason: text('reason'),
      decisionMoment: text('decisionMoment'),
      versionId: text('versionId'),
      authorId: text('authorId'),
      authorName: text('authorName'),
      at: text('at'),
      status: status === 'accepted' || status === 'withdrawn' ? status : 'open',
    });
  });
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}
