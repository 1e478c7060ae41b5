import { describe, expect, it } from 'vitest';
import { offersPasswordReset } from '../../client/admin/password-reset-rule.ts';
import { checkPasswordChange, checkTemporaryPassword, passwordChangeFieldOf } from '../../client/auth/form-checks.ts';
import { parseHash, passwordHref } from '../../client/app/route.ts';
import { MIN_PASSWORD_LENGTH } from '../../shared/auth/me.ts';
import type { RoleGrant } from '../../shared/auth/roles.ts';

const long = (c: string) => c.repeat(MIN_PASSWORD_LENGTH);

describe('Wachtwoord wijzigen, checked before sending', () => {
  const ok = { current: 'oud-wachtwoord', password: long('n'), repeat: long('n') };

  it('accepts a current password and a long enough new one typed twice the same', () => {
    expect(checkPasswordChange(ok)).toEqual({});
  });

  it('asks for the current password, a long enough new one that differs, and the same twice', () => {
    expect(checkPasswordChange({ ...ok, current: '' })).toEqual({ current: 'Vul je huidige wachtwoord in.' });
    expect(checkPasswordChange({ ...ok, password: 'kort', repeat: 'kort' }).password).toContain(String(MIN_PASSWORD_LENGTH));
    expect(checkPasswordChange({ current: long('n'), password: long('n'), repeat: long('n') })).toEqual({
      password: 'Kies een ander wachtwoord dan je huidige.',
    });
    expect(checkPasswordChange({ ...ok, repeat: long('m') })).toEqual({ repeat: 'De twee wachtwoorden zijn niet gelijk.' });
    // A mismatch is only worth saying once the new password itself is acceptable.
    expect(Object.keys(checkPasswordChange({ ...ok, password: 'kort', repeat: '' }))).toEqual(['password']);
  });

  it("puts the server's refusal on the field it names", () => {
    expect(passwordChangeFieldOf('currentPassword')).toBe('current');
    expect(passwordChangeFieldOf('newPassword')).toBe('password');
    expect(passwordChangeFieldOf(null)).toBeNull();
    expect(passwordChangeFieldOf('email')).toBeNull();
  });

  it('a temporary password only needs the minimum length', () => {
    expect(checkTemporaryPassword(long('t'))).toEqual({});
    expect(checkTemporaryPassword('kort').password).toContain(String(MIN_PASSWORD_LENGTH));
  });
});

describe('the route of the page', () => {
  it('reads #/account/wachtwoord, and nothing below it', () => {
    expect(parseHash(passwordHref)).toEqual({ name: 'password' });
    expect(parseHash('#/account').name).toBe('unknown');
    expect(parseHash('#/account/wachtwoord/x').name).toBe('unknown');
  });
});

describe('when the Gebruikers page offers a new temporary password', () => {
  const g = (scope: string, role: RoleGrant['role']): RoleGrant => ({ scope, role });
  const allAdmin = { id: 'b', grants: [g('*', 'beheerder')] };
  const adminOfA = { id: 'a', grants: [g('a', 'beheerder')] };

  it('for users whose every grant this beheerder manages, never for oneself', () => {
    expect(offersPasswordReset(allAdmin, { id: 'u', grants: [g('a', 'lezer'), g('b', 'redacteur')] })).toBe(true);
    expect(offersPasswordReset(allAdmin, { id: 'u', grants: [] })).toBe(true);
    expect(offersPasswordReset(allAdmin, { id: 'b', grants: allAdmin.grants })).toBe(false);
    expect(offersPasswordReset(adminOfA, { id: 'u', grants: [g('a', 'lezer')] })).toBe(true);
    expect(offersPasswordReset(adminOfA, { id: 'u', grants: [g('a', 'lezer'), g('b', 'lezer')] })).toBe(false);
    expect(offersPasswordReset(adminOfA, { id: 'u', grants: [g('b', 'redacteur')] })).toBe(false);
    expect(offersPasswordReset(adminOfA, { id: 'u', grants: [] })).toBe(false);
  });
});
