/**
 * What the rest of the server needs from sign-in. Routes and the sync socket use only this
 * interface, so another way of signing in (OpenID Connect) can be added behind it.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Right } from '../../shared/auth/roles.ts';
import type { Principal } from './principal.ts';

export type { Principal };

/** Hono env of routes behind requireSession: `c.get('principal')`. */
export type AuthEnv = { Variables: { principal: Principal } };

export interface AuthApi {
  /** The principal of a request's Cookie header (account or participant cookie), or null. */
  principalOf(cookieHeader: string | undefined): Principal | null;
  /** Middleware: sets `principal` or answers 401 `{ error }` in Dutch. */
  requireSession: MiddlewareHandler<AuthEnv>;
  /** True when the principal holds this right on this programme (participants hold none). */
  can(principal: Principal, documentId: string, right: Right): boolean;
  /** Starts a participant session for a werkatelier and sets its cookie on the response. */
  startParticipantSession(c: Context, participant: { id: string; name: string; workshopId: string }): Promise<void>;
  /** Ends every participant session of a werkatelier (when it closes). */
  endWorkshopSessions(workshopId: string): void;
  /** The participant session of a Cookie header, or null: a re-join from the same device resumes it. */
  participantOf(cookieHeader: string | undefined): Principal | null;
  /** Ends the sessions of one participant (removed by the facilitator); answers how many. */
  endParticipantSessions(workshopId: string, participantId: string): number;
}
