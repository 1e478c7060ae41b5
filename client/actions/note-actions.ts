/**
 * Notes beside the rows: comments and their threads, acknowledged warnings, and withdrawing an
 * own change request. They pass the dispatcher's steps like every other change (the right they
 * need, one transaction, one undo step that returns to the cell the user is on); the notes'
 * Y.Doc layout stays in shared/doc/.
 */
import {
  acknowledgeFinding,
  addComment,
  resolveThread,
  setChangeRequestStatus,
  withdrawAcknowledgement,
  type NewComment,
  type StoredAcknowledgement,
} from '../../shared/doc/index.ts';
import type { Action } from './action.ts';

const EMPTY_COMMENT = 'Een opmerking mag niet leeg zijn.';

/** A new comment, or a reply when it names its thread; the result is the comment's id. */
export const placeComment: Action<NewComment, string> = {
  id: 'note.comment',
  label: 'Opmerking plaatsen',
  // A lezer may comment: the server lets a commenter change the comments and nothing else.
  right: 'comment',
  enabled: (comment) => (comment.text.trim() === '' ? EMPTY_COMMENT : true),
  perform: ({ doc, origin }, comment) => ({ result: addComment(doc, comment, origin) }),
};

export const setThreadResolved: Action<{ threadId: string; resolved: boolean }> = {
  id: 'note.resolve',
  label: 'Oplossen of heropenen',
  right: 'comment',
  perform: ({ doc, origin }, { threadId, resolved }) => {
    resolveThread(doc, threadId, resolved, origin);
    return { result: undefined };
  },
};

export const acknowledgeWarning: Action<StoredAcknowledgement> = {
  id: 'note.acknowledge',
  label: 'Waarschuwing erkennen',
  enabled: (ack) => (ack.reason.trim() === '' ? 'Geef een reden op waarom deze waarschuwing terecht genegeerd mag worden.' : true),
  perform: ({ doc, origin }, ack) => {
    acknowledgeFinding(doc, ack, origin);
    return { result: undefined };
  },
};

export const withdrawAcknowledgementOf: Action<{ key: string }> = {
  id: 'note.withdraw-acknowledgement',
  label: 'Erkenning intrekken',
  perform: ({ doc, origin }, { key }) => {
    withdrawAcknowledgement(doc, key, origin);
    return { result: undefined };
  },
};

export const withdrawChangeRequest: Action<{ requestId: string }> = {
  id: 'note.withdraw-change-request',
  label: 'Wijzigingsverzoek intrekken',
  perform: ({ doc, origin }, { requestId }) => {
    setChangeRequestStatus(doc, requestId, 'withdrawn', origin);
    return { result: undefined };
  },
};
