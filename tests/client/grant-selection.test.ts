import { describe, expect, it } from 'vitest';
import {
  describeGrants,
  grantsFromSelection,
  manageableScopes,
  selectionFromGrants,
} from '../../client/admin/grant-selection.ts';
import type { RoleGrant } from '../../shared/auth/roles.ts';

const PROGRAMMES = ['bestaanszekerheid', 'gezond-samenleven', 'kansengelijkheid'];
const NAMES: Record<string, string> = {
  bestaanszekerheid: 'Bestaanszekerheid bieden',
  'gezond-samenleven': 'Gezond Samenleven versterken',
};
const nameOf = (scope: string) => NAMES[scope] ?? scope;

describe('the scopes a beheerder may hand out', () => {
  it('a beheerder of everything gets "all programmes" and every programme', () => {
    expect(manageableScopes([{ scope: '*', role: 'beheerder' }], PROGRAMMES)).toEqual(['*', ...PROGRAMMES]);
  });

  it('a beheerder of one programme gets only that one; other roles give none', () => {
    const grants: RoleGrant[] = [
      { scope: 'gezond-samenleven', role: 'beheerder' },
      { scope: '*', role: 'redacteur' },
    ];
    expect(manageableScopes(grants, PROGRAMMES)).toEqual(['gezond-samenleven']);
    expect(manageableScopes([{ scope: '*', role: 'lezer' }], PROGRAMMES)).toEqual([]);
  });
});

describe('selects and grants', () => {
  const scopes = ['*', ...PROGRAMMES];

  it('shows the strongest role when a user holds two in one scope', () => {
    const grants: RoleGrant[] = [
      { scope: 'bestaanszekerheid', role: 'lezer' },
      { scope: 'bestaanszekerheid', role: 'facilitator' },
      { scope: '*', role: 'redacteur' },
    ];
    expect(selectionFromGrants(grants, scopes)).toEqual({
      '*': 'redacteur',
      bestaanszekerheid: 'facilitator',
      'gezond-samenleven': '',
      kansengelijkheid: '',
    });
  });

  it('keeps grants of untouched scopes and of scopes this beheerder does not manage', () => {
    const original: RoleGrant[] = [
      { scope: 'bestaanszekerheid', role: 'lezer' },
      { scope: 'bestaanszekerheid', role: 'facilitator' },
      { scope: 'kansengelijkheid', role: 'redacteur' },
    ];
    const managed = ['bestaanszekerheid', 'gezond-samenleven'];
    const initial = selectionFromGrants(original, managed);
    expect(grantsFromSelection(original, initial, { ...initial }, managed)).toEqual(original);
    const next = grantsFromSelection(original, initial, { ...initial, 'gezond-samenleven': 'lezer' }, managed);
    expect(next).toEqual([...original, { scope: 'gezond-samenleven', role: 'lezer' }]);
  });

  it('replaces all roles of a changed scope, and "Geen rol" removes them', () => {
    const original: RoleGrant[] = [
      { scope: 'bestaanszekerheid', role: 'lezer' },
      { scope: 'bestaanszekerheid', role: 'facilitator' },
      { scope: '*', role: 'redacteur' },
    ];
    const initial = selectionFromGrants(original, scopes);
    expect(grantsFromSelection(original, initial, { ...initial, bestaanszekerheid: 'redacteur' }, scopes)).toEqual([
      { scope: '*', role: 'redacteur' },
      { scope: 'bestaanszekerheid', role: 'redacteur' },
    ]);
    expect(grantsFromSelection(original, initial, { ...initial, '*': '' }, scopes)).toEqual([
      { scope: 'bestaanszekerheid', role: 'lezer' },
      { scope: 'bestaanszekerheid', role: 'facilitator' },
    ]);
  });

  it('a new user gets exactly the roles chosen', () => {
    expect(grantsFromSelection([], {}, { '*': '', bestaanszekerheid: 'lezer', kansengelijkheid: '' }, scopes)).toEqual([
      { scope: 'bestaanszekerheid', role: 'lezer' },
    ]);
  });
});

describe('roles in the table', () => {
  it('names "all programmes" first, programmes by name, roles in Dutch', () => {
    expect(
      describeGrants(
        [
          { scope: 'bestaanszekerheid', role: 'lezer' },
          { scope: '*', role: 'beheerder' },
          { scope: 'bestaanszekerheid', role: 'facilitator' },
          { scope: 'onbekend', role: 'redacteur' },
        ],
        nameOf,
      ),
    ).toEqual(["Alle programma's: Beheerder", 'Bestaanszekerheid bieden: Facilitator, Lezer', 'onbekend: Redacteur']);
  });
});
