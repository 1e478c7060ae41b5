import { describe, expect, it } from 'vitest';
import { offersAccountStatus } from '../../client/admin/account-status-rule.ts';
import type { RoleGrant } from '../../shared/auth/roles.ts';

const g = (scope: string, role: RoleGrant['role']): RoleGrant => ({ scope, role });

describe("the Gebruikers page offers 'Uitschakelen' / 'Weer inschakelen'", () => {
  it('only where the server would allow it: every grant of the user managed, never one’s own account', () => {
    const beheerder = { id: 'b', grants: [g('a', 'beheerder')] };
    expect(offersAccountStatus(beheerder, { id: 'u', grants: [g('a', 'lezer')] })).toBe(true);
    expect(offersAccountStatus(beheerder, { id: 'u', grants: [g('a', 'lezer'), g('b', 'redacteur')] })).toBe(false);
    expect(offersAccountStatus(beheerder, { id: 'u', grants: [] })).toBe(false);
    expect(offersAccountStatus(beheerder, { id: 'b', grants: [g('a', 'beheerder')] })).toBe(false);
    expect(offersAccountStatus({ id: 'x', grants: [g('*', 'beheerder')] }, { id: 'u', grants: [] })).toBe(true);
  });
});
