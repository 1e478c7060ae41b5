/** The Hono app: REST API, the sync socket and the built client. */
import { Hono } from 'hono';
import { readArchiveMark } from '../../shared/doc/index.ts';
import type { UpgradeWebSocket } from 'hono/ws';
import type { LimiterOptions } from '../auth/attempt-limiter.ts';
import type { Auth } from '../auth/create-auth.ts';
import type { SetupGate } from '../auth/first-admin.ts';
import type { AuthEnv } from '../auth/index.ts';
import type { OidcModule } from '../auth/oidc/index.ts';
import type { Logger } from '../log.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import { accessDecider, type AccessDecider } from '../sync/access.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { syncRoute } from '../sync/sync-route.ts';
import type { WorkshopModule } from '../workshop/index.ts';
import { apiRoutes } from './api-routes.ts';
import { archivedGuard } from './archived-guard.ts';
import { authRoutes } from './auth-routes.ts';
import { budgetRoutesOnly } from './budget-guard.ts';
import { resolveClientAddress } from './client-address.ts';
import { crossSiteGuard } from './cross-site-guard.ts';
import { exportRoutes } from './export-routes.ts';
import { groupRoleRoutes } from './group-role-routes.ts';
import { importRoutes } from './import-routes.ts';
import { monitoringRoutes } from './monitoring-routes.ts';
import { oidcRoutes } from './oidc-routes.ts';
import { passwordChangeGate } from './password-change-gate.ts';
import { programmeRoutes } from './programme-routes.ts';
import { securityHeaders } from './security-headers.ts';
import { sessionGate } from './session-gate.ts';
import { staticClient } from './static-client.ts';
import { userRoutes } from './user-routes.ts';
import { validationRoutes } from './validation-routes.ts';
import { versionRoutes } from './version-routes.ts';

export interface AppDeps {
  store: DocumentStore;
  registry: RoomRegistry;
  staticDir: string;
  log: Logger;
  auth: Auth;
  setup: SetupGate;
  workshops: WorkshopModule;
  /** What a principal may do over /sync; start.ts builds it so the fanout decides the same way. Default: built here. */
  decideAccess?: AccessDecider;
  /** Sign-in at the organisation (OpenID Connect); absent: password accounts only. */
  oidc?: OidcModule | null;
  /** KOERS_LOCAL_LOGIN: false turns the password sign-in off. Default true. */
  localLogin?: boolean;
  /** Origins besides the server's own that may open /sync and write to /api (trustedOrigins: KOERS_ORIGINS, KOERS_PUBLIC_URL). */
  allowedOrigins?: readonly string[];
  /** KOERS_TRUSTED_PROXIES: peers whose X-Forwarded-For names the client (client-address.ts). */
  trustedProxies?: readonly string[];
  /** KOERS_SECURE_COOKIES: served over https, so HSTS is sent. */
  secureCookies?: boolean;
  /** Sign-in throttle tunables (sign-in-throttle.ts); tests only. */
  signInLimits?: Partial<LimiterOptions>;
  /** From @hono/node-server; absent in app.request() tests, which need no sockets. */
  upgradeWebSocket?: UpgradeWebSocket;
  startedAt?: number;
}

const UPGRADE_REQUIRED = 'Dit adres is alleen bereikbaar via een WebSocket-verbinding.';
const SERVER_ERROR = 'Er ging iets mis op de server. Probeer het later opnieuw.';

export function createApp(deps: AppDeps): Hono<AuthEnv> {
  const { store, registry, log, auth } = deps;
  const app = new Hono<AuthEnv>();
  const decideAccess = deps.decideAccess ?? accessDecider(auth, deps.workshops, (docId) => Boolean(registry.readDocument(docId, readArchiveMark)));
  // Skips the WebSocket upgrade itself: rewriting the 101's headers breaks the handshake.
  app.use('*', securityHeaders({ secure: deps.secureCookies ?? false }));
  app.use('/api/*', resolveClientAddress(deps.trustedProxies ?? []));
  // No CORS or other header-rewriting middleware: it breaks the WebSocket upgrade response.
  // The socket checks its session itself, at the upgrade (sync-route.ts).
  if (deps.upgradeWebSocket) {
    app.get(
      '/sync/:documentId',
      syncRoute({
        registry,
        upgradeWebSocket: deps.upgradeWebSocket,
        log,
        principalsOf: auth.principalsOf,
        decideAccess,
        allowedOrigins: deps.allowedOrigins ?? [],
      }),
    );
  }
  app.all('/sync/*', (c) => c.json({ error: UPGRADE_REQUIRED }, 426));
  // Before the session gate: sign-in, setup and joining a werkatelier are writes a foreign page must not make either.
  app.use('/api/*', crossSiteGuard(deps.allowedOrigins ?? []));
  // Then the session, so every /api route below is closed unless session-gate.ts lists it as open.
  app.use('/api/*', sessionGate(auth));
  app.use('/api/*', passwordChangeGate());
  app.use('/api/documents/:id/*', archivedGuard(registry, auth));
  app.use('/api/documents/:id/*', budgetRoutesOnly(auth));
  const oidc = deps.oidc ?? null;
  const localLogin = deps.localLogin ?? true;
  app.route('/api', authRoutes({ auth, setup: deps.setup, registry, log, limits: deps.signInLimits, localLogin, oidc }));
  app.route('/api', oidcRoutes({ auth, oidc, localLogin, secureCookies: deps.secureCookies ?? false, registry, log }));
  if (oidc) app.route('/api', groupRoleRoutes({ oidc, log }));
  app.route('/api', userRoutes({ auth, registry, decideAccess, log }));
  app.route('/api', deps.workshops.routes);
  app.route('/api', validationRoutes({ registry, store, auth }));
  app.route('/api', versionRoutes({ store, registry, auth }));
  app.route('/api', exportRoutes({ registry, store, auth, log }));
  app.route('/api', importRoutes({ store, registry, auth, log }));
  app.route('/api', monitoringRoutes({ registry, auth, log }));
  app.route('/api', programmeRoutes({ store, registry, auth, log }));
  app.route('/api', apiRoutes({ store, registry, auth, startedAt: deps.startedAt ?? Date.now() }));
  app.use('*', staticClient(deps.staticDir));
  app.onError((error, c) => {
    log.error('request failed', { method: c.req.method, path: c.req.path, error });
    return c.json({ error: SERVER_ERROR }, 500);
  });
  return app;
}
