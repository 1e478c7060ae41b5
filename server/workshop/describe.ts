/**
 * A werkatelier as the REST API shows it. The join link is built here for both the screen and
 * the QR code, so the two never disagree; behind a TLS proxy the request's own URL says
 * http://internal-host, which is why a configured public URL wins.
 */
import type { Context } from 'hono';
import { readWorkshop } from '../../shared/doc/workshop/index.ts';
import { joinHref, workshopDocId } from '../../shared/workshop/api.ts';
import type { WorkshopInfo } from '../../shared/workshop/types.ts';
import type { WorkshopContext } from './context.ts';
import type { WorkshopRecord } from './workshop-store.ts';

/** The code and its link only for those who may see them, and only while open. */
export function describeWorkshop(c: Context, ctx: WorkshopContext, record: WorkshopRecord, withCode: boolean): WorkshopInfo {
  const info: WorkshopInfo = {
    id: record.id,
    programmeId: record.programmeId,
    scope: record.scope,
    title: record.title,
    status: record.status,
    createdAt: record.createdAt,
    createdBy: record.createdBy,
    closedAt: record.closedAt,
    docId: workshopDocId(record.id),
    participantCount: participantCount(ctx, record),
    editGrant: record.editGrant,
  };
  if (withCode && record.status === 'open') {
    info.code = record.code;
    info.joinUrl = joinUrl(c, ctx, record.code);
  }
  return info;
}

export function joinUrl(c: Context, ctx: Pick<WorkshopContext, 'publicUrl'>, code: string): string {
  return joinHref(ctx.publicUrl ?? new URL(c.req.url).origin, code);
}

function participantCount(ctx: WorkshopContext, record: WorkshopRecord): number {
  if (record.status === 'closed') return ctx.workshops.frozenParticipantCount(record.id) ?? 0;
  // Counted as the outcome will count them, so the number does not jump when the werkatelier closes.
  return ctx.registry.readDocument(workshopDocId(record.id), (doc) => readWorkshop(doc).participants.length) ?? 0;
}
