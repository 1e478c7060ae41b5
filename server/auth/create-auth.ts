/**
 * Sign-in with e-mail and password, sessions in cookies, and the principal of a request or
 * socket. Implements AuthApi (server/auth/index.ts) plus what the auth and user routes need.
 */
import { randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { parse } from 'hono/utils/cookie';
import { PARTICIPANT_COOKIE, SESSION_COOKIE, type Me, type SignedInUser } from '../../shared/auth/me.ts';
import { can, type RoleGrant, type Right } from '../../shared/auth/roles.ts';
import type { ServerConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import type { AccountStore } from './account-store.ts';
import { signValue, unsignValue } from './cookie-signature.ts';
import type { AuthApi, AuthEnv, Principal } from './index.ts';
import { NOT_SIGNED_IN } from './messages.ts';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './password.ts';
import type { NewSession, OidcSessionInfo, SessionStore } from './session-store.ts';

const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

type AuthConfig = Pick<ServerConfig, 'sessionSecret' | 'secureCookies'>;

export interface AuthDeps {
  /** Accounts and sessions (SQLite or PostgreSQL, server/storage.ts). */
  accounts: AccountStore;
  sessions: SessionStore;
  config: AuthConfig;
  log: Logger;
}

export interface Auth extends AuthApi {
  readonly accounts: AccountStore;
  /** Both sessions a Cookie header may carry: a browser can hold an account and a werkatelier seat. */
  principalsOf(cookieHeader: string | undefined): { user: Principal | null; participant: Principal | null };
  /** The user for these credentials, or null; always costs one password hash. */
  checkCredentials(email: string, password: string): Promise<SignedInUser | null>;
  /**
   * Starts a user session and sets its cookie on the response; `oidc` when it was started at an
   * OpenID Connect provider. Answers the ids of older sessions the cap ended (their sockets must close).
   */
  startUserSession(c: Context, userId: string, oidc?: OidcSessionInfo): readonly string[];
  /** The provider a session was started at, with its ID token (for signing out there too). */
  oidcSessionOf(sessionId: string): OidcSessionInfo | undefined;
  /** Ends a session and clears the cookie it came in. */
  endSession(c: Context, principal: Principal): void;
  /** `mustChangePassword`: someone else chose the password (a beheerder); default false. */
  createUser(input: { email: string; name: string; password: string; grants: readonly RoleGrant[]; mustChangePassword?: boolean }): Promise<SignedInUser>;
  /** True when this is the user's password; always costs one password hash. */
  passwordMatches(userId: string, password: string): Promise<boolean>;
  /**
   * Stores a new password and ends the user's sessions, all but `keepSessionId` (null: all),
   * so whoever knew the old one is out. `chosenBy`: 'user' clears the must-change mark, 'beheerder'
   * sets it. Answers the ended session ids, for closing their sockets.
   */
  setPassword(userId: string, password: string, keepSessionId: string | null, chosenBy: 'user' | 'beheerder'): Promise<string[]>;
  /**
   * Blocks or unblocks an account. Blocking ends all its sessions; answers their ids (for closing
   * sockets), or null when there is no such user.
   */
  setActive(userId: string, active: boolean): string[] | null;
  /**
   * A participant session without a request (tests, and anything that hands out the cookie
   * itself): answers the Cookie header value (`koers_deelnemer=...`) and the session id.
   */
  createParticipantSession(participant: { id: string; name: string; workshopId: string }): { cookie: string; sessionId: string };
  /** The same for a user: `koers_sessie=...`. */
  createUserSessionCookie(userId: string): { cookie: string; sessionId: string };
}

export function createAuth({ accounts, sessions, config, log }: AuthDeps): Auth {
  // Without KOERS_SESSION_SECRET: generated once and kept in the database (every process reads the same).
  const secret = config.sessionSecret || accounts.settingOrInit('cookie_secret', randomBytes(32).toString('base64url'));

  const principalFromValue = (signed: string | undefined, expected: 'user' | 'participant'): Principal | null => {
    if (!signed) return null;
    const token = unsignValue(signed, secret);
    if (!token) return null;
    const session = sessions.find(token);
    if (!session || session.kind !== expected) return null;
    if (session.kind === 'participant') return { kind: 'participant', ...session.participant, sessionId: session.id };
    // Read fresh on every request, so a changed role counts at once.
    const user = accounts.activeUser(session.userId);
    return user ? { ...user, sessionId: session.id } : null;
  };

  const principalsOf = (cookieHeader: string | undefined) => {
    const cookies = cookieHeader ? parse(cookieHeader) : {};
    return {
      user: principalFromValue(cookies[SESSION_COOKIE], 'user'),
      participant: principalFromValue(cookies[PARTICIPANT_COOKIE], 'participant'),
    };
  };

  const principalOf = (cookieHeader: string | undefined): Principal | null => {
    const both = principalsOf(cookieHeader);
    return both.user ?? both.participant;
  };

  const startSession = (session: NewSession) => {
    const started = sessions.start(session, SESSION_LIFETIME_MS);
    return { ...started, value: signValue(started.token, secret) };
  };

  const cookieOptions = () => ({
    httpOnly: true,
    sameSite: 'Lax' as const,
    path: '/',
    secure: config.secureCookies,
    maxAge: SESSION_LIFETIME_MS / 1000,
  });

  const requireSession: MiddlewareHandler<AuthEnv> = async (c, next) => {
    const principal = principalOf(c.req.header('cookie'));
    if (!principal) return c.json({ error: NOT_SIGNED_IN }, 401);
    c.set('principal', principal);
    await next();
  };

  return {
    accounts,
    principalOf,
    principalsOf,
    requireSession,

    can(principal: Principal, documentId: string, right: Right): boolean {
      return principal.kind === 'user' && can(principal.grants, documentId, right);
    },

    async startParticipantSession(c, participant) {
      const session = startSession({ kind: 'participant', participant });
      setCookie(c, PARTICIPANT_COOKIE, session.value, cookieOptions());
    },

    participantOf(cookieHeader) {
      return principalsOf(cookieHeader).participant;
    },

    endParticipantSessions(workshopId, participantId) {
      return sessions.endParticipant(workshopId, participantId).length;
    },

    endWorkshopSessions(workshopId) {
      const ended = sessions.endWorkshop(workshopId);
      if (ended.length > 0) log.info('werkatelier sessions ended', { workshopId, sessions: ended.length });
    },

    async checkCredentials(email, password) {
      const found = accounts.credentialsOf(email);
      // An account that only signs in at its organisation has no password: it answers like an unknown one.
      if (!found || found.passwordHash === '') return verifyAgainstNothing(password).then(() => null);
      // The hash is checked first either way, so a blocked account answers as slowly as any other.
      if (!(await verifyPassword(password, found.passwordHash))) return null;
      if (!found.active) {
        log.warn('sign-in refused: account deactivated', { userId: found.user.id });
        return null;
      }
      return found.user;
    },

    startUserSession(c, userId, oidc) {
      const session = startSession({ kind: 'user', userId, ...(oidc ? { oidc } : {}) });
      setCookie(c, SESSION_COOKIE, session.value, cookieOptions());
      return session.ended;
    },

    oidcSessionOf(sessionId) {
      return sessions.oidcOf(sessionId);
    },

    endSession(c, principal) {
      sessions.end(principal.sessionId);
      deleteCookie(c, principal.kind === 'user' ? SESSION_COOKIE : PARTICIPANT_COOKIE, {
        path: '/',
        secure: config.secureCookies,
        httpOnly: true,
        sameSite: 'Lax',
      });
    },

    async createUser(input) {
      const passwordHash = await hashPassword(input.password);
      return accounts.createUser({
        email: input.email,
        name: input.name,
        passwordHash,
        grants: input.grants,
        mustChangePassword: input.mustChangePassword ?? false,
      });
    },

    async passwordMatches(userId, password) {
      const stored = accounts.passwordHashOf(userId);
      return stored ? verifyPassword(password, stored) : verifyAgainstNothing(password);
    },

    async setPassword(userId, password, keepSessionId, chosenBy) {
      const passwordHash = await hashPassword(password);
      if (!accounts.setPasswordHash(userId, passwordHash, chosenBy === 'beheerder')) return [];
      return sessions.endUser(userId, keepSessionId);
    },

    setActive(userId, active) {
      if (!accounts.setActive(userId, active)) return null;
      return active ? [] : sessions.endUser(userId, null);
    },

    createParticipantSession(participant) {
      const session = startSession({ kind: 'participant', participant });
      return { cookie: `${PARTICIPANT_COOKIE}=${encodeURIComponent(session.value)}`, sessionId: session.id };
    },

    createUserSessionCookie(userId) {
      const session = startSession({ kind: 'user', userId });
      return { cookie: `${SESSION_COOKIE}=${encodeURIComponent(session.value)}`, sessionId: session.id };
    },
  };
}

/** The Me of a principal, as the API shows it (no session id). */
export function meOf(principal: Principal): Me {
  const { sessionId: _, ...me } = principal;
  return me;
}
