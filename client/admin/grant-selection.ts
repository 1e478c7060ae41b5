/**
 * Roles as the Gebruikers forms show them: one select per scope ('Alle programma's' and each
 * programme the beheerder may manage), and back to grants. A beheerder sees and changes only
 * the scopes they manage; grants elsewhere, and scopes whose select was left alone, are kept
 * exactly as they were (a user may hold two roles in one programme; the select shows one).
 */
import { ALL_PROGRAMMES, mayManageScope, ROLE_LABELS, type Role, type RoleGrant } from '../../shared/auth/roles.ts';

export type RoleChoice = Role | '';
export type Selection = Readonly<Record<string, RoleChoice>>;

/** Strongest first: the role a select shows when a user holds several in one scope. */
const STRENGTH: readonly Role[] = ['beheerder', 'redacteur', 'financieel-adviseur', 'facilitator', 'lezer'];

/** The choices in every select, in the order the brief of the forms gives. */
export const ROLE_CHOICES: readonly { value: RoleChoice; label: string }[] = [
  { value: '', label: 'Geen rol' },
  { value: 'beheerder', label: ROLE_LABELS.beheerder },
  { value: 'redacteur', label: ROLE_LABELS.redacteur },
  { value: 'lezer', label: ROLE_LABELS.lezer },
  { value: 'facilitator', label: ROLE_LABELS.facilitator },
  { value: 'financieel-adviseur', label: ROLE_LABELS['financieel-adviseur'] },
];

export const ALL_PROGRAMMES_LABEL = "Alle programma's";

/** The scopes this beheerder may hand out: every programme first when they manage '*'. */
export function manageableScopes(managerGrants: readonly RoleGrant[], programmeIds: readonly string[]): string[] {
  const scopes: string[] = [];
  if (mayManageScope(managerGrants, ALL_PROGRAMMES)) scopes.push(ALL_PROGRAMMES);
  for (const id of programmeIds) if (id !== ALL_PROGRAMMES && mayManageScope(managerGrants, id)) scopes.push(id);
  return scopes;
}

export function selectionFromGrants(grants: readonly RoleGrant[], scopes: readonly string[]): Record<string, RoleChoice> {
  const selection: Record<string, RoleChoice> = {};
  for (const scope of scopes) {
    const held = grants.filter((g) => g.scope === scope).map((g) => g.role);
    selection[scope] = STRENGTH.find((role) => held.includes(role)) ?? '';
  }
  return selection;
}

export function grantsFromSelection(
  original: readonly RoleGrant[],
  initial: Selection,
  selection: Selection,
  scopes: readonly string[],
): RoleGrant[] {
  const changed = new Set(scopes.filter((scope) => (selection[scope] ?? '') !== (initial[scope] ?? '')));
  const kept = original.filter((g) => !changed.has(g.scope));
  const added: RoleGrant[] = [];
  for (const scope of scopes) {
    const role = selection[scope];
    if (changed.has(scope) && role) added.push({ scope, role });
  }
  return [...kept, ...added];
}

/** "Alle programma's: Beheerder", "Bestaanszekerheid bieden: Lezer, Facilitator"; '*' first. */
export function describeGrants(grants: readonly RoleGrant[], nameOf: (scope: string) => string): string[] {
  const byScope = new Map<string, Role[]>();
  for (const g of grants) {
    const roles = byScope.get(g.scope) ?? [];
    if (!roles.includes(g.role)) roles.push(g.role);
    byScope.set(g.scope, roles);
  }
  const scopes = [...byScope.keys()].sort((a, b) => (a === ALL_PROGRAMMES ? -1 : b === ALL_PROGRAMMES ? 1 : 0));
  return scopes.map((scope) => {
    const roles = STRENGTH.filter((r) => byScope.get(scope)!.includes(r)).map((r) => ROLE_LABELS[r]);
    return `${scope === ALL_PROGRAMMES ? ALL_PROGRAMMES_LABEL : nameOf(scope)}: ${roles.join(', ')}`;
  });
}
