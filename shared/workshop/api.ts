/**
 * The werkatelier REST surface (all JSON; errors are `{ error }` in Dutch).
 *
 *   POST /api/documents/:id/workshops            { title, scope, votingMode, dots } -> 201 WorkshopInfo (facilitate)
 *   GET  /api/documents/:id/workshops            -> WorkshopInfo[] (read; code and joinUrl only for facilitate)
 *   GET  /api/workshops/:wid                     -> WorkshopInfo (read on its programme, or its participant)
 *   GET  /api/workshops/:wid/slice               -> SliceRow[] live from the programme (same)
 *   GET  /api/workshops/:wid/qr.svg              -> image/svg+xml of the join link (facilitate)
 *   POST /api/workshops/join                     { code, name } -> 200 JoinAnswer + participant cookie (no session needed)
 *   POST /api/workshops/:wid/close               -> 200 WorkshopOutcome (facilitate); code stops working,
 *                                                   participant sockets close with 4410
 *   GET  /api/workshops/:wid/outcome             -> WorkshopOutcome (read), 409 while open
 *   GET  /api/workshops/:wid/export?format=xlsx|docx|csv -> file (read, closed only)
 *   GET  /api/workshops/:wid/compare?with=asd|<wid> -> ComparisonRow[] (read, closed only); <wid>: another
 *                                                   closed werkatelier of the same programme (404 unknown, 409 open)
 *   POST /api/workshops/:wid/cards/:cardId/disposition  CardDisposition -> 200 CardDispositionRecord
 *                                                   (edit or facilitate; 'verwerkt' and 'nieuw-resultaat'
 *                                                   change the programme through its room; 'nieuw-resultaat'
 *                                                   is recorded with the created row as newRowId)
 *   GET  /api/workshops/:wid/feedback            -> CardDispositionRecord[] (read)
 *
 * Live state goes over /sync/<docId> with docId = `werkatelier-<wid>`.
 */
import type { WorkshopInfo } from './types.ts';

export interface JoinAnswer {
  workshop: WorkshopInfo;
  participant: { id: string; name: string };
}

const WORKSHOP_DOC_PREFIX = 'werkatelier-';

export function workshopDocId(workshopId: string): string {
  return `${WORKSHOP_DOC_PREFIX}${workshopId}`;
}

/** The workshop id of a werkatelier doc id, or null for a programme. */
export function workshopIdOfDoc(docId: string): string | null {
  return docId.startsWith(WORKSHOP_DOC_PREFIX) ? docId.slice(WORKSHOP_DOC_PREFIX.length) : null;
}

/** Join codes: 8 characters without look-alikes (no 0/O, 1/I/L): 31^8, about 8·10^11. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 8;

/** ABCDEFGH -> ABCD-EFGH, for the screen. */
export function formatJoinCode(code: string): string {
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/** What a person typed -> the stored form: upper case, no spaces or dashes. */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** The participant's join link, as put on the screen and in the QR code. */
export function joinHref(origin: string, code: string): string {
  return `${origin}/#/doe-mee/${code}`;
}
