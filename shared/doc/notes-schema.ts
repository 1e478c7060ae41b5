/**
 * Notes are what people say about rows (acknowledged warnings, comments), kept in their own
 * collections so they never change the programme itself. Same allowlist idea as the rows.
 */
import { ENTITY_KINDS, type FieldSpec } from '../model/entities.ts';

export const NOTE_KINDS = ['acknowledgement', 'comment', 'changeRequest'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

const text: FieldSpec = { type: 'text' };

export const NOTE_FIELDS: Record<NoteKind, Readonly<Record<string, FieldSpec>>> = {
  acknowledgement: { reason: text, by: text, byName: text, at: text, fingerprint: text },
  comment: {
    targetKind: { type: 'enum', values: ENTITY_KINDS },
    targetId: text,
    field: text,
    threadId: text,
    text,
    authorId: text,
    authorName: text,
    at: text,
    resolved: { type: 'boolean' },
  },
  // A change to a council-owned field after a raad-vastgesteld version: the reason and the
  // decision moment travel with it until a later version accepts it.
  changeRequest: {
    targetKind: { type: 'enum', values: ENTITY_KINDS },
    targetId: text,
    field: text,
    oldValue: text,
    newValue: text,
    reason: text,
    decisionMoment: text,
    versionId: text,
    authorId: text,
    authorName: text,
    at: text,
    status: { type: 'enum', values: ['open', 'accepted', 'withdrawn'] },
  },
};
