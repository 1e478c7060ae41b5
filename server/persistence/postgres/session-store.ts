/**
 * Sessions on PostgreSQL: the SessionStore port (server/auth/session-store.ts). Only a SHA-256
 * of the token is stored; expired rows go whenever a new session starts. Starting a session is
 * one transaction, so the cap per account holds with several processes signing in at once.
 */
import { randomUUID } from 'node:crypto';
import {
  MAX_SESSIONS_PER_USER,
  newToken,
  sessionRecord,
  tokenHash,
  type NewSession,
  type OidcSessionInfo,
  type SessionRecord,
  type SessionRow,
  type SessionStore,
  type StartedSession,
} from '../../auth/session-store.ts';
import type { PgBridge } from './pg-bridge.ts';

export class PostgresSessionStore implements SessionStore {
  constructor(
    private readonly db: PgBridge,
    private readonly now: () => number = Date.now,
  ) {}

  start(session: NewSession, lifetimeMs: number): StartedSession {
    const now = this.now();
    const id = randomUUID();
    const token = newToken();
    const expiresAt = now + lifetimeMs;
    const participant = session.kind === 'participant' ? session.participant : null;
    const userId = session.kind === 'user' ? session.userId : null;
    const results = this.db.batch([
      { sql: 'DELETE FROM sessions WHERE expires_at <= $1', params: [now] },
      {
        sql: `INSERT INTO sessions (id, token_hash, kind, user_id, participant_id, participant_name, workshop_id, created_at, expires_at, oidc_provider, oidc_id_token)
              VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        params: [
          id,
          tokenHash(token),
          session.kind,
          userId,
          participant?.id ?? null,
          participant?.name ?? null,
          participant?.workshopId ?? null,
          now,
          expiresAt,
          session.kind === 'user' ? (session.oidc?.provider ?? null) : null,
          session.kind === 'user' ? (session.oidc?.idToken ?? null) : null,
        ],
      },
      // A stolen password or a script signing in in a loop must not pile up sessions: past the
      // cap the oldest of this account end (the sign-in that is happening now always wins).
      ...(userId === null
        ? []
        : [
            {
              sql: `DELETE FROM sessions WHERE kind = 'user' AND user_id = $1 AND id NOT IN
                      (SELECT id FROM sessions WHERE kind = 'user' AND user_id = $1 ORDER BY created_at DESC, seq DESC LIMIT $2)
                    RETURNING id`,
              params: [userId, MAX_SESSIONS_PER_USER],
            },
          ]),
    ]);
    const ended = userId === null ? [] : (results[2]!.rows as { id: string }[]).map((row) => row.id);
    return { id, token, expiresAt, ended };
  }

  find(token: string): SessionRecord | undefined {
    const row = this.db.query<SessionRow>(
      'SELECT id, kind, user_id, participant_id, participant_name, workshop_id, expires_at FROM sessions WHERE token_hash = $1 AND expires_at > $2',
      [tokenHash(token), this.now()],
    )[0];
    return row && sessionRecord(row);
  }

  oidcOf(sessionId: string): OidcSessionInfo | undefined {
    const row = this.db.query<{ oidc_provider: string | null; oidc_id_token: string | null }>(
      'SELECT oidc_provider, oidc_id_token FROM sessions WHERE id = $1 AND expires_at > $2',
      [sessionId, this.now()],
    )[0];
    return row?.oidc_provider && row.oidc_id_token ? { provider: row.oidc_provider, idToken: row.oidc_id_token } : undefined;
  }

  end(sessionId: string): void {
    this.db.run('DELETE FROM sessions WHERE id = $1', [sessionId]);
  }

  endUser(userId: string, exceptSessionId: string | null = null): string[] {
    return this.db
      .query<{ id: string }>("DELETE FROM sessions WHERE kind = 'user' AND user_id = $1 AND id IS DISTINCT FROM $2 RETURNING id", [userId, exceptSessionId])
      .map((row) => row.id);
  }

  endParticipant(workshopId: string, participantId: string): string[] {
    return this.db
      .query<{ id: string }>("DELETE FROM sessions WHERE kind = 'participant' AND workshop_id = $1 AND participant_id = $2 RETURNING id", [
        workshopId,
        participantId,
      ])
      .map((row) => row.id);
  }

  endWorkshop(workshopId: string): string[] {
    return this.db
      .query<{ id: string }>("DELETE FROM sessions WHERE kind = 'participant' AND workshop_id = $1 RETURNING id", [workshopId])
      .map((row) => row.id);
  }
}
