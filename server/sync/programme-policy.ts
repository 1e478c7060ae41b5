/**
 * The update policy of programme rooms. An editor gets the structural guard exactly as
 * before sign-in existed; a commenter the guard plus "comments only"; a reader nothing.
 * Refusals for rights are silent (no close): the socket stays for presence and for receiving
 * colleagues' changes, and reconnecting would not give more rights anyway.
 */
import { changesOnlyComments, inspectUpdate } from '../../shared/doc/index.ts';
import { CLOSE } from '../../shared/protocol.ts';
import type { UpdatePolicy } from './update-policy.ts';

export const programmePolicy: UpdatePolicy = {
  check(doc, conn, update) {
    if (conn.access !== 'edit' && conn.access !== 'comment') {
      return { close: null, reason: `${conn.access} access: updates are not accepted in a programme` };
    }
    const verdict = inspectUpdate(doc, update);
    if (verdict) return { close: verdict.missingDependency ? CLOSE.missingDependency : CLOSE.updateRejected, reason: verdict.reason };
    if (conn.access === 'comment' && !changesOnlyComments(doc, update)) {
      return { close: null, reason: 'comment access: the update changes more than comments' };
    }
    return null;
  },
};
