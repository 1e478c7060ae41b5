/**
 * An in-process Koers server on 127.0.0.1, port 0, with its own temporary data folder.
 * Pass `dataDir` to start on an existing folder (a restart); the folder is then left alone.
 *
 * Sign-in is on, as in production: a beheerder of every programme is created from the
 * options (adminEmail/adminPassword, overridable; `adminEmail: undefined` leaves the server
 * without accounts, for the setup link) and signed in over HTTP; `api`, `connect` and
 * `fetchProgramme` use that session unless told otherwise.
 */
import type { RoleGrant } from '../../shared/auth/roles.ts';
import { readProgramme } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { startServer, type RunningServer, type StartOptions } from '../../server/start.ts';
import { collectingLogger, type LogEntry } from './log-sink.ts';
import { TEST_ADMIN } from './test-app.ts';
import { connectClient, type ClientOptions, type TestClient } from './test-client.ts';
import { makeTempDir, removeDir } from './temp-dir.ts';

type ApiInit = RequestInit & {
  /** Cookie header to send; defaults to the beheerder's, null sends none. */
  cookie?: string | null;
};

export interface TestUser {
  id: string;
  email: string;
  password: string;
  /** `koers_sessie=...`, from a real sign-in. */
  cookie: string;
}

export interface TestServer extends RunningServer {
  dataDir: string;
  logs: LogEntry[];
  /** The beheerder's credentials; null when the server was started without one. */
  admin: { email: string; password: string } | null;
  /** The beheerder's session cookie ('' without a beheerder). */
  adminCookie: string;
  /** fetch(`${url}${path}`) with a session cookie (the beheerder's by default). */
  api(path: string, init?: ApiInit): Promise<Response>;
  /**
   * Creates a user through POST /api/users (as the beheerder), signs them in and chooses
   * `password` as their own (PUT /api/auth/password), so the account is no longer marked
   * "must change password"; `cookie` is that session.
   */
  createUser(input: { name: string; email?: string; password?: string; grants: RoleGrant[] }): Promise<TestUser>;
  /** Signs in over HTTP and answers the session cookie; throws unless 200. */
  login(email: string, password: string): Promise<string>;
  /** connectClient with the beheerder's cookie (override with options.cookie). */
  connect(docId: string, options?: ClientOptions): TestClient;
  /** GET /api/documents/:id over HTTP as the beheerder. */
  fetchProgramme(docId: string): Promise<Programme>;
  /** The current state straight from the server's memory or store (no HTTP). */
  programme(docId: string): Programme | undefined;
  /** Closes the server and removes the data folder if this server created it. */
  dispose(): Promise<void>;
}

/** The `name=value` part of a Set-Cookie header, for sending back as a Cookie header. */
export function cookieFrom(response: Response): string {
  const setCookie = response.headers.getSetCookie();
  if (setCookie.length === 0) throw new Error(`no Set-Cookie in the answer (${response.status})`);
  return setCookie.map((line) => line.split(';')[0]!).join('; ');
}

export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  const ownsDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await makeTempDir('koers-server-'));
  const { logger, entries } = collectingLogger();
  const withAdmin: StartOptions = { adminEmail: TEST_ADMIN.email, adminPassword: TEST_ADMIN.password, adminName: TEST_ADMIN.name, ...options };
  let server: RunningServer;
  try {
    server = await startServer({ port: 0, host: '127.0.0.1', logger, ...withAdmin, dataDir });
  } catch (error) {
    if (ownsDir) await removeDir(dataDir);
    throw error;
  }

  const api = (path: string, init: ApiInit = {}) => {
    const { cookie, ...rest } = init;
    const headers = new Headers(rest.headers);
    const sent = cookie === undefined ? adminCookie : cookie;
    if (sent) headers.set('cookie', sent);
    return fetch(`${server.url}${path}`, { ...rest, headers });
  };
  const login = async (email: string, password: string) => {
    const response = await api('/api/auth/login', {
      method: 'POST',
      cookie: null,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (response.status !== 200) throw new Error(`sign-in of ${email}: ${response.status} ${await response.text()}`);
    return cookieFrom(response);
  };

  const admin = withAdmin.adminEmail && withAdmin.adminPassword ? { email: withAdmin.adminEmail, password: withAdmin.adminPassword } : null;
  let adminCookie = '';
  try {
    if (admin) adminCookie = await login(admin.email, admin.password);
  } catch (error) {
    await server.close();
    if (ownsDir) await removeDir(dataDir);
    throw error;
  }
  let users = 0;

  return {
    ...server,
    dataDir,
    logs: entries,
    admin,
    adminCookie,
    api,
    login,
    async createUser({ name, email, password = 'een-lang-wachtwoord', grants }) {
      const address = email ?? `gebruiker-${++users}-${server.port}@koers.test`;
      // The beheerder's password marks the account; the user then chooses `password` themselves.
      const temporary = `tijdelijk-${password}`;
      const response = await api('/api/users', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, email: address, password: temporary, grants }),
      });
      if (response.status !== 201) throw new Error(`POST /api/users: ${response.status} ${await response.text()}`);
      const { id } = (await response.json()) as { id: string };
      const cookie = await login(address, temporary);
      // As a colleague would on first sign-in: the session that changes the password stays valid.
      const changed = await api('/api/auth/password', {
        method: 'PUT',
        cookie,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ currentPassword: temporary, newPassword: password }),
      });
      if (changed.status !== 204) throw new Error(`PUT /api/auth/password for ${address}: ${changed.status} ${await changed.text()}`);
      return { id, email: address, password, cookie };
    },
    connect: (docId, clientOptions = {}) => connectClient(server.syncUrl, docId, { cookie: adminCookie, ...clientOptions }),
    async fetchProgramme(docId) {
      const response = await api(`/api/documents/${docId}`);
      if (!response.ok) throw new Error(`GET /api/documents/${docId}: ${response.status}`);
      return (await response.json()) as Programme;
    },
    programme: (docId) => server.registry.readDocument(docId, readProgramme),
    async dispose() {
      await server.close();
      if (ownsDir) await removeDir(dataDir);
    },
  };
}
