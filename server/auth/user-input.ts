/** Checks of what people type when creating an account or choosing a password; errors are Dutch for the form. */
import { MIN_PASSWORD_LENGTH } from '../../shared/auth/me.ts';
import { isRole, type RoleGrant } from '../../shared/auth/roles.ts';
import { BAD_EMAIL, BAD_GRANTS, BAD_NAME, LONG_PASSWORD, SHORT_PASSWORD } from './messages.ts';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string; field: string };

export interface NewAccount {
  email: string;
  name: string;
  password: string;
}

const MAX_PASSWORD_LENGTH = 1000;
const MAX_NAME_LENGTH = 200;
const MAX_GRANTS = 500;
// Deliberately loose: one @, something on both sides, a dot in the domain. Mail delivery is not used.
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;

export function checkNewAccount(body: unknown): Checked<NewAccount> {
  const { email, name, password } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof email !== 'string' || email.trim().length > 254 || !EMAIL.test(email.trim())) return { ok: false, error: BAD_EMAIL, field: 'email' };
  if (typeof name !== 'string' || name.trim() === '' || name.trim().length > MAX_NAME_LENGTH) return { ok: false, error: BAD_NAME, field: 'name' };
  const checked = checkNewPassword(password, 'password');
  if (!checked.ok) return checked;
  return { ok: true, value: { email: email.trim(), name: name.trim(), password: checked.value } };
}

/** A password someone chooses (new account, own change, a beheerder's reset); `field` names it in the refusal. */
export function checkNewPassword(password: unknown, field: string): Checked<string> {
  // Counted in characters, not UTF-16 units, so the minimum means what the message says.
  if (typeof password !== 'string' || [...password].length < MIN_PASSWORD_LENGTH) return { ok: false, error: SHORT_PASSWORD, field };
  if (password.length > MAX_PASSWORD_LENGTH) return { ok: false, error: LONG_PASSWORD, field };
  return { ok: true, value: password };
}

export function checkGrants(value: unknown): Checked<RoleGrant[]> {
  if (!Array.isArray(value) || value.length > MAX_GRANTS) return { ok: false, error: BAD_GRANTS, field: 'grants' };
  const grants: RoleGrant[] = [];
  for (const item of value) {
    const { scope, role } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof scope !== 'string' || scope === '' || scope.length > 100 || !isRole(role)) return { ok: false, error: BAD_GRANTS, field: 'grants' };
    grants.push({ scope, role });
  }
  return { ok: true, value: grants };
}
