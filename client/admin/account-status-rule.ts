/**
 * Whether the Gebruikers page offers 'Uitschakelen' / 'Weer inschakelen' for a user: the
 * server's rule (mayChangeAccountStatus), here only to hide an action that would be refused;
 * one's own account is never offered, as blocking it would lock oneself out.
 */
import type { SignedInUser } from '../../shared/auth/me.ts';
import { mayChangeAccountStatus, type RoleGrant } from '../../shared/auth/roles.ts';

export function offersAccountStatus(manager: Pick<SignedInUser, 'id' | 'grants'>, user: { id: string; grants: readonly RoleGrant[] }): boolean {
  return user.id !== manager.id && mayChangeAccountStatus(manager.grants, user.grants);
}
