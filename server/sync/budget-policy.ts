/**
 * The update policy of budget plan rooms, the same mechanism as programmes
 * (programme-policy.ts): a crafted update (a root, key or value the layout does not have, a meta
 * write, a wipe) closes the socket with 4422; an update the socket's rights do not cover is
 * dropped silently, the socket stays for presence and for colleagues' changes. The finance
 * right writes lines, cells, movements and co-financing (access finance or edit); the edit
 * right writes links to programme rows (access link or edit). Readers and commenters write
 * nothing here yet (budget plans have no comments).
 */
import { budgetUpdateProblem, rightsNeeded, writesUnderDeleted } from '../../shared/doc/budget/index.ts';
import type { Right } from '../../shared/auth/roles.ts';
import { CLOSE } from '../../shared/protocol.ts';
import type { Access } from '../auth/principal.ts';
import { updatePolicy } from './update-policy.ts';

const RIGHTS_OF_ACCESS: Partial<Record<Access, readonly Right[]>> = {
  edit: ['finance', 'edit'],
  finance: ['finance'],
  link: ['edit'],
};

export const budgetPolicy = updatePolicy((description, sender, doc) => {
  const rights = RIGHTS_OF_ACCESS[sender.access];
  if (!rights) return { close: null, reason: `${sender.access} access: updates are not accepted in a budget plan` };
  // As in a programme, only the editors' pages send such writes honestly (a cell typed offline in
  // a line a colleague deleted); their bytes are bounded by the storage budget instead.
  if (sender.access === 'link' && writesUnderDeleted(description)) {
    return { close: CLOSE.updateRejected, reason: `${sender.access} access: writes under a deleted parent` };
  }
  const problem = budgetUpdateProblem(description, doc);
  if (problem) return { close: problem.missingDependency ? CLOSE.missingDependency : CLOSE.updateRejected, reason: problem.reason };
  const missing = [...rightsNeeded(description)].filter((right) => !rights.includes(right));
  if (missing.length > 0) return { close: null, reason: `${sender.access} access: the update needs the ${missing.join(' and ')} right` };
  return null;
});
