import { describe, expect, it } from 'vitest';
import { parseMe } from '../../client/auth/auth-api.ts';
import { checkSetup, checkSignIn, waitText } from '../../client/auth/form-checks.ts';
import { errorOf } from '../../client/app/http.ts';
import { identityOf, colorFor } from '../../client/app/identity.ts';
import { readOnlyNote } from '../../client/programme/rights.ts';
import { MIN_PASSWORD_LENGTH } from '../../shared/auth/me.ts';

describe('the answer of /api/auth/me', () => {
  it('reads a user and keeps only well-formed grants', () => {
    expect(
      parseMe({
        kind: 'user',
        id: 'u1',
        email: 'a@b.nl',
        name: 'Anna',
        grants: [{ scope: '*', role: 'lezer' }, { scope: 'x', role: 'koning' }, null],
      }),
    ).toEqual({ kind: 'user', id: 'u1', email: 'a@b.nl', name: 'Anna', grants: [{ scope: '*', role: 'lezer' }], mustChangePassword: false });
  });

  it('reads the must-change-password mark only when the server says true', () => {
    const base = { kind: 'user', id: 'u1', email: 'a@b.nl', name: 'Anna', grants: [] };
    expect(parseMe({ ...base, mustChangePassword: true })).toMatchObject({ mustChangePassword: true });
    expect(parseMe({ ...base, mustChangePassword: 'ja' })).toMatchObject({ mustChangePassword: false });
  });

  it('reads a participant, and refuses shapes that would break later', () => {
    expect(parseMe({ kind: 'participant', id: 'p', name: 'Piet', workshopId: 'w1' })).toEqual({
      kind: 'participant',
      id: 'p',
      name: 'Piet',
      workshopId: 'w1',
    });
    expect(parseMe({ kind: 'participant', id: 'p', name: 'Piet' })).toBeNull();
    expect(parseMe({ kind: 'admin', id: 'p', name: 'x' })).toBeNull();
    expect(parseMe(null)).toBeNull();
    expect(parseMe({ id: 1, name: 'x' })).toBeNull();
  });
});

describe('checks before sending', () => {
  it('sign-in asks for both fields', () => {
    expect(checkSignIn({ email: ' ', password: '' })).toEqual({ email: 'Vul je e-mailadres in.', password: 'Vul je wachtwoord in.' });
    expect(checkSignIn({ email: 'a@b.nl', password: 'x' })).toEqual({});
  });

  it('setup wants a name, an address, a long enough password typed twice the same', () => {
    const ok = { name: 'Anna de Vries', email: 'anna@dronten.nl', password: 'x'.repeat(MIN_PASSWORD_LENGTH), repeat: 'x'.repeat(MIN_PASSWORD_LENGTH) };
    expect(checkSetup(ok)).toEqual({});
    expect(Object.keys(checkSetup({ ...ok, name: 'A', email: 'anna' }))).toEqual(['name', 'email']);
    expect(checkSetup({ ...ok, password: 'x'.repeat(MIN_PASSWORD_LENGTH - 1), repeat: '' }).password).toContain(String(MIN_PASSWORD_LENGTH));
    expect(checkSetup({ ...ok, repeat: 'y'.repeat(MIN_PASSWORD_LENGTH) })).toEqual({ repeat: 'De twee wachtwoorden zijn niet gelijk.' });
  });

  it('says how long to wait in Dutch', () => {
    expect(waitText(1)).toBe('over 1 seconde');
    expect(waitText(30)).toBe('over 30 seconden');
    expect(waitText(60)).toBe('over 1 minuut');
    expect(waitText(300)).toBe('over 5 minuten');
  });
});

describe('server errors', () => {
  const response = (status: number, headers: Record<string, string> = {}) => ({ status, headers: new Headers(headers) });

  it("shows the server's Dutch message, else a Dutch fallback", () => {
    expect(errorOf(response(401), { error: 'E-mailadres of wachtwoord klopt niet.' }).message).toBe('E-mailadres of wachtwoord klopt niet.');
    expect(errorOf(response(403), null).message).toBe('Je hebt hiervoor geen rechten.');
    expect(errorOf(response(500), 'oops').message).toBe('De server antwoordde met status 500.');
  });

  it('reads the wait of a 429 from the body or the Retry-After header', () => {
    expect(errorOf(response(429), { error: 'Te veel pogingen.', retryAfterSeconds: 12 }).retryAfterSeconds).toBe(12);
    expect(errorOf(response(429, { 'retry-after': '30' }), { error: 'Te veel pogingen.' }).retryAfterSeconds).toBe(30);
    expect(errorOf(response(429), {}).retryAfterSeconds).toBeNull();
  });

  it('keeps the field a refusal of bad input names, so the form can point at it', () => {
    expect(errorOf(response(400), { error: 'Vul een datum in.', field: 'date' }).field).toBe('date');
    expect(errorOf(response(400), { error: 'Vul een datum in.' }).field).toBeNull();
  });
});

describe('identity and the read-only note', () => {
  it('takes id and name from the session, and a stable colour from the id', () => {
    expect(identityOf({ id: 'u1', name: 'Anna' })).toEqual({ id: 'u1', name: 'Anna', color: colorFor('u1') });
  });

  it('tells a reader that comments are still possible', () => {
    expect(readOnlyNote(true)).toBe('Alleen lezen — je kunt opmerkingen plaatsen');
    expect(readOnlyNote(false)).toBe('Alleen lezen');
  });
});
