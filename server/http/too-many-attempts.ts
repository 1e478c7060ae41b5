/** The 429 of a growing delay, the same for every route a limiter guards. */
import type { Context } from 'hono';
import { tooManyAttempts } from '../auth/messages.ts';

export function tooManyAttemptsResponse(c: Context, seconds: number): Response {
  return c.json({ error: tooManyAttempts(seconds), retryAfterSeconds: seconds }, 429, { 'Retry-After': String(seconds) });
}
