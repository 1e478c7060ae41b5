/**
 * The werkatelier REST calls (paths in shared/workshop/api.ts). Every failure becomes an
 * ApiError with a Dutch message: the server's own `{ error }` when it gave one.
 */
import type { Me } from '../../shared/auth/me.ts';
import type { Programme } from '../../shared/model/types.ts';
import type { JoinAnswer } from '../../shared/workshop/api.ts';
import type {
  CardDisposition,
  CardDispositionRecord,
  ComparisonRow,
  SliceRow,
  VotingMode,
  WorkshopInfo,
  WorkshopOutcome,
  WorkshopScope,
} from '../../shared/workshop/types.ts';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** True when the text is the server's own `{ error }`. */
    readonly fromServer = false,
  ) {
    super(message);
  }
}

const FALLBACK: Record<number, string> = {
  400: 'De server kon dit verzoek niet verwerken.',
  401: 'Je bent niet (meer) aangemeld.',
  403: 'Je hebt hiervoor geen rechten.',
  404: 'Niet gevonden.',
  409: 'Dat kan nu niet: het werkatelier is nog open of al gesloten.',
  410: 'Dit werkatelier is gesloten.',
  429: 'Te veel pogingen. Wacht even en probeer het opnieuw.',
};

async function request<T>(path: string, init: RequestInit = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.', 0);
  }
  if (!response.ok) {
    let message: string | null = null;
    try {
      const body: unknown = await response.json();
      if (body && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string') message = (body as { error: string }).error;
    } catch {
      // no JSON body: the fallback below says enough
    }
    if (message) throw new ApiError(message, response.status, true);
    throw new ApiError(FALLBACK[response.status] ?? `De server antwoordde met status ${response.status}.`, response.status);
  }
  // No content (a removal): nothing to read.
  if (response.status === 204) return null as T;
  return (await response.json()) as T;
}

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });
const enc = encodeURIComponent;

/** Who this browser is; null when nobody is signed in. Accepts `Me` bare or as `{ me }`. */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const body = await request<unknown>('/api/auth/me', {}, signal);
    const me = body && typeof body === 'object' && 'me' in body ? (body as { me: unknown }).me : body;
    return me && typeof me === 'object' && 'kind' in me ? (me as Me) : null;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const fetchWorkshop = (wid: string, signal?: AbortSignal) => request<WorkshopInfo>(`/api/workshops/${enc(wid)}`, {}, signal);

export const fetchSlice = (wid: string, signal?: AbortSignal) => request<SliceRow[]>(`/api/workshops/${enc(wid)}/slice`, {}, signal);

export const listWorkshops = (documentId: string, signal?: AbortSignal) =>
  request<WorkshopInfo[]>(`/api/documents/${enc(documentId)}/workshops`, {}, signal);

export const fetchProgramme = (documentId: string, signal?: AbortSignal) =>
  request<Programme>(`/api/documents/${enc(documentId)}`, {}, signal);

export interface NewWorkshop {
  title: string;
  scope: WorkshopScope;
  votingMode: VotingMode;
  dots: number;
  /** Lets the facilitators turn cards into changes; only a redacteur or beheerder may send true. */
  editGrant: boolean;
}

export const startWorkshop = (documentId: string, body: NewWorkshop) =>
  request<WorkshopInfo>(`/api/documents/${enc(documentId)}/workshops`, post(body));

export const joinWorkshop = (code: string, name: string) => request<JoinAnswer>('/api/workshops/join', post({ code, name }));

export const removeParticipant = (wid: string, pid: string) =>
  request<null>(`/api/workshops/${enc(wid)}/participants/${enc(pid)}`, { method: 'DELETE' });

export const closeWorkshop = (wid: string) => request<WorkshopOutcome>(`/api/workshops/${enc(wid)}/close`, { method: 'POST' });

export const fetchOutcome = (wid: string, signal?: AbortSignal) =>
  request<WorkshopOutcome>(`/api/workshops/${enc(wid)}/outcome`, {}, signal);

/** `other`: 'asd' or the id of another closed werkatelier of the programme. */
export const fetchComparison = (wid: string, other: string, signal?: AbortSignal) =>
  request<ComparisonRow[]>(`/api/workshops/${enc(wid)}/compare?with=${enc(other)}`, {}, signal);

export const fetchFeedback = (wid: string, signal?: AbortSignal) =>
  request<CardDispositionRecord[]>(`/api/workshops/${enc(wid)}/feedback`, {}, signal);

export const sendDisposition = (wid: string, cardId: string, disposition: CardDisposition) =>
  request<CardDispositionRecord>(`/api/workshops/${enc(wid)}/cards/${enc(cardId)}/disposition`, post(disposition));

export type ExportFormat = 'xlsx' | 'docx' | 'csv';

export const exportHref = (wid: string, format: ExportFormat) => `/api/workshops/${enc(wid)}/export?format=${format}`;

export const qrSrc = (wid: string) => `/api/workshops/${enc(wid)}/qr.svg`;

export const presenterHref = (wid: string) => `#/werkatelier/${enc(wid)}`;

export const joinPageHref = (code = '') => `#/doe-mee/${enc(code)}`;
