/**
 * The update policy of programme rooms. An editor gets the structural guard and the limits on
 * deleting (shared/doc/delete-guard.ts) and on notes (shared/doc/note-authorship.ts: only in
 * one's own name, only one's own); a commenter the same plus "comments only"; a reader nothing.
 * Refusals for rights are silent (no close): the socket stays for presence and for receiving
 * colleagues' changes, and reconnecting would not give more rights anyway.
 */
import { collectionsChangedBy, COMMENT_COLLECTION, deletionProblem, guardProgrammeUpdate, noteAuthorshipProblem, type UpdateDescription } from '../../shared/doc/index.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { updatePolicy } from './update-policy.ts';

export const programmePolicy = updatePolicy((description, sender, doc) => {
  if (sender.access !== 'edit' && sender.access !== 'comment') {
    return { close: null, reason: `${sender.access} access: updates are not accepted in a programme` };
  }
  // Issue 11, item 11: a value under a deleted row never shows, but its bytes would be stored.
  // Only an editor's page sends one honestly (a cell typed offline in a row a colleague deleted),
  // and it is stored for editors: its clocks are part of the editor's history, and the next
  // update of that page builds on them. Left out of the log, that update would leave a gap the
  // server refuses (4509), and after a restart Yjs would hold it back as pending: lost work.
  // Editors' bytes are bounded by the storage budget instead (storage-limits.ts).
  if (sender.access !== 'edit' && description.writes.some((w) => !w.place.live && w.content.kind !== 'deleted')) {
    return { close: CLOSE.updateRejected, reason: `${sender.access} access: writes under a deleted parent` };
  }
  const verdict = guardProgrammeUpdate(description);
  if (verdict) return { close: verdict.missingDependency ? CLOSE.missingDependency : CLOSE.updateRejected, reason: verdict.reason };
  // A crafted update, never what the page sends: closed, so the sender cannot keep trying quietly.
  const deletion = deletionProblem(description, doc);
  if (deletion) return { close: CLOSE.updateRejected, reason: deletion };
  const authorship = noteAuthorshipProblem(description, doc, { id: sender.principal.id, name: sender.principal.name, canEdit: sender.access === 'edit' });
  if (authorship) return { close: CLOSE.updateRejected, reason: authorship };
  if (sender.access === 'comment' && !onlyComments(description)) {
    return { close: null, reason: 'comment access: the update changes more than comments' };
  }
  return null;
});

function onlyComments(description: UpdateDescription): boolean {
  const changed = collectionsChangedBy(description);
  return changed !== null && [...changed].every((label) => label === COMMENT_COLLECTION);
}
