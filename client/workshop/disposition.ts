/**
 * 'Verwerken' of a card: what the form may offer for the card's row, and the CardDisposition
 * it sends. Checked here so the officer hears what is missing before anything is sent.
 */
import type { Programme } from '../../shared/model/types.ts';
import { CARD_FIELDS, type CardRowKind } from '../../shared/workshop/card-fields.ts';
import type { CardDisposition, CardDispositionRecord, WorkshopCard } from '../../shared/workshop/types.ts';

type RowKind = CardRowKind;
export type DispositionAction = CardDisposition['action'];

export const ACTION_LABELS: Record<DispositionAction, string> = {
  verwerkt: 'Tekst in tabel overnemen',
  'nieuw-resultaat': 'Nieuw resultaat toevoegen',
  'niet-verwerkt': 'Niet verwerken',
};

/** The text fields of a row a card can change; the first is the one a card is usually about. */
export const TEXT_FIELDS = CARD_FIELDS;

export interface DispositionDraft {
  /** Null until the officer chooses: nothing is taken into the table by just pressing Opslaan. */
  action: DispositionAction | null;
  field: string;
  /** Starts as the table's own text of `field`, never the card's: changing a row's wording is a choice made by typing. */
  value: string;
  /** The table's text of `field` when it was chosen, to tell an unchanged text from a new one. */
  tableText: string;
  /** The uitwerking a new result goes under. */
  subGoalId: string;
  note: string;
  reason: string;
}

export interface RowPlace {
  kind: RowKind;
  /** The uitwerking the row is in or is; null for a goal without uitwerkingen. */
  subGoalId: string | null;
}

export function placeOf(programme: Programme | null, rowId: string): RowPlace | null {
  if (!programme) return null;
  for (const goal of programme.goals) {
    if (goal.id === rowId) return { kind: 'goal', subGoalId: goal.subGoals[0]?.id ?? null };
    for (const subGoal of goal.subGoals) {
      if (subGoal.id === rowId) return { kind: 'subGoal', subGoalId: subGoal.id };
      if (subGoal.results.some((r) => r.id === rowId)) return { kind: 'result', subGoalId: subGoal.id };
    }
  }
  return null;
}

/** What the table holds now in one of a row's card fields ('' when empty or the row is gone). */
export function tableTextOf(programme: Programme | null, rowId: string, field: string): string {
  for (const goal of programme?.goals ?? []) {
    const rows: object[] = [goal, ...goal.subGoals, ...goal.subGoals.flatMap((s) => s.results)];
    const row = rows.find((r) => (r as { id: string }).id === rowId);
    if (row) {
      const value = (row as Record<string, unknown>)[field];
      return typeof value === 'string' ? value : '';
    }
  }
  return '';
}

export function initialDraft(programme: Programme | null, card: WorkshopCard, place: RowPlace | null): DispositionDraft {
  const field = place ? TEXT_FIELDS[place.kind][0]!.field : '';
  const tableText = place ? tableTextOf(programme, card.rowId, field) : '';
  return {
    // With only one thing possible (the row is gone), that is chosen; otherwise the officer chooses.
    action: place ? null : 'niet-verwerkt',
    field,
    value: tableText,
    tableText,
    subGoalId: place?.subGoalId ?? '',
    note: '',
    reason: '',
  };
}

/** The draft with another field chosen: its text starts again from what the table holds. */
export function withField(programme: Programme | null, card: WorkshopCard, draft: DispositionDraft, field: string): DispositionDraft {
  const tableText = tableTextOf(programme, card.rowId, field);
  return { ...draft, field, value: tableText, tableText };
}

export function actionsFor(place: RowPlace | null): DispositionAction[] {
  // Without a row in the programme nothing can be taken over; a new result needs an uitwerking.
  if (!place) return ['niet-verwerkt'];
  return ['niet-verwerkt', 'verwerkt', 'nieuw-resultaat'];
}

export type DraftCheck = { ok: true; disposition: CardDisposition } | { ok: false; error: string };

export function toDisposition(card: WorkshopCard, place: RowPlace | null, draft: DispositionDraft): DraftCheck {
  const note = draft.note.trim();
  switch (draft.action) {
    case null:
      return { ok: false, error: 'Kies wat je met deze kaart doet.' };
    case 'verwerkt': {
      if (!place) return { ok: false, error: 'Deze rij staat niet meer in het programma.' };
      if (!TEXT_FIELDS[place.kind].some((f) => f.field === draft.field)) return { ok: false, error: 'Kies welk veld je wilt aanpassen.' };
      if (!draft.value.trim()) return { ok: false, error: 'Vul de nieuwe tekst in.' };
      if (draft.value.trim() === draft.tableText.trim()) return { ok: false, error: 'De nieuwe tekst is nog gelijk aan de tekst in de tabel. Pas hem aan, of kies een andere verwerking.' };
      return { ok: true, disposition: { action: 'verwerkt', rowId: card.rowId, field: draft.field, value: draft.value.trim(), note } };
    }
    case 'nieuw-resultaat':
      if (!draft.subGoalId) return { ok: false, error: 'Kies onder welke uitwerking het nieuwe resultaat komt.' };
      return { ok: true, disposition: { action: 'nieuw-resultaat', rowId: draft.subGoalId, note } };
    case 'niet-verwerkt':
      if (!draft.reason.trim()) return { ok: false, error: 'Geef een reden waarom de kaart niet wordt verwerkt.' };
      return { ok: true, disposition: { action: 'niet-verwerkt', reason: draft.reason.trim() } };
  }
}

export interface ResultText {
  code: string;
  text: string;
}

/** A result row as the table shows it now; null when the programme is not loaded or the row is gone. */
export function resultText(programme: Programme | null, rowId: string): ResultText | null {
  for (const goal of programme?.goals ?? []) {
    for (const subGoal of goal.subGoals) {
      const result = subGoal.results.find((r) => r.id === rowId);
      if (result) return { code: result.code, text: result.text };
    }
  }
  return null;
}

/** What the feedback report says was done with a card; `newResult` names the row a new result became. */
export function dispositionSummary(
  record: CardDispositionRecord | undefined,
  fieldLabel: (field: string) => string,
  newResult: (rowId: string) => ResultText | null = () => null,
): string {
  if (!record) return 'Nog niet verwerkt';
  const d = record.disposition;
  const note = d.action !== 'niet-verwerkt' && d.note ? ` (${d.note})` : '';
  switch (d.action) {
    case 'verwerkt':
      return `Verwerkt: ${fieldLabel(d.field)} aangepast${note}`;
    case 'nieuw-resultaat': {
      // Records from before newRowId was stored cannot point at their row.
      const row = d.newRowId ? newResult(d.newRowId) : null;
      const named = row ? `: ${row.code ? `${row.code} ` : ''}"${row.text}"` : '';
      return `Verwerkt: nieuw resultaat toegevoegd${named}${note}`;
    }
    case 'niet-verwerkt':
      return `Niet verwerkt: ${d.reason}`;
  }
}

export function fieldLabelOf(field: string): string {
  for (const fields of Object.values(TEXT_FIELDS)) {
    const found = fields.find((f) => f.field === field);
    if (found) return found.label;
  }
  return field;
}
