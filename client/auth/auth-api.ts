/**
 * The sign-in routes. Answers are checked for shape, because a Me with a missing `grants` would
 * otherwise surface much later as a crash in a rights check.
 */
import type { Me } from '../../shared/auth/me.ts';
import { isRole, type RoleGrant } from '../../shared/auth/roles.ts';
import type { SignInMethods } from '../../shared/auth/sign-in-failures.ts';
import { HttpError, requestJson } from '../app/http.ts';

export function parseMe(value: unknown): Me | null {
  if (!value || typeof value !== 'object') return null;
  const rec = value as Record<string, unknown>;
  if (typeof rec.id !== 'string' || typeof rec.name !== 'string') return null;
  if (rec.kind === 'participant') {
    return typeof rec.workshopId === 'string' ? { kind: 'participant', id: rec.id, name: rec.name, workshopId: rec.workshopId } : null;
  }
  if (rec.kind !== 'user' && rec.kind !== undefined) return null;
  return {
    kind: 'user',
    id: rec.id,
    name: rec.name,
    email: typeof rec.email === 'string' ? rec.email : '',
    grants: parseGrants(rec.grants),
    mustChangePassword: rec.mustChangePassword === true,
    ...(rec.passwordless === true ? { passwordless: true as const } : {}),
  };
}

export function parseGrants(value: unknown): RoleGrant[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((g) => {
    if (!g || typeof g !== 'object') return [];
    const { scope, role } = g as Record<string, unknown>;
    return typeof scope === 'string' && isRole(role) ? [{ scope, role }] : [];
  });
}

function meOrThrow(value: unknown): Me {
  const me = parseMe(value);
  if (!me) throw new HttpError('De server gaf een onverwacht antwoord. Probeer het opnieuw.', 500);
  return me;
}

/** The current session, or null when nobody is signed in. */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return meOrThrow(await requestJson('/api/auth/me', { signal, reportUnauthorized: false }));
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) return null;
    throw error;
  }
}

export async function signIn(email: string, password: string): Promise<Me> {
  return meOrThrow(await requestJson('/api/auth/login', { method: 'POST', body: { email, password }, reportUnauthorized: false }));
}

/**
 * Ends the Koers session. For a session started at the organisation's provider the server may
 * answer where to sign out there too (RP-initiated logout): that address, else null.
 */
export async function signOut(): Promise<string | null> {
  const body = await requestJson<{ endSessionUrl?: unknown } | undefined>('/api/auth/logout', { method: 'POST', reportUnauthorized: false });
  const url = body?.endSessionUrl;
  return typeof url === 'string' && /^https?:\/\//.test(url) ? url : null;
}

/** How one may sign in here: the password form, and which organisations. Falls back to the password form alone. */
export async function fetchSignInMethods(signal?: AbortSignal): Promise<SignInMethods> {
  const body = await requestJson<Partial<SignInMethods>>('/api/auth/methods', { signal, reportUnauthorized: false });
  const providers = Array.isArray(body?.providers)
    ? body.providers.flatMap((p) => (p && typeof p.id === 'string' && typeof p.name === 'string' ? [{ id: p.id, name: p.name }] : []))
    : [];
  return { local: body?.local !== false || providers.length === 0, providers };
}

/** The start link of a sign-in at the organisation; `returnTo` is the page to open afterwards. */
export function oidcStartHref(providerId: string, returnTo: string): string {
  const route = /^#\/[^?]*$/.test(returnTo) && !returnTo.startsWith('#/aanmelden/') ? returnTo : '#/';
  return `/api/auth/oidc/start?aanbieder=${encodeURIComponent(providerId)}&terug=${encodeURIComponent(route)}`;
}

export async function setupNeeded(signal?: AbortSignal): Promise<boolean> {
  const body = await requestJson<{ needed?: unknown }>('/api/auth/setup', { signal, reportUnauthorized: false });
  return body?.needed === true;
}

export interface SetupInput {
  token: string;
  name: string;
  email: string;
  password: string;
}

export async function setUp(input: SetupInput): Promise<Me> {
  return meOrThrow(await requestJson('/api/auth/setup', { method: 'POST', body: input, reportUnauthorized: false }));
}

/** Refusals (wrong current password: 403, too many tries: 429) arrive as HttpError with the field the server names. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await requestJson('/api/auth/password', { method: 'PUT', body: { currentPassword, newPassword } });
}
