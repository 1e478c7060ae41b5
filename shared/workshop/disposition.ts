/** What was done with a card, checked and put into words for the feedback report. */
import type { CardDisposition, CardDispositionRecord } from './types.ts';

const MAX_NOTE_LENGTH = 1_000;

const DISPOSITION_LABELS: Record<CardDisposition['action'], string> = {
  verwerkt: 'Verwerkt in de tabel',
  'nieuw-resultaat': 'Nieuw resultaat toegevoegd',
  'niet-verwerkt': 'Niet verwerkt',
};

/** A disposition from a request body, or a Dutch reason why not. Whether the row exists is the server's check. */
export function parseDisposition(value: unknown): { ok: true; disposition: CardDisposition } | { ok: false; error: string } {
  if (typeof value !== 'object' || value === null) return { ok: false, error: 'Geef aan wat er met de kaart is gedaan.' };
  const body = value as Record<string, unknown>;
  const note = typeof body.note === 'string' ? body.note.trim() : '';
  if (note.length > MAX_NOTE_LENGTH) return { ok: false, error: `Een toelichting mag hoogstens ${MAX_NOTE_LENGTH} tekens hebben.` };
  const rowId = typeof body.rowId === 'string' && body.rowId.length > 0 && body.rowId.length <= 128 ? body.rowId : null;
  switch (body.action) {
    case 'verwerkt':
      if (!rowId) return { ok: false, error: 'Kies de rij waarin de kaart is verwerkt.' };
      if (typeof body.field !== 'string' || body.field === '') return { ok: false, error: 'Kies het veld dat is aangepast.' };
      if (typeof body.value !== 'string') return { ok: false, error: 'Geef de nieuwe tekst van het veld.' };
      return { ok: true, disposition: { action: 'verwerkt', rowId, field: body.field, value: body.value, note } };
    case 'nieuw-resultaat':
      if (!rowId) return { ok: false, error: 'Kies de uitwerking waaronder het nieuwe resultaat komt.' };
      return { ok: true, disposition: { action: 'nieuw-resultaat', rowId, note } };
    case 'niet-verwerkt': {
      const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
      if (reason === '') return { ok: false, error: 'Leg uit waarom de kaart niet is verwerkt; dat lezen de deelnemers terug.' };
      if (reason.length > MAX_NOTE_LENGTH) return { ok: false, error: `Een reden mag hoogstens ${MAX_NOTE_LENGTH} tekens hebben.` };
      return { ok: true, disposition: { action: 'niet-verwerkt', reason } };
    }
    default:
      return { ok: false, error: 'Kies verwerkt, nieuw resultaat of niet verwerkt.' };
  }
}

/** One line for the feedback report: what happened, and why when it was not done. */
export function describeDisposition(disposition: CardDisposition): string {
  switch (disposition.action) {
    case 'verwerkt':
      return withNote(`${DISPOSITION_LABELS.verwerkt}: "${disposition.value}"`, disposition.note);
    case 'nieuw-resultaat':
      return withNote(DISPOSITION_LABELS['nieuw-resultaat'], disposition.note);
    case 'niet-verwerkt':
      return `${DISPOSITION_LABELS['niet-verwerkt']}: ${disposition.reason}`;
  }
}

/** The latest record per card: a later decision replaces an earlier one in the report. */
export function latestDispositions(records: readonly CardDispositionRecord[]): Map<string, CardDispositionRecord> {
  const latest = new Map<string, CardDispositionRecord>();
  for (const record of records) latest.set(record.cardId, record);
  return latest;
}

function withNote(text: string, note: string): string {
  return note ? `${text} (${note})` : text;
}
