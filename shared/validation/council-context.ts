/**
 * The part of the validation context that rule V37 needs: the programme as the raad adopted it
 * (the newest raad-vastgesteld version) and the change requests made against that version, as
 * the document stores them. Browser and server build it the same way, so the Problemen panel
 * and GET /api/documents/:id/validation agree.
 */
import type { StoredChangeRequest } from '../doc/index.ts';
import type { Programme } from '../model/types.ts';
import type { ValidationContext } from './context.ts';

export interface AdoptedVersion {
  versionId: string;
  programme: Programme;
}

export function councilContext(
  adopted: AdoptedVersion | null,
  requests: readonly StoredChangeRequest[],
): Pick<ValidationContext, 'adopted' | 'changeRequests'> {
  if (!adopted) return {};
  return {
    adopted: adopted.programme,
    changeRequests: requests
      // A request against an older adoption, or one taken back, asks nothing of this one.
      .filter((r) => r.versionId === adopted.versionId && r.status !== 'withdrawn')
      .map((r) => ({ entityId: r.targetId, field: r.field, reason: r.reason, decisionMoment: r.decisionMoment, by: r.authorName, at: r.at })),
  };
}
