/** Your role in a programme on its card, so a lezer knows before opening that it is read-only. */
import type { RoleGrant } from '../../shared/auth/roles.ts';
import { ROLE_LABELS, rolesFor } from '../../shared/auth/roles.ts';

export function RoleOnCard({ grants, documentId }: { grants: readonly RoleGrant[]; documentId: string }) {
  const roles = rolesFor(grants, documentId);
  if (roles.length === 0) return null;
  return <p className="card-role">Jouw rol: {roles.map((r) => ROLE_LABELS[r]).join(', ')}</p>;
}
