/**
 * Checks on the account forms before anything is sent, so the common slips get a Dutch message
 * on the field itself. The server checks again; its message wins when it refuses.
 */
import { MIN_PASSWORD_LENGTH } from '../../shared/auth/me.ts';
import type { FieldErrors } from '../app/form/use-form-fields.ts';

function checkName(name: string): string | null {
  return name.trim().length < 2 ? 'Vul een naam in (minstens twee tekens).' : null;
}

function checkEmail(email: string): string | null {
  const clean = email.trim();
  if (!clean) return 'Vul een e-mailadres in.';
  // Only the obvious: the server is the judge of what it accepts.
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(clean) ? null : 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.';
}

function checkPassword(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.`;
  return null;
}

export type AccountField = 'name' | 'email' | 'password';

/** A new account, whether a beheerder adds it or the first beheerder sets it up. */
export function checkAccount(input: Record<AccountField, string>): FieldErrors<AccountField> {
  const errors: FieldErrors<AccountField> = {};
  const name = checkName(input.name);
  if (name) errors.name = name;
  const email = checkEmail(input.email);
  if (email) errors.email = email;
  const password = checkPassword(input.password);
  if (password) errors.password = password;
  return errors;
}

export type SetupField = AccountField | 'repeat';

/** Generous for any real name, address or passphrase, yet short of a pasted document. */
export function maxLengthOf(field: SetupField | PasswordChangeField): number {
  return field === 'name' ? 100 : 500;
}

export function checkSetup(input: Record<SetupField, string>): FieldErrors<SetupField> {
  const errors: FieldErrors<SetupField> = checkAccount(input);
  // A mismatch only matters once the password itself is acceptable.
  if (!errors.password && input.repeat !== input.password) errors.repeat = 'De twee wachtwoorden zijn niet gelijk.';
  return errors;
}

export type PasswordChangeField = 'current' | 'password' | 'repeat';

/** Wachtwoord wijzigen: the current one, and a new one that differs from it, typed twice the same. */
export function checkPasswordChange(input: Record<PasswordChangeField, string>): FieldErrors<PasswordChangeField> {
  const errors: FieldErrors<PasswordChangeField> = {};
  if (!input.current) errors.current = 'Vul je huidige wachtwoord in.';
  const password = checkPassword(input.password);
  if (password) errors.password = password;
  else if (input.current && input.password === input.current) errors.password = 'Kies een ander wachtwoord dan je huidige.';
  if (!errors.password && input.repeat !== input.password) errors.repeat = 'De twee wachtwoorden zijn niet gelijk.';
  return errors;
}

/** The form field a server refusal of PUT /api/auth/password names, so its message stands on that field. */
export function passwordChangeFieldOf(serverField: string | null): PasswordChangeField | null {
  if (serverField === 'currentPassword') return 'current';
  if (serverField === 'newPassword') return 'password';
  return null;
}

/** A temporary password a beheerder sets for a colleague: only the length is ours to judge. */
export function checkTemporaryPassword(password: string): FieldErrors<'password'> {
  const error = checkPassword(password);
  return error ? { password: error } : {};
}

export type SignInField = 'email' | 'password';

export function checkSignIn(input: { email: string; password: string }): FieldErrors<SignInField> {
  const errors: FieldErrors<SignInField> = {};
  if (!input.email.trim()) errors.email = 'Vul je e-mailadres in.';
  if (!input.password) errors.password = 'Vul je wachtwoord in.';
  return errors;
}

/** "over 1 minuut", "over 45 seconden": the wait after too many attempts. */
export function waitText(seconds: number): string {
  if (seconds >= 90) {
    const minutes = Math.ceil(seconds / 60);
    return `over ${minutes} minuten`;
  }
  if (seconds >= 60) return 'over 1 minuut';
  const s = Math.max(1, Math.ceil(seconds));
  return `over ${s} ${s === 1 ? 'seconde' : 'seconden'}`;
}
