/**
 * Whether the Gebruikers page offers 'Nieuw tijdelijk wachtwoord' for a user: the server's rule
 * (mayResetPassword), here only to hide an action that would be refused; one's own password is
 * changed with the current one instead.
 */
import type { SignedInUser } from '../../shared/auth/me.ts';
import { mayResetPassword, type RoleGrant } from '../../shared/auth/roles.ts';

export function offersPasswordReset(manager: Pick<SignedInUser, 'id' | 'grants'>, user: { id: string; grants: readonly RoleGrant[] }): boolean {
  return user.id !== manager.id && mayResetPassword(manager.grants, user.grants);
}
