/**
 * What a principal may do in one document over /sync, or the close code that says why not.
 * Used at the upgrade and again when someone's roles change (open sockets are re-checked).
 */
import { isBudgetDocId } from '../../shared/budget/document-id.ts';
import { workshopIdOfDoc } from '../../shared/workshop/api.ts';
import { CLOSE, type CloseSpec } from '../../shared/protocol.ts';
import type { AuthApi } from '../auth/index.ts';
import type { Access, Principal } from '../auth/principal.ts';
import type { WorkshopModule } from '../workshop/index.ts';

type AccessDecision = { access: Access } | { close: CloseSpec; reason: string };

export type AccessDecider = (principal: Principal, docId: string) => AccessDecision;

/** isArchived: an archived programme gives read access only (programme-routes.ts archives). */
export function accessDecider(
  auth: Pick<AuthApi, 'can'>,
  workshops: Pick<WorkshopModule, 'lookup'>,
  isArchived: (docId: string) => boolean = () => false,
): AccessDecider {
  return (principal, docId) => {
    // A beheerder's temporary password: nothing is done under it until the user chose their own.
    if (principal.kind === 'user' && principal.mustChangePassword) return { close: CLOSE.forbidden, reason: 'must choose own password' };
    if (isBudgetDocId(docId)) {
      // A budget plan: the finance right edits the money, the edit right the links to results.
      const finance = auth.can(principal, docId, 'finance');
      const edit = auth.can(principal, docId, 'edit');
      if (finance && edit) return { access: 'edit' };
      if (finance) return { access: 'finance' };
      if (edit) return { access: 'link' };
      if (auth.can(principal, docId, 'comment')) return { access: 'comment' };
      return { close: CLOSE.forbidden, reason: 'no rights on this budget plan' };
    }
    const workshopId = workshopIdOfDoc(docId);
    if (workshopId === null) {
      if (isArchived(docId) && auth.can(principal, docId, 'read')) return { access: 'read' };
      if (auth.can(principal, docId, 'edit')) return { access: 'edit' };
      if (auth.can(principal, docId, 'comment')) return { access: 'comment' };
      return { close: CLOSE.forbidden, reason: 'no rights on this programme' };
    }
    const workshop = workshops.lookup(workshopId);
    if (!workshop) return { close: CLOSE.unknownDocument, reason: 'no such werkatelier' };
    if (principal.kind === 'participant') {
      if (principal.workshopId !== workshopId) return { close: CLOSE.forbidden, reason: 'participant of another werkatelier' };
      return workshop.status === 'open' ? { access: 'participate' } : { close: CLOSE.workshopClosed, reason: 'werkatelier closed' };
    }
    if (auth.can(principal, workshop.programmeId, 'facilitate')) return { access: 'facilitate' };
    if (auth.can(principal, workshop.programmeId, 'read')) return { access: 'read' };
    return { close: CLOSE.forbidden, reason: 'no rights on the programme of this werkatelier' };
  };
}
