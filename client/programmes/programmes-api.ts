/** The REST calls behind the programme screens (server/http/programme-routes.ts). */
import type { ProgrammeSettings } from '../../shared/programmes/settings.ts';
import { requestJson } from '../app/http.ts';

const base = (id: string) => `/api/documents/${encodeURIComponent(id)}`;

/** A blank programme, or with `copyOf` (and `version`) a copy of another's rows. */
function createProgramme(input: { name: string; municipality: string; periodStart: string; periodEnd: string; copyOf?: string; version?: string }): Promise<{ id: string }> {
  return requestJson('/api/documents', { method: 'POST', body: input });
}

/** The "Nieuw programma" and "Kopie maken" forms' values, as the create route takes them. */
export function createFromForm(values: Record<string, string>, copy?: { copyOf: string; version: string | null }): Promise<{ id: string }> {
  return createProgramme({
    name: values.name ?? '',
    municipality: values.municipality ?? '',
    periodStart: values.periodStart ?? '',
    periodEnd: values.periodEnd ?? '',
    ...(copy ? { copyOf: copy.copyOf, ...(copy.version ? { version: copy.version } : {}) } : {}),
  });
}

export function fetchSettings(id: string, signal?: AbortSignal): Promise<ProgrammeSettings> {
  return requestJson(`${base(id)}/settings`, { signal });
}

export function saveSettings(id: string, patch: Record<string, unknown>): Promise<ProgrammeSettings> {
  return requestJson(`${base(id)}/settings`, { method: 'PATCH', body: patch });
}

export function unarchiveProgramme(id: string): Promise<{ archived: false }> {
  return requestJson(`${base(id)}/unarchive`, { method: 'POST' });
}

export function archiveProgramme(id: string): Promise<{ archived: true; versionId: string }> {
  return requestJson(`${base(id)}/archive`, { method: 'POST' });
}
