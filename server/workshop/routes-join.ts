/**
 * POST /workshops/join { code, name }: the only werkatelier route without a session. A join
 * code is the key to a room, so wrong codes from one address are slowed down; a few typos
 * cost nothing, a guessing script waits longer after every miss. Unknown, closed and expired
 * codes all count as misses; only an admitted join clears them. A device that already holds a
 * seat (its participant cookie) gets that seat back, and new seats are bounded per address and
 * per werkatelier (join-quota.ts).
 */
import { Hono } from 'hono';
import { addParticipant, readWorkshop } from '../../shared/doc/workshop/index.ts';
import { EditOrigin } from '../../shared/doc/index.ts';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normaliseJoinCode, workshopDocId, type JoinAnswer } from '../../shared/workshop/api.ts';
import { participantNameProblem } from '../../shared/workshop/parse.ts';
import { AttemptLimiter, type LimiterOptions } from '../auth/attempt-limiter.ts';
import type { AuthEnv } from '../auth/index.ts';
import { clientAddress } from '../http/client-address.ts';
import { jsonBody, type WorkshopContext } from './context.ts';
import { newParticipantId } from './ids.ts';
import { JOIN_QUOTA, JoinQuota, type JoinQuotaOptions } from './join-quota.ts';
import { BAD_CODE_INPUT, BAD_JSON, CODE_EXPIRED, UNKNOWN_CODE, UNKNOWN_WORKSHOP, WORKSHOP_CLOSED, WORKSHOP_FULL, tooManyGuesses, tooManyJoins } from './messages.ts';
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

export function joinRoutes(ctx: WorkshopContext, limits: LimiterOptions = JOIN_LIMITS, quota: JoinQuotaOptions = JOIN_QUOTA): Hono<AuthEnv> {
  const limiter = new AttemptLimiter(limits);
  const joinQuota = new JoinQuota(quota);
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
    // One device, one participant: the cookie of this werkatelier resumes its seat, ballot and cards.
    const resumed = seatOf(ctx, c.req.header('cookie'), record.id);
    if (resumed) {
      limiter.succeed(address);
      ctx.log.info('werkatelier re-joined', { workshopId: record.id, participant: resumed.id });
      const answer: JoinAnswer = { workshop: describeWorkshop(c, ctx, record, false), participant: resumed };
      return c.json(answer);
    }
    const name = typeof rawName === 'string' ? rawName.trim() : '';
    const nameProblem = participantNameProblem(name);
    if (nameProblem) return c.json({ error: nameProblem }, 400);
    const seats = ctx.registry.readDocument(workshopDocId(record.id), (doc) => readWorkshop(doc).participants.length) ?? 0;
    const quota = joinQuota.check(record.id, address, seats);
    if (!quota.allowed) {
      // A refused join is not a wrong code: the miss limiter is left as it was.
      ctx.log.warn('werkatelier join refused: quota', { workshopId: record.id, address, why: quota.why, seats });
      if (quota.why === 'full') return c.json({ error: WORKSHOP_FULL }, 409);
      c.header('Retry-After', String(quota.retryAfterSeconds));
      return c.json({ error: tooManyJoins(Math.ceil(quota.retryAfterSeconds / 60)) }, 429);
    }

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
    joinQuota.admitted(record.id, address);
    await ctx.auth.startParticipantSession(c, { ...participant, workshopId: record.id });
    ctx.log.info('werkatelier joined', { workshopId: record.id, participant: participant.id });
    const answer: JoinAnswer = { workshop: describeWorkshop(c, ctx, record, false), participant };
    return c.json(answer);
  });

  return api;
}

/** The participant this device already is in this werkatelier, if its seat still exists (not removed). */
function seatOf(ctx: WorkshopContext, cookieHeader: string | undefined, workshopId: string): { id: string; name: string } | null {
  const principal = ctx.auth.participantOf(cookieHeader);
  if (principal?.kind !== 'participant' || principal.workshopId !== workshopId) return null;
  const seated = ctx.registry.readDocument(workshopDocId(workshopId), (doc) => readWorkshop(doc).participants.some((p) => p.id === principal.id));
  return seated ? { id: principal.id, name: principal.name } : null;
}
