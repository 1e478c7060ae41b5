/**
 * Starting and showing werkateliers: create (facilitate), list per programme, one
 * werkatelier and its slice (also for its participants), and the QR code of the join link.
 */
import { Hono } from 'hono';
import * as Y from 'yjs';
import { initWorkshop } from '../../shared/doc/workshop/index.ts';
import { workshopDocId } from '../../shared/workshop/api.ts';
import { MAX_TITLE_LENGTH, isDotCount, isVotingMode } from '../../shared/workshop/parse.ts';
import { parseScope } from '../../shared/workshop/slice.ts';
import type { WorkshopSettings } from '../../shared/workshop/types.ts';
import type { AuthEnv, Principal } from '../auth/index.ts';
import { jsonBody, loadWorkshop, type WorkshopContext } from './context.ts';
import { newJoinCode, newWorkshopId } from './ids.ts';
import {
  BAD_DOTS,
  BAD_EDIT_GRANT,
  BAD_JSON,
  BAD_SCOPE,
  BAD_TITLE,
  BAD_VOTING_MODE,
  FACILITATORS_ONLY,
  GRANT_NEEDS_EDITOR,
  NOT_SIGNED_IN,
  SCOPE_GONE,
  UNKNOWN_PROGRAMME,
  WORKSHOP_CLOSED,
} from './messages.ts';
import { qrSvg } from './qr.ts';
import { describeWorkshop, joinUrl } from './describe.ts';
import { CodeTaken, type WorkshopRecord } from './workshop-store.ts';
import { NO_PROGRAMME_ACCESS } from '../auth/messages.ts';

const CODE_ATTEMPTS = 5;

export function setupRoutes(ctx: WorkshopContext): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();

  api.post('/documents/:id/workshops', async (c) => {
    const principal = c.get('principal') as Principal | undefined;
    if (!principal) return c.json({ error: NOT_SIGNED_IN }, 401);
    const programmeId = c.req.param('id');
    if (!ctx.auth.can(principal, programmeId, 'facilitate')) {
      return c.json({ error: ctx.auth.can(principal, programmeId, 'read') ? FACILITATORS_ONLY : NO_PROGRAMME_ACCESS }, 403);
    }
    const body = await jsonBody(c);
    if (typeof body !== 'object' || body === null) return c.json({ error: BAD_JSON }, 400);
    const input = body as Record<string, unknown>;
    const title = typeof input.title === 'string' ? input.title.trim() : '';
    if (title.length === 0 || title.length > MAX_TITLE_LENGTH) return c.json({ error: BAD_TITLE }, 400);
    const scope = parseScope(input.scope);
    if (!scope) return c.json({ error: BAD_SCOPE }, 400);
    if (!isVotingMode(input.votingMode)) return c.json({ error: BAD_VOTING_MODE }, 400);
    if (!isDotCount(input.dots)) return c.json({ error: BAD_DOTS }, 400);
    if (input.editGrant !== undefined && typeof input.editGrant !== 'boolean') return c.json({ error: BAD_EDIT_GRANT }, 400);
    const editGrant = input.editGrant === true;
    // The grant hands the right to change the programme to facilitators, so only who holds it may give it.
    if (editGrant && !ctx.auth.can(principal, programmeId, 'edit')) return c.json({ error: GRANT_NEEDS_EDITOR }, 403);
    if (!ctx.documents.hasDocument(programmeId)) return c.json({ error: UNKNOWN_PROGRAMME }, 404);

    const id = newWorkshopId();
    const slice = ctx.slices.refresh(id, programmeId, scope);
    if (!slice) return c.json({ error: UNKNOWN_PROGRAMME }, 404);
    if (slice.length === 0) {
      ctx.slices.forget(id);
      return c.json({ error: SCOPE_GONE }, 400);
    }
    const record = createRecord(ctx, {
      id,
      programmeId,
      scope,
      title,
      votingMode: input.votingMode,
      dots: input.dots,
      createdAt: new Date().toISOString(),
      createdBy: { id: principal.id, name: principal.name },
      editGrant,
    });
    const settings: WorkshopSettings = {
      title,
      state: 'open',
      votingMode: record.votingMode,
      dots: record.dots,
      votingOpen: false,
      focusRowId: null,
      timerEndsAt: null,
    };
    const doc = new Y.Doc();
    try {
      initWorkshop(doc, settings);
      ctx.documents.append(workshopDocId(id), Y.encodeStateAsUpdate(doc));
    } finally {
      doc.destroy();
    }
    ctx.log.info('werkatelier created', { workshopId: id, programmeId, scope: scope.kind, editGrant, by: principal.id });
    return c.json(describeWorkshop(c, ctx, record, true), 201);
  });

  api.get('/documents/:id/workshops', (c) => {
    const principal = c.get('principal') as Principal | undefined;
    if (!principal) return c.json({ error: NOT_SIGNED_IN }, 401);
    const programmeId = c.req.param('id');
    // As the programme routes answer: no rights says nothing about whether the programme exists.
    if (!ctx.auth.can(principal, programmeId, 'read')) return c.json({ error: NO_PROGRAMME_ACCESS }, 403);
    const withCode = ctx.auth.can(principal, programmeId, 'facilitate');
    return c.json(ctx.workshops.listForProgramme(programmeId).map((record) => describeWorkshop(c, ctx, record, withCode)));
  });

  api.get('/workshops/:wid', (c) => {
    const loaded = loadWorkshop(c, ctx, 'seen');
    if (!loaded.ok) return loaded.response;
    return c.json(describeWorkshop(c, ctx, loaded.record, loaded.facilitates));
  });

  api.get('/workshops/:wid/slice', (c) => {
    const loaded = loadWorkshop(c, ctx, 'seen');
    if (!loaded.ok) return loaded.response;
    const { record } = loaded;
    const slice = ctx.slices.refresh(record.id, record.programmeId, record.scope);
    if (!slice) return c.json({ error: UNKNOWN_PROGRAMME }, 404);
    return c.json(slice);
  });

  api.get('/workshops/:wid/qr.svg', (c) => {
    const loaded = loadWorkshop(c, ctx, 'facilitate', FACILITATORS_ONLY);
    if (!loaded.ok) return loaded.response;
    if (loaded.record.status !== 'open') return c.json({ error: WORKSHOP_CLOSED }, 410);
    return c.body(qrSvg(joinUrl(c, ctx, loaded.record.code)), 200, {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  return api;
}

/** Inserts the row; a clash of join codes (1 in 10^11 per pair) just draws another. */
function createRecord(ctx: WorkshopContext, fields: Omit<WorkshopRecord, 'code' | 'status' | 'closedAt'>): WorkshopRecord {
  for (let attempt = 1; ; attempt++) {
    try {
      return ctx.workshops.create({ ...fields, code: newJoinCode() });
    } catch (error) {
      if (attempt >= CODE_ATTEMPTS || !(error instanceof CodeTaken)) throw error;
    }
  }
}
