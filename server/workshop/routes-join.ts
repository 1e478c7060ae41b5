/**
 * POST /workshops/join { code, name }: the only werkatelier route without a session. A join
 * code is the key to a room, so wrong codes from one address are slowed down; a few typos
 * cost nothing, a guessing script waits longer after every miss. Unknown, closed and expired
 * codes all count as misses; only an admitted join clears them.
 */
import { Hono } from 'hono';
import { addParticipant } from '../../shared/doc/workshop/index.ts';
import { EditOrigin } from '../../shared/doc/index.ts';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normaliseJoinCode, workshopDocId, type JoinAnswer } from '../../shared/workshop/api.ts';
import { participantNameProblem } from '../../shared/workshop/parse.ts';
import { AttemptLimiter, type LimiterOptions } from '../auth/attempt-limiter.ts';
import type { AuthEnv } from '../auth/index.ts';
import { clientAddress } from '../http/client-address.ts';
import { jsonBody, type WorkshopContext } from './context.ts';
import { newParticipantId } from './ids.ts';
import { BAD_CODE_INPUT, BAD_JSON, CODE_EXPIRED, UNKNOWN_CODE, UNKNOWN_WORKSHOP, WORKSHOP_CLOSED, tooManyGuesses } from './messages.ts';
import { describeWorkshop } from './describe.ts';

/**
 * Generous before the first wait, because a whole room may share one address (the town
 * hall's wifi) and a success clears it; the cap stays short for the same reason.
 */
const JOIN_LIMITS: LimiterOptions = {
  freeFailures: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  forgetAfterMs: 15 * 60_000,
};

/**
 * A code admits people for a day after the werkatelier started: long enough for a session that
 * runs late or over lunch, short enough that a code left on a slide or a photo of the screen
 * stops working, even when the facilitator forgets to close.
 */
export const JOIN_CODE_VALID_MS = 24 * 60 * 60_000;

const CODE_SHAPE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

export function joinRoutes(ctx: WorkshopContext, limits: LimiterOptions = JOIN_LIMITS): Hono<AuthEnv> {
  const limiter = new AttemptLimiter(limits);
  const api = new Hono<AuthEnv>();

  api.post('/workshops/join', async (c) => {
    const address = clientAddress(c);
    const allowed = limiter.check(address);
    if (!allowed.allowed) {
      c.header('Retry-After', String(allowed.retryAfterSeconds));
      return c.json({ error: tooManyGuesses(allowed.retryAfterSeconds) }, 429);
    }
    const body = await jsonBody(c);
    if (typeof body !== 'object' || body === null) return c.json({ error: BAD_JSON }, 400);
    const { code: typed, name: rawName } = body as Record<string, unknown>;
    if (typeof typed !== 'string' || typed.trim() === '') return c.json({ error: BAD_CODE_INPUT }, 400);
    const code = normaliseJoinCode(typed);
    const record = CODE_SHAPE.test(code) ? ctx.workshops.findByCode(code) : null;
    if (!record) {
      limiter.fail(address);
      ctx.log.info('werkatelier join: unknown code', { address });
      return c.json({ error: UNKNOWN_CODE }, 404);
    }
    // A closed or expired code admits nobody, so to a guesser it is a miss like an unknown one;
    // only an admitted join (below) clears the wait, else one known old code would reset it.
    if (record.status !== 'open') {
      limiter.fail(address);
      return c.json({ error: WORKSHOP_CLOSED }, 410);
    }
    if (Date.now() - Date.parse(record.createdAt) > JOIN_CODE_VALID_MS) {
      limiter.fail(address);
      return c.json({ error: CODE_EXPIRED }, 410);
    }
    const name = typeof rawName === 'string' ? rawName.trim() : '';
    const nameProblem = participantNameProblem(name);
    if (nameProblem) return c.json({ error: nameProblem }, 400);

    const participant = { id: newParticipantId(), name };
    const joined = ctx.registry.changeDocument(workshopDocId(record.id), new EditOrigin('server', participant.id, name), (doc) => {
      addParticipant(doc, { ...participant, joinedAt: new Date().toISOString() });
      return true;
    });
    if (joined === undefined) {
      ctx.log.error('werkatelier doc missing', { workshopId: record.id });
      return c.json({ error: UNKNOWN_WORKSHOP }, 404);
    }
    limiter.succeed(address);
    await ctx.auth.startParticipantSession(c, { ...participant, workshopId: record.id });
    ctx.log.info('werkatelier joined', { workshopId: record.id, participant: participant.id });
    const answer: JoinAnswer = { workshop: describeWorkshop(c, ctx, record, false), participant };
    return c.json(answer);
  });

  return api;
}
