/**
 * The contract of the SessionStore port (server/auth/session-store.ts), taken from what sign-in,
 * sign-out, password changes, blocked accounts and werkatelier seats rely on.
 * session-store.test.ts runs it on every backend.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_SESSIONS_PER_USER, type SessionStore } from '../../server/auth/session-store.ts';
import type { Backend, SideStores } from './backends.ts';

const HOUR = 60 * 60 * 1000;
const seat = (id: string, workshopId = 'w1') => ({ kind: 'participant' as const, participant: { id, name: `Deelnemer ${id}`, workshopId } });

export function describeSessionStoreContract(backend: Backend<SideStores>): void {
  describe(`SessionStore contract: ${backend.name}`, () => {
    let db: SideStores;
    let now: number;
    let sessions: SessionStore;

    beforeEach(async () => {
      db = await backend.harness();
      now = Date.parse('2026-03-01T10:00:00Z');
      sessions = db.sessions(() => now);
    });
    afterEach(() => db.dispose());

    it('starts a user session whose token finds it until it expires', () => {
      const started = sessions.start({ kind: 'user', userId: 'u1' }, HOUR);
      expect(started).toEqual({ id: expect.any(String), token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), expiresAt: now + HOUR, ended: [] });
      expect(sessions.find(started.token)).toEqual({ id: started.id, kind: 'user', userId: 'u1', expiresAt: now + HOUR });
      expect(sessions.find('not-a-token')).toBeUndefined();
      now += HOUR - 1;
      expect(sessions.find(started.token)).toBeDefined();
      now += 1;
      expect(sessions.find(started.token)).toBeUndefined();
    });

    it('starts a participant session for a werkatelier seat', () => {
      const started = sessions.start(seat('d1'), HOUR);
      expect(sessions.find(started.token)).toEqual({
        id: started.id,
        kind: 'participant',
        participant: { id: 'd1', name: 'Deelnemer d1', workshopId: 'w1' },
        expiresAt: now + HOUR,
      });
    });

    it('keeps only a hash of the token: no stored row holds it', () => {
      const { token } = sessions.start({ kind: 'user', userId: 'u1' }, HOUR);
      expect(sessions.find(token)).toBeDefined();
      expect(() => db.exec(`INSERT INTO sessions (id, token_hash, kind, user_id, created_at, expires_at) VALUES ('x', '${token}', 'user', 'u2', 0, ${now + HOUR})`)).not.toThrow();
      // A row whose stored value is the token itself does not answer to that token.
      const found = sessions.find(token)!;
      expect(found.kind === 'user' && found.userId).toBe('u1');
    });

    it('keeps the provider and ID token of a session started at an OpenID Connect provider, while it lives', () => {
      const atProvider = sessions.start({ kind: 'user', userId: 'u1', oidc: { provider: 'dronten', idToken: 'eyJ.id.token' } }, HOUR);
      const withPassword = sessions.start({ kind: 'user', userId: 'u1' }, HOUR);
      const participant = sessions.start(seat('d1'), HOUR);
      expect(sessions.oidcOf(atProvider.id)).toEqual({ provider: 'dronten', idToken: 'eyJ.id.token' });
      expect(db.sessions(() => now).oidcOf(atProvider.id)).toEqual({ provider: 'dronten', idToken: 'eyJ.id.token' });
      expect(sessions.find(atProvider.token)).toEqual({ id: atProvider.id, kind: 'user', userId: 'u1', expiresAt: now + HOUR });
      expect(sessions.oidcOf(withPassword.id)).toBeUndefined();
      expect(sessions.oidcOf(participant.id)).toBeUndefined();
      expect(sessions.oidcOf('no-such-session')).toBeUndefined();
      now += HOUR;
      expect(sessions.oidcOf(atProvider.id)).toBeUndefined();
    });

    it('ends one session', () => {
      const a = sessions.start({ kind: 'user', userId: 'u1' }, HOUR);
      const b = sessions.start({ kind: 'user', userId: 'u1' }, HOUR);
      sessions.end(a.id);
      expect(sessions.find(a.token)).toBeUndefined();
      expect(sessions.find(b.token)).toBeDefined();
      sessions.end('no-such-session');
    });

    it("ends a user's sessions, all or all but one, and answers which", () => {
      const a = sessions.start({ kind: 'user', userId: 'u1' }, HOUR);
      const b = sessions.start({ kind: 'user', userId: 'u1' }, HOUR);
      const c = sessions.start({ kind: 'user', userId: 'u1' }, HOUR);
      const other = sessions.start({ kind: 'user', userId: 'u2' }, HOUR);
      expect(sessions.endUser('u1', b.id).sort()).toEqual([a.id, c.id].sort());
      expect(sessions.find(b.token)).toBeDefined();
      expect(sessions.endUser('u1').sort()).toEqual([b.id]);
      expect(sessions.endUser('u1')).toEqual([]);
      expect(sessions.find(other.token)).toBeDefined();
    });

    it('ends the sessions of one participant, or of a whole werkatelier, and answers which', () => {
      const d1 = sessions.start(seat('d1'), HOUR);
      const d1again = sessions.start(seat('d1'), HOUR);
      const d2 = sessions.start(seat('d2'), HOUR);
      const elsewhere = sessions.start(seat('d1', 'w2'), HOUR);
      const userSession = sessions.start({ kind: 'user', userId: 'd1' }, HOUR);
      expect(sessions.endParticipant('w1', 'd1').sort()).toEqual([d1.id, d1again.id].sort());
      expect(sessions.find(d2.token)).toBeDefined();
      expect(sessions.endWorkshop('w1')).toEqual([d2.id]);
      expect(sessions.find(elsewhere.token)).toBeDefined();
      expect(sessions.find(userSession.token)).toBeDefined();
      expect(sessions.endWorkshop('w1')).toEqual([]);
    });

    it(`keeps at most ${MAX_SESSIONS_PER_USER} sessions per account: a sign-in past that ends the oldest, also within one millisecond`, () => {
      const first = sessions.start({ kind: 'user', userId: 'u1' }, HOUR);
      const seats = [sessions.start(seat('d1'), HOUR), sessions.start(seat('d2'), HOUR)];
      now += 1;
      const rest = Array.from({ length: MAX_SESSIONS_PER_USER - 1 }, () => sessions.start({ kind: 'user', userId: 'u1' }, HOUR));
      expect(rest.every((s) => s.ended.length === 0)).toBe(true);
      const past = sessions.start({ kind: 'user', userId: 'u1' }, HOUR);
      expect(past.ended).toEqual([first.id]);
      expect(sessions.find(first.token)).toBeUndefined();
      const pastAgain = sessions.start({ kind: 'user', userId: 'u1' }, HOUR);
      expect(pastAgain.ended).toEqual([rest[0]!.id]);
      for (const s of [...rest.slice(1), past, pastAgain, ...seats]) expect(sessions.find(s.token)).toBeDefined();
    });

    it('clears expired sessions when a new one starts, and keeps live ones for the next connection', () => {
      const old = sessions.start({ kind: 'user', userId: 'u1' }, HOUR);
      now += HOUR;
      const fresh = sessions.start({ kind: 'user', userId: 'u1' }, HOUR);
      const again = db.sessions(() => now - HOUR); // even a clock that lags does not bring the cleared one back
      expect(again.find(old.token)).toBeUndefined();
      expect(again.find(fresh.token)).toBeDefined();
    });
  });
}
