/** What every werkatelier route needs, and the one place that decides who may see a werkatelier. */
import type { Context } from 'hono';
import type { AuthApi, AuthEnv, Principal } from '../auth/index.ts';
import type { Logger } from '../log.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { NO_WORKSHOP_ACCESS, NOT_SIGNED_IN, UNKNOWN_WORKSHOP } from './messages.ts';
import type { SliceCache } from './slice-cache.ts';
import type { WorkshopRecord, WorkshopStore } from './workshop-store.ts';

export interface WorkshopContext {
  workshops: WorkshopStore;
  slices: SliceCache;
  registry: RoomRegistry;
  documents: Pick<DocumentStore, 'append' | 'hasDocument'>;
  auth: AuthApi;
  log: Logger;
  /** Where participants reach Koers (KOERS_PUBLIC_URL, no trailing slash); null: the request's own origin. */
  publicUrl: string | null;
}

/**
 * seen: its participants (info and slice only) and everyone who reads the programme.
 * read / facilitate: from the principal's rights on the programme.
 * facilitate-or-edit: recording what became of a card.
 */
export type WorkshopNeed = 'seen' | 'read' | 'facilitate' | 'facilitate-or-edit';

export type Loaded = { ok: true; record: WorkshopRecord; principal: Principal; facilitates: boolean } | { ok: false; response: Response };

/** The werkatelier of `:wid` if the principal may do `need` with it; else the answer to give. */
export function loadWorkshop(c: Context<AuthEnv>, ctx: WorkshopContext, need: WorkshopNeed, forbidden: string = NO_WORKSHOP_ACCESS): Loaded {
  const principal = c.get('principal') as Principal | undefined;
  if (!principal) return { ok: false, response: c.json({ error: NOT_SIGNED_IN }, 401) };
  const record = ctx.workshops.get(c.req.param('wid') ?? '');
  if (!record) return { ok: false, response: c.json({ error: UNKNOWN_WORKSHOP }, 404) };
  if (principal.kind === 'participant') {
    if (need === 'seen' && principal.workshopId === record.id) return { ok: true, record, principal, facilitates: false };
    // A participant of another werkatelier learns nothing about this one, not even that it exists.
    return { ok: false, response: c.json({ error: principal.workshopId === record.id ? forbidden : UNKNOWN_WORKSHOP }, principal.workshopId === record.id ? 403 : 404) };
  }
  const facilitates = ctx.auth.can(principal, record.programmeId, 'facilitate');
  const allowed =
    need === 'facilitate'
      ? facilitates
      : need === 'facilitate-or-edit'
        ? facilitates || ctx.auth.can(principal, record.programmeId, 'edit')
        : ctx.auth.can(principal, record.programmeId, 'read');
  if (allowed) return { ok: true, record, principal, facilitates };
  const readsProgramme = ctx.auth.can(principal, record.programmeId, 'read');
  return { ok: false, response: c.json({ error: readsProgramme ? forbidden : UNKNOWN_WORKSHOP }, readsProgramme ? 403 : 404) };
}

/**
 * Whether this principal may change the programme through this werkatelier's cards: an editor of
 * the programme, or one of its facilitators when the werkatelier carries the edit grant.
 */
export function mayChangeProgramme(ctx: Pick<WorkshopContext, 'auth'>, principal: Principal, record: WorkshopRecord): boolean {
  if (ctx.auth.can(principal, record.programmeId, 'edit')) return true;
  return record.editGrant && ctx.auth.can(principal, record.programmeId, 'facilitate');
}

/** JSON body or null (never throws: a bad body is the client's mistake, not a 500). */
export async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return undefined;
  }
}
