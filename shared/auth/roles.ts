/**
 * Roles per programme and the rights they give. The server enforces every right (REST and
 * /sync); the client uses the same table only to hide what the user may not do.
 *
 * A grant's scope is a programme id, or ALL_PROGRAMMES for every programme (the first
 * beheerder gets that). A user may hold several grants; rights add up.
 */

export const ROLES = ['beheerder', 'redacteur', 'lezer', 'facilitator', 'financieel-adviseur'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  beheerder: 'Beheerder',
  redacteur: 'Redacteur',
  lezer: 'Lezer',
  facilitator: 'Facilitator',
  'financieel-adviseur': 'Financieel adviseur',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  beheerder: 'beheert gebruikers en rollen, en mag alles',
  redacteur: 'bewerkt de tabellen',
  lezer: 'leest en plaatst opmerkingen',
  facilitator: 'leidt werkateliers',
  'financieel-adviseur': 'bewerkt de bedragen, grootboekregels en mutaties van begrotingsplannen',
};

/**
 * read: open the programme, its versions, exports, validation.
 * comment: write comments (the notes:comment collection), nothing else in the table.
 * edit: change the table, acknowledge findings, take versions, import, restore.
 * facilitate: start, run and close werkateliers; turn cards into changes.
 * manage: create accounts and give or take roles within this scope.
 * finance: in a budget plan, the finance fields: lines, ledger codes, amounts, movements,
 *   co-financing (shared/schema/budget/); linking a line to results needs `edit`.
 */
export type Right = 'read' | 'comment' | 'edit' | 'facilitate' | 'manage' | 'finance';

const RIGHTS_OF_ROLE: Record<Role, readonly Right[]> = {
  beheerder: ['read', 'comment', 'edit', 'facilitate', 'manage', 'finance'],
  redacteur: ['read', 'comment', 'edit'],
  lezer: ['read', 'comment'],
  facilitator: ['read', 'comment', 'facilitate'],
  'financieel-adviseur': ['read', 'comment', 'finance'],
};

export const ALL_PROGRAMMES = '*';

export interface RoleGrant {
  /** A programme id, or ALL_PROGRAMMES. */
  scope: string;
  role: Role;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The roles that apply to one programme. */
export function rolesFor(grants: readonly RoleGrant[], documentId: string): Role[] {
  const roles = new Set<Role>();
  for (const grant of grants) if (grant.scope === ALL_PROGRAMMES || grant.scope === documentId) roles.add(grant.role);
  return [...roles];
}

export function rightsFor(grants: readonly RoleGrant[], documentId: string): Set<Right> {
  const rights = new Set<Right>();
  for (const role of rolesFor(grants, documentId)) for (const right of RIGHTS_OF_ROLE[role]) rights.add(right);
  return rights;
}

export function can(grants: readonly RoleGrant[], documentId: string, right: Right): boolean {
  return rightsFor(grants, documentId).has(right);
}

/** True when the user may manage accounts at all (beheerder of some scope). */
export function managesAnything(grants: readonly RoleGrant[]): boolean {
  return grants.some((g) => g.role === 'beheerder');
}

/** True when a beheerder with these grants may give or take a grant with this scope. */
export function mayManageScope(grants: readonly RoleGrant[], scope: string): boolean {
  return grants.some((g) => g.role === 'beheerder' && (g.scope === ALL_PROGRAMMES || g.scope === scope));
}

/**
 * Who may give someone a new temporary password. Whoever sets it knows it and can sign in as
 * that person, so a reset hands over all of their rights: a beheerder may only reset a user
 * whose every grant lies within scopes they manage. A user without grants (nobody's to manage
 * but the beheerder of all programmes) needs a beheerder of '*'.
 */
export function mayResetPassword(managerGrants: readonly RoleGrant[], targetGrants: readonly RoleGrant[]): boolean {
  if (targetGrants.length === 0) return mayManageScope(managerGrants, ALL_PROGRAMMES);
  return targetGrants.every((g) => mayManageScope(managerGrants, g.scope));
}

/**
 * Who may block or unblock an account. Blocking takes all of someone's rights at once, and
 * unblocking gives them all back, so it needs the same reach as a reset: every grant of the
 * user within scopes this beheerder manages (a user without grants: a beheerder of '*').
 */
export function mayChangeAccountStatus(managerGrants: readonly RoleGrant[], targetGrants: readonly RoleGrant[]): boolean {
  return mayResetPassword(managerGrants, targetGrants);
}
