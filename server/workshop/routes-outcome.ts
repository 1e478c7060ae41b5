/**
 * Closing a werkatelier and what it leaves behind. The outcome is computed here from the
 * room's doc (never a client's tally), frozen in the database, and from then on every
 * export and comparison reads that frozen copy.
 */
import { Hono } from 'hono';
import { EditOrigin, readMeta } from '../../shared/doc/index.ts';
import { markClosed, readWorkshop } from '../../shared/doc/workshop/index.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { workshopDocId } from '../../shared/workshop/api.ts';
import { compareRankings } from '../../shared/workshop/compare.ts';
import { buildOutcome } from '../../shared/workshop/outcome.ts';
import type { AuthEnv } from '../auth/index.ts';
import { contentDisposition } from '../export/file-name.ts';
import { compareList } from './compare-list.ts';
import { loadWorkshop, type WorkshopContext } from './context.ts';
import { isOutcomeFormat, renderOutcome } from './export/outcome-file.ts';
import { FACILITATORS_ONLY, UNKNOWN_EXPORT_FORMAT, UNKNOWN_WORKSHOP, WORKSHOP_CLOSED, WORKSHOP_STILL_OPEN } from './messages.ts';

export function outcomeRoutes(ctx: WorkshopContext): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();

  api.post('/workshops/:wid/close', (c) => {
    const loaded = loadWorkshop(c, ctx, 'facilitate', FACILITATORS_ONLY);
    if (!loaded.ok) return loaded.response;
    const { record, principal } = loaded;
    if (record.status !== 'open') return c.json({ error: WORKSHOP_CLOSED }, 409);
    const docId = workshopDocId(record.id);
    const state = ctx.registry.readDocument(docId, readWorkshop);
    if (!state) return c.json({ error: UNKNOWN_WORKSHOP }, 404);
    // Live from the programme, so a result added during the evening is in the outcome; the cache if the programme is gone.
    const slice = ctx.slices.refresh(record.id, record.programmeId, record.scope) ?? ctx.slices.get(record.id, record.programmeId, record.scope).rows;
    const outcome = buildOutcome({
      workshopId: record.id,
      programmeId: record.programmeId,
      title: record.title,
      scope: record.scope,
      closedAt: new Date().toISOString(),
      slice,
      state,
    });
    // Everything below runs in this one tick: no vote can slip in between the count and the close.
    if (!ctx.workshops.markClosed(record.id, outcome)) return c.json({ error: WORKSHOP_CLOSED }, 409);
    ctx.registry.changeDocument(docId, new EditOrigin('server', principal.id, principal.name), markClosed);
    ctx.auth.endWorkshopSessions(record.id);
    const dropped = ctx.registry.dropSelected({ document: docId, access: ['participate'] }, CLOSE.workshopClosed, 'werkatelier closed');
    ctx.slices.forget(record.id);
    ctx.log.info('werkatelier closed', { workshopId: record.id, by: principal.id, participants: outcome.participantCount, ranked: outcome.ranking.length, dropped });
    return c.json(outcome);
  });

  api.get('/workshops/:wid/outcome', (c) => {
    const loaded = loadWorkshop(c, ctx, 'read');
    if (!loaded.ok) return loaded.response;
    const outcome = ctx.workshops.outcome(loaded.record.id);
    if (!outcome) return c.json({ error: WORKSHOP_STILL_OPEN }, 409);
    return c.json(outcome);
  });

  api.get('/workshops/:wid/export', async (c) => {
    const loaded = loadWorkshop(c, ctx, 'read');
    if (!loaded.ok) return loaded.response;
    const format = c.req.query('format');
    if (!isOutcomeFormat(format)) return c.json({ error: UNKNOWN_EXPORT_FORMAT }, 400);
    const outcome = ctx.workshops.outcome(loaded.record.id);
    if (!outcome) return c.json({ error: WORKSHOP_STILL_OPEN }, 409);
    const programmeName = ctx.registry.readDocument(outcome.programmeId, readMeta)?.name ?? '';
    const file = await renderOutcome(outcome, programmeName, ctx.workshops.dispositions(outcome.workshopId), format);
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': contentDisposition(file.fileName),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  api.get('/workshops/:wid/compare', (c) => {
    const loaded = loadWorkshop(c, ctx, 'read');
    if (!loaded.ok) return loaded.response;
    const other = compareList(ctx, loaded.record, c.req.query('with'));
    if (!other.ok && other.status === 400) return c.json({ error: other.error }, 400);
    // Its own outcome first: while this one is open, what it is compared with does not matter yet.
    const outcome = ctx.workshops.outcome(loaded.record.id);
    if (!outcome) return c.json({ error: WORKSHOP_STILL_OPEN }, 409);
    if (!other.ok) return c.json({ error: other.error }, other.status);
    return c.json(compareRankings(outcome, other.list));
  });

  return api;
}
