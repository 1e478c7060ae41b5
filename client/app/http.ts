/**
 * JSON requests to the Koers server. The session cookie travels by itself; a 401 on any request
 * outside sign-in means the session ended (expired, signed out in another tab, account removed),
 * so it is broadcast and the app shows the sign-in page instead of a string of failures.
 */

export class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** From a 429's body or Retry-After header. */
    readonly retryAfterSeconds: number | null = null,
    /** The input field the server refused, when it says. */
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

const unauthorizedListeners = new Set<() => void>();

export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export function reportUnauthorized(): void {
  for (const listener of [...unauthorizedListeners]) listener();
}

const UNREACHABLE = 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.';

export interface JsonRequest {
  method?: string;
  body?: unknown;
  signal?: AbortSignal;
  /** False for sign-in itself, where a 401 is a wrong password, not an ended session. */
  reportUnauthorized?: boolean;
}

export async function requestJson<T>(url: string, init: JsonRequest = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new HttpError(UNREACHABLE, 0);
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch((error: unknown) => {
    // Aborted while the body was still arriving (the screen went away): that is no empty answer.
    if (init.signal?.aborted) throw error;
    return null;
  });
  if (!response.ok) {
    if (response.status === 401 && init.reportUnauthorized !== false) reportUnauthorized();
    throw errorOf(response, body);
  }
  return body as T;
}

/** The server's Dutch `{ error, field? }`, or a Dutch fallback naming the status. */
export function errorOf(response: Pick<Response, 'status' | 'headers'>, body: unknown): HttpError {
  const rec = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const message = typeof rec.error === 'string' && rec.error.trim() ? rec.error : fallbackMessage(response.status);
  const field = typeof rec.field === 'string' ? rec.field : null;
  return new HttpError(message, response.status, retryAfterOf(response, rec), field);
}

function retryAfterOf(response: Pick<Response, 'headers'>, body: Record<string, unknown>): number | null {
  if (typeof body.retryAfterSeconds === 'number' && Number.isFinite(body.retryAfterSeconds)) return body.retryAfterSeconds;
  const header = Number(response.headers.get('retry-after'));
  return Number.isFinite(header) && header > 0 ? header : null;
}

function fallbackMessage(status: number): string {
  switch (status) {
    case 401:
      return 'Je bent niet (meer) aangemeld.';
    case 403:
      return 'Je hebt hiervoor geen rechten.';
    case 429:
      return 'Te veel pogingen. Wacht even en probeer het opnieuw.';
    default:
      return `De server antwoordde met status ${status}.`;
  }
}
