/**
 * Who is signed in, as GET /api/auth/me and POST /api/auth/login answer it.
 * A participant is a werkatelier guest: no account, only a name, limited to one werkatelier.
 */
import type { RoleGrant } from './roles.ts';

export interface SignedInUser {
  kind: 'user';
  id: string;
  email: string;
  name: string;
  grants: RoleGrant[];
  /** A beheerder chose the current password: until the user picks their own, only that is allowed. */
  mustChangePassword: boolean;
  /** Set (true) only for an account that signs in at its organisation (OpenID Connect) and has no password. */
  passwordless?: true;
}

export interface WorkshopParticipant {
  kind: 'participant';
  id: string;
  name: string;
  workshopId: string;
}

export type Me = SignedInUser | WorkshopParticipant;

/** Session cookie of an account. HttpOnly, SameSite=Lax, signed. */
export const SESSION_COOKIE = 'koers_sessie';
/** Session cookie of a werkatelier participant, separate so joining never signs a user out. */
export const PARTICIPANT_COOKIE = 'koers_deelnemer';

/** Passwords: at least this long, nothing else imposed (NIST 800-63B). */
export const MIN_PASSWORD_LENGTH = 10;
