/**
 * What to take back from a version: the whole programme, one row (with its place and, if it
 * was removed, its subtree), or one cell. Checked here so client and server agree on the
 * Dutch messages.
 */
import { isEditableField, isEntityKind, type EntityKind } from '../model/entities.ts';
import type { InputCheck } from './version-input.ts';

export type RestoreScope =
  | { scope: 'programme' }
  | { scope: 'row'; kind: EntityKind; rowId: string }
  | { scope: 'cell'; kind: EntityKind; rowId: string; field: string };

export type RestoreRequest = RestoreScope & { versionId: string };

export function checkRestoreRequest(body: unknown): InputCheck<RestoreRequest> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return fail('body', 'Stuur als JSON-object welke versie (versionId) en wat (scope) je wilt terugzetten.');
  }
  const input = body as Record<string, unknown>;
  const versionId = input.versionId;
  if (typeof versionId !== 'string' || versionId.trim() === '') {
    return fail('versionId', 'Het veld "versionId" (de versie om uit terug te zetten) is verplicht.');
  }
  const scope = input.scope;
  if (scope === 'programme') return { ok: true, value: { versionId, scope } };
  if (scope !== 'row' && scope !== 'cell') {
    return fail('scope', 'Het veld "scope" moet "programme" (het hele programma), "row" (één rij) of "cell" (één cel) zijn.');
  }
  const kind = input.kind;
  if (!isEntityKind(kind)) return fail('kind', 'Het veld "kind" (soort rij) ontbreekt of bestaat niet.');
  const rowId = input.rowId;
  if (typeof rowId !== 'string' || rowId === '') return fail('rowId', 'Het veld "rowId" (welke rij) is verplicht.');
  if (scope === 'row') return { ok: true, value: { versionId, scope, kind, rowId } };
  const field = input.field;
  if (typeof field !== 'string' || !isEditableField(kind, field)) {
    return fail('field', 'Het veld "field" (welke kolom) ontbreekt of hoort niet bij deze soort rij.');
  }
  return { ok: true, value: { versionId, scope, kind, rowId, field } };
}

function fail<T>(field: string, error: string): InputCheck<T> {
  return { ok: false, field, error };
}
