/**
 * What became of each card: a facilitator or redacteur records it (and for 'verwerkt' and
 * 'nieuw-resultaat' makes the change in the programme in the same request), and the feedback
 * report lists it for everyone who reads the programme.
 */
import { Hono } from 'hono';
import { readWorkshop } from '../../shared/doc/workshop/index.ts';
import { workshopDocId } from '../../shared/workshop/api.ts';
import { parseDisposition } from '../../shared/workshop/disposition.ts';
import type { CardDispositionRecord, WorkshopCard } from '../../shared/workshop/types.ts';
import type { AuthEnv } from '../auth/index.ts';
import { applyDisposition } from './apply-disposition.ts';
import { jsonBody, loadWorkshop, mayChangeProgramme, type WorkshopContext } from './context.ts';
import { BAD_JSON, EDITORS_OR_FACILITATORS, NO_EDIT_GRANT, UNKNOWN_CARD } from './messages.ts';
import type { WorkshopRecord } from './workshop-store.ts';

export function feedbackRoutes(ctx: WorkshopContext): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();

  api.post('/workshops/:wid/cards/:cardId/disposition', async (c) => {
    const loaded = loadWorkshop(c, ctx, 'facilitate-or-edit', EDITORS_OR_FACILITATORS);
    if (!loaded.ok) return loaded.response;
    const { record, principal } = loaded;
    const card = findCard(ctx, record, c.req.param('cardId'));
    if (!card) return c.json({ error: UNKNOWN_CARD }, 404);
    const body = await jsonBody(c);
    if (body === undefined) return c.json({ error: BAD_JSON }, 400);
    const parsed = parseDisposition(body);
    if (!parsed.ok) return c.json({ error: parsed.error }, 400);
    // 'niet-verwerkt' only records a reason; everything else changes the programme and needs that right.
    if (parsed.disposition.action !== 'niet-verwerkt' && !mayChangeProgramme(ctx, principal, record)) {
      ctx.log.warn('werkatelier disposition refused: no right to change the programme', { workshopId: record.id, cardId: card.id, by: principal.id });
      return c.json({ error: NO_EDIT_GRANT }, 403);
    }
    const slice = ctx.slices.refresh(record.id, record.programmeId, record.scope) ?? [];
    const applied = applyDisposition(ctx.registry, record.programmeId, new Set(slice.map((row) => row.id)), card, parsed.disposition, principal);
    if (!applied.ok) {
      ctx.log.warn('werkatelier disposition refused', { workshopId: record.id, cardId: card.id, by: principal.id, status: applied.status, reason: applied.reason });
      return c.json({ error: applied.error }, applied.status);
    }
    const entry: CardDispositionRecord = {
      cardId: card.id,
      disposition: applied.recorded,
      by: { id: principal.id, name: principal.name },
      at: new Date().toISOString(),
    };
    ctx.workshops.addDisposition(record.id, entry);
    ctx.log.info('werkatelier card disposition', { workshopId: record.id, cardId: card.id, action: parsed.disposition.action, by: principal.id });
    return c.json(entry);
  });

  api.get('/workshops/:wid/feedback', (c) => {
    const loaded = loadWorkshop(c, ctx, 'read');
    if (!loaded.ok) return loaded.response;
    return c.json(ctx.workshops.dispositions(loaded.record.id));
  });

  return api;
}

/** From the frozen outcome once closed, else from the live room. */
function findCard(ctx: WorkshopContext, record: WorkshopRecord, cardId: string): WorkshopCard | null {
  const frozen = ctx.workshops.outcome(record.id);
  const cards = frozen ? frozen.cards : (ctx.registry.readDocument(workshopDocId(record.id), readWorkshop)?.cards ?? []);
  return cards.find((card) => card.id === cardId) ?? null;
}
