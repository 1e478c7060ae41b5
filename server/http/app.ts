/** The Hono app: REST API, the sync socket and the built client. */
import { Hono } from 'hono';
import type { UpgradeWebSocket } from 'hono/ws';
import type { Logger } from '../log.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { syncRoute } from '../sync/sync-route.ts';
import { apiRoutes } from './api-routes.ts';
import { exportRoutes } from './export-routes.ts';
import { importRoutes } from './import-routes.ts';
import { staticClient } from './static-client.ts';
import { validationRoutes } from './validation-routes.ts';
import { versionRoutes } from './version-routes.ts';

export interface AppDeps {
  store: DocumentStore;
  registry: RoomRegistry;
  staticDir: string;
  log: Logger;
  /** From @hono/node-server; absent in app.request() tests, which need no sockets. */
  upgradeWebSocket?: UpgradeWebSocket<any>;
  startedAt?: number;
}

export const UPGRADE_REQUIRED = 'Dit adres is alleen bereikbaar via een WebSocket-verbinding.';
export const SERVER_ERROR = 'Er ging iets mis op de server. Probeer het later opnieuw.';

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  // No CORS or header-rewriting middleware here: it breaks the WebSocket upgrade response.
  if (deps.upgradeWebSocket) app.get('/sync/:documentId', syncRoute(deps.registry, deps.upgradeWebSocket, deps.log));
  app.all('/sync/*', (c) => c.json({ error: UPGRADE_REQUIRED }, 426));
  app.route('/api', validationRoutes({ registry: deps.registry, store: deps.store }));
  app.route('/api', versionRoutes({ store: deps.store, registry: deps.registry }));
  app.route('/api', exportRoutes({ registry: deps.registry, store: deps.store, log: deps.log }));
  app.route('/api', importRoutes({ registry: deps.registry, log: deps.log }));
  app.route('/api', apiRoutes({ store: deps.store, registry: deps.registry, startedAt: deps.startedAt ?? Date.now() }));
  app.use('*', staticClient(deps.staticDir));
  app.onError((error, c) => {
    deps.log.error('request failed', { method: c.req.method, path: c.req.path, error });
    return c.json({ error: SERVER_ERROR }, 500);
  });
  return app;
}
