/**
 * Removing a participant (the facilitator's answer to someone stuffing the ballot box or
 * disrupting the room): their seat and ballot leave the doc, so the ballot no longer counts
 * and the live count drops; their sessions end and their sockets close with 4411. Their cards
 * stay: the ideas were said in the room, and the facilitator can still remove any one card.
 */
import { Hono } from 'hono';
import { EditOrigin } from '../../shared/doc/index.ts';
import { removeParticipant } from '../../shared/doc/workshop/index.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { workshopDocId } from '../../shared/workshop/api.ts';
import type { AuthEnv } from '../auth/index.ts';
import { loadWorkshop, type WorkshopContext } from './context.ts';
import { FACILITATORS_ONLY, UNKNOWN_PARTICIPANT, WORKSHOP_CLOSED } from './messages.ts';

export function participantRoutes(ctx: WorkshopContext): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();

  api.delete('/workshops/:wid/participants/:pid', (c) => {
    const loaded = loadWorkshop(c, ctx, 'facilitate', FACILITATORS_ONLY);
    if (!loaded.ok) return loaded.response;
    const { record, principal } = loaded;
    // A closed werkatelier's outcome is frozen: removing someone then would change nothing that counts.
    if (record.status !== 'open') return c.json({ error: WORKSHOP_CLOSED }, 409);
    const participantId = c.req.param('pid');
    const docId = workshopDocId(record.id);
    const removed = ctx.registry.changeDocument(docId, new EditOrigin('server', principal.id, principal.name), (doc) => removeParticipant(doc, participantId));
    if (!removed) return c.json({ error: UNKNOWN_PARTICIPANT }, 404);
    const sessions = ctx.auth.endParticipantSessions(record.id, participantId);
    const dropped = ctx.registry.dropSelected({ document: docId, participant: participantId }, CLOSE.participantRemoved, 'participant removed by the facilitator');
    ctx.log.info('werkatelier participant removed', { workshopId: record.id, participant: participantId, by: principal.id, sessions, dropped });
    return c.body(null, 204);
  });

  return api;
}
