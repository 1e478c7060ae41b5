/**
 * Accounts and werkatelier seats on a server process, over HTTP only, as the beheerder
 * (the same steps as TestServer.createUser and workshop-server.ts, for a spawned process).
 */
import type { RoleGrant } from '../../shared/auth/roles.ts';
import type { JoinAnswer } from '../../shared/workshop/api.ts';
import type { WorkshopInfo } from '../../shared/workshop/types.ts';
import type { ServerProcess } from './server-process.ts';
import { cookieFrom } from './test-server.ts';

async function send(p: ServerProcess, method: string, path: string, body: unknown, cookie: string | null): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (cookie) headers.cookie = cookie;
  return fetch(`${p.url}${path}`, { method, headers, body: JSON.stringify(body) });
}

/** A user with these grants who chose their own password; answers their session cookie. */
export async function createProcessUser(p: ServerProcess, name: string, email: string, grants: RoleGrant[]): Promise<string> {
  const temporary = 'tijdelijk-wachtwoord-fuzz';
  const created = await send(p, 'POST', '/api/users', { name, email, password: temporary, grants }, p.adminCookie);
  if (created.status !== 201) throw new Error(`POST /api/users: ${created.status} ${await created.text()}`);
  const login = await send(p, 'POST', '/api/auth/login', { email, password: temporary }, null);
  if (login.status !== 200) throw new Error(`sign-in of ${email}: ${login.status}`);
  const cookie = cookieFrom(login);
  const changed = await send(p, 'PUT', '/api/auth/password', { currentPassword: temporary, newPassword: 'een-lang-wachtwoord' }, cookie);
  if (changed.status !== 204) throw new Error(`PUT /api/auth/password: ${changed.status} ${await changed.text()}`);
  return cookie;
}

/** An open werkatelier on the programme, created by the beheerder. */
export async function createProcessWorkshop(p: ServerProcess, programmeId: string): Promise<WorkshopInfo & { code: string }> {
  const response = await send(p, 'POST', `/api/documents/${programmeId}/workshops`, { title: 'Werkatelier fuzz', scope: { kind: 'programme' }, votingMode: 'stippen', dots: 5 }, p.adminCookie);
  if (response.status !== 201) throw new Error(`create werkatelier: ${response.status} ${await response.text()}`);
  return (await response.json()) as WorkshopInfo & { code: string };
}

/** Joins with the code, without any session; answers the participant cookie. */
export async function joinProcessWorkshop(p: ServerProcess, code: string, name: string): Promise<string> {
  const response = await send(p, 'POST', '/api/workshops/join', { code, name }, null);
  if (response.status !== 200) throw new Error(`join: ${response.status} ${await response.text()}`);
  (await response.json()) as JoinAnswer;
  return cookieFrom(response);
}
