/**
 * The real Hono app for app.request() tests, with real sign-in on a throwaway SQLite database:
 * a beheerder of every programme is created and signed in, and `request` sends that session's
 * cookie unless told otherwise.
 */
import Database from 'better-sqlite3';
import { Hono } from 'hono';
import type { RoleGrant } from '../../shared/auth/roles.ts';
import { createAuth, type Auth } from '../../server/auth/create-auth.ts';
import { prepareFirstAdmin } from '../../server/auth/first-admin.ts';
import type { AuthEnv, Principal } from '../../server/auth/index.ts';
import { createApp } from '../../server/http/app.ts';
import type { Logger } from '../../server/log.ts';
import type { DocumentStore } from '../../server/persistence/document-store.ts';
import type { RoomRegistry } from '../../server/sync/room-registry.ts';
import { sqliteSideStores } from '../../server/storage.ts';
import { createWorkshops } from '../../server/workshop/index.ts';

export const TEST_ADMIN = { email: 'beheer@koers.test', password: 'beheer-wachtwoord-test', name: 'Beheerder Test' } as const;

export interface TestApp {
  app: Hono<AuthEnv>;
  auth: Auth;
  /** `koers_sessie=...` of the beheerder. */
  adminCookie: string;
  adminPrincipal: Principal;
  /** app.request with the beheerder's cookie; `cookie: null` sends none, a string sends that one. */
  request(path: string, init?: RequestInit & { cookie?: string | null }): Promise<Response>;
  /** A user with these grants and a session cookie for them (no HTTP involved). */
  userWith(grants: RoleGrant[], name?: string): Promise<{ id: string; cookie: string }>;
  /** Closes the accounts database (the caller keeps registry and store). */
  close(): void;
}

export async function createTestApp(deps: { store: DocumentStore; registry: RoomRegistry; staticDir: string; log: Logger }): Promise<TestApp> {
  const db = new Database(':memory:');
  const side = sqliteSideStores(db);
  const auth = createAuth({ accounts: side.accounts, sessions: side.sessions, config: { secureCookies: false }, log: deps.log });
  const setup = await prepareFirstAdmin(auth, { adminEmail: TEST_ADMIN.email, adminPassword: TEST_ADMIN.password, adminName: TEST_ADMIN.name }, deps.log);
  const workshops = createWorkshops({ workshops: side.workshops, registry: deps.registry, auth, log: deps.log, store: deps.store });
  const app = createApp({ ...deps, auth, setup, workshops });
  const admin = auth.accounts.credentialsOf(TEST_ADMIN.email)!.user;
  const adminCookie = auth.createUserSessionCookie(admin.id).cookie;
  let users = 0;
  return {
    app,
    auth,
    adminCookie,
    adminPrincipal: auth.principalOf(adminCookie)!,
    request(path, init = {}) {
      const { cookie, ...rest } = init;
      const headers = new Headers(rest.headers);
      const sent = cookie === undefined ? adminCookie : cookie;
      if (sent !== null) headers.set('cookie', sent);
      return Promise.resolve(app.request(path, { ...rest, headers }));
    },
    async userWith(grants, name) {
      const n = ++users;
      const user = await auth.createUser({ email: `gebruiker-${n}@koers.test`, name: name ?? `Gebruiker ${n}`, password: 'een-lang-wachtwoord', grants });
      return { id: user.id, cookie: auth.createUserSessionCookie(user.id).cookie };
    },
    close() {
      db.close();
    },
  };
}

/** Route files on their own (without the session gate), as this principal. */
export function asPrincipal(principal: Principal, routes: Hono<AuthEnv>): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use('*', async (c, next) => {
    c.set('principal', principal);
    await next();
  });
  app.route('/', routes);
  return app;
}

