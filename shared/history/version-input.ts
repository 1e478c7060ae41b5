/**
 * Checks the form for a new version. Shared so the browser can say the same thing before it
 * sends; the server checks again. Messages are Dutch and name the field.
 */
import { VERSION_STATUSES, isVersionStatus, type VersionInput } from './version.ts';

const MAX_VERSION_NAME = 200;
const MAX_DOCUMENT_NUMBER = 100;
const MAX_VERSION_NOTE = 5_000;

export type InputCheck<T> = { ok: true; value: T } | { ok: false; field: string; error: string };

export function checkVersionInput(body: unknown): InputCheck<VersionInput> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return fail('body', 'Stuur de gegevens van de versie als JSON-object met name, status, date, documentNumber en note.');
  }
  const input = body as Record<string, unknown>;

  const name = input.name;
  if (typeof name !== 'string' || name.trim() === '') return fail('name', 'Het veld "name" (naam van de versie) is verplicht.');
  if (name.trim().length > MAX_VERSION_NAME) {
    return fail('name', `Het veld "name" (naam van de versie) mag hoogstens ${MAX_VERSION_NAME} tekens lang zijn.`);
  }

  if (!isVersionStatus(input.status)) {
    return fail('status', `Het veld "status" moet een van deze waarden zijn: ${VERSION_STATUSES.join(', ')}.`);
  }

  if (typeof input.date !== 'string' || !isCalendarDate(input.date)) {
    return fail('date', 'Het veld "date" (datum) moet een bestaande datum zijn in de vorm jjjj-mm-dd, bijvoorbeeld 2024-09-26.');
  }

  const documentNumber = input.documentNumber ?? '';
  if (typeof documentNumber !== 'string') return fail('documentNumber', 'Het veld "documentNumber" (documentnummer) moet tekst zijn.');
  if (documentNumber.trim().length > MAX_DOCUMENT_NUMBER) {
    return fail('documentNumber', `Het veld "documentNumber" (documentnummer) mag hoogstens ${MAX_DOCUMENT_NUMBER} tekens lang zijn.`);
  }

  const note = input.note ?? '';
  if (typeof note !== 'string') return fail('note', 'Het veld "note" (toelichting) moet tekst zijn.');
  if (note.length > MAX_VERSION_NOTE) {
    return fail('note', `Het veld "note" (toelichting) mag hoogstens ${MAX_VERSION_NOTE} tekens lang zijn.`);
  }

  return {
    ok: true,
    value: { name: name.trim(), status: input.status, date: input.date, documentNumber: documentNumber.trim(), note: note.trim() },
  };
}

/** yyyy-mm-dd naming a day that exists (no 2025-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function fail<T>(field: string, error: string): InputCheck<T> {
  return { ok: false, field, error };
}
