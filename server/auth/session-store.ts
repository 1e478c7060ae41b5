/**
 * Sessions. Only a SHA-256 of the token is stored: a copy of the database does not let anyone
 * sign in. Expired rows are removed whenever a new session starts. The port (SessionStore) and
 * its SQLite implementation; PostgreSQL: persistence/postgres/session-store.ts. Contract:
 * tests/server/session-store.contract.ts.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { migrateComponent } from '../persistence/component-schema.ts';
import { ACCOUNT_MIGRATIONS } from './account-schema.ts';

export type SessionRecord =
  | { id: string; kind: 'user'; userId: string; expiresAt: number }
  | { id: string; kind: 'participant'; participant: { id: string; name: string; workshopId: string }; expiresAt: number };

/** A session started at an OpenID Connect provider: which one, and its ID token (the hint for signing out there). */
export interface OidcSessionInfo {
  provider: string;
  idToken: string;
}

export type NewSession =
  | { kind: 'user'; userId: string; oidc?: OidcSessionInfo }
  | { kind: 'participant'; participant: { id: string; name: string; workshopId: string } };

export interface SessionRow {
  id: string;
  kind: 'user' | 'participant';
  user_id: string | null;
  participant_id: string | null;
  participant_name: string | null;
  workshop_id: string | null;
  expires_at: number;
}

export interface StartedSession {
  id: string;
  /** Returned once, never stored. */
  token: string;
  expiresAt: number;
  /** Older sessions of the account that the cap ended (their sockets must close). */
  ended: string[];
}

export interface SessionStore {
  /** Starts a session; the token is returned once and never stored. */
  start(session: NewSession, lifetimeMs: number): StartedSession;
  /** The live session of a token, or undefined (unknown or expired). */
  find(token: string): SessionRecord | undefined;
  /** The provider a live session was started at, with its ID token; undefined for a password or participant session. */
  oidcOf(sessionId: string): OidcSessionInfo | undefined;
  end(sessionId: string): void;
  endUser(userId: string, exceptSessionId?: string | null): string[];
  endParticipant(workshopId: string, participantId: string): string[];
  endWorkshop(workshopId: string): string[];
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new random session token (32 bytes, base64url). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Live sign-ins per account: phone, laptop and a few browsers, with room to spare. */
export const MAX_SESSIONS_PER_USER = 10;

export class SqliteSessionStore implements SessionStore {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => number = Date.now,
  ) {
    migrateComponent(db, 'accounts', ACCOUNT_MIGRATIONS);
  }

  start(session: NewSession, lifetimeMs: number): StartedSession {
    const now = this.now();
    const id = randomUUID();
    const token = newToken();
    const expiresAt = now + lifetimeMs;
    this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now);
    const participant = session.kind === 'participant' ? session.participant : null;
    this.db
      .prepare(
        `INSERT INTO sessions (id, token_hash, kind, user_id, participant_id, participant_name, workshop_id, created_at, expires_at, oidc_provider, oidc_id_token)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        tokenHash(token),
        session.kind,
        session.kind === 'user' ? session.userId : null,
        participant?.id ?? null,
        participant?.name ?? null,
        participant?.workshopId ?? null,
        now,
        expiresAt,
        session.kind === 'user' ? (session.oidc?.provider ?? null) : null,
        session.kind === 'user' ? (session.oidc?.idToken ?? null) : null,
      );
    // A stolen password or a script signing in in a loop must not pile up sessions: past the
    // cap the oldest of this account end (the sign-in that is happening now always wins).
    const ended = session.kind === 'user' ? this.endPastCap(session.userId) : [];
    return { id, token, expiresAt, ended };
  }

  /** Ends the oldest sessions of an account past MAX_SESSIONS_PER_USER; answers their ids, so their sockets can be closed. */
  private endPastCap(userId: string): string[] {
    const past = this.db
      .prepare(
        `SELECT id FROM sessions WHERE kind = 'user' AND user_id = ? AND id NOT IN
           (SELECT id FROM sessions WHERE kind = 'user' AND user_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?)`,
      )
      .all(userId, userId, MAX_SESSIONS_PER_USER) as { id: string }[];
    const end = this.db.prepare('DELETE FROM sessions WHERE id = ?');
    for (const { id } of past) end.run(id);
    return past.map(({ id }) => id);
  }

  find(token: string): SessionRecord | undefined {
    const row = this.db.prepare('SELECT * FROM sessions WHERE token_hash = ? AND expires_at > ?').get(tokenHash(token), this.now()) as
      | SessionRow
      | undefined;
    return row && sessionRecord(row);
  }

  /** The provider a live session was started at, with its ID token; undefined for a password or participant session. */
  oidcOf(sessionId: string): OidcSessionInfo | undefined {
    const row = this.db
      .prepare('SELECT oidc_provider, oidc_id_token FROM sessions WHERE id = ? AND expires_at > ?')
      .get(sessionId, this.now()) as { oidc_provider: string | null; oidc_id_token: string | null } | undefined;
    return row?.oidc_provider && row.oidc_id_token ? { provider: row.oidc_provider, idToken: row.oidc_id_token } : undefined;
  }

  end(sessionId: string): void {
    this.db.prepare('DELETE FROM sessions WHERE id = ?').run(sessionId);
  }

  endUser(userId: string, exceptSessionId: string | null = null): string[] {
    const ids = (this.db.prepare("SELECT id FROM sessions WHERE kind = 'user' AND user_id = ?").all(userId) as { id: string }[])
      .map((r) => r.id)
      .filter((id) => id !== exceptSessionId);
    const end = this.db.prepare('DELETE FROM sessions WHERE id = ?');
    this.db.transaction(() => {
      for (const id of ids) end.run(id);
    })();
    return ids;
  }

  endParticipant(workshopId: string, participantId: string): string[] {
    const where = "kind = 'participant' AND workshop_id = ? AND participant_id = ?";
    const ids = (this.db.prepare(`SELECT id FROM sessions WHERE ${where}`).all(workshopId, participantId) as { id: string }[]).map((r) => r.id);
    this.db.prepare(`DELETE FROM sessions WHERE ${where}`).run(workshopId, participantId);
    return ids;
  }

  endWorkshop(workshopId: string): string[] {
    const ids = (this.db.prepare("SELECT id FROM sessions WHERE kind = 'participant' AND workshop_id = ?").all(workshopId) as { id: string }[]).map(
      (r) => r.id,
    );
    this.db.prepare("DELETE FROM sessions WHERE kind = 'participant' AND workshop_id = ?").run(workshopId);
    return ids;
  }
}

/** A stored row as the port answers it; undefined for a row that lacks what its kind needs. */
export function sessionRecord(row: SessionRow): SessionRecord | undefined {
  if (row.kind === 'user') return row.user_id ? { id: row.id, kind: 'user', userId: row.user_id, expiresAt: row.expires_at } : undefined;
  if (!row.participant_id || !row.workshop_id) return undefined;
  return {
    id: row.id,
    kind: 'participant',
    participant: { id: row.participant_id, name: row.participant_name ?? '', workshopId: row.workshop_id },
    expiresAt: row.expires_at,
  };
}
