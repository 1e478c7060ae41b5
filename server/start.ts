/**
 * Starts a complete Koers server (HTTP + sync + storage) and returns a handle to stop it.
 * Used by main.ts and by tests (port 0, temp data dir, overrides for the tunables).
 */
import type { AddressInfo } from 'node:net';
import { serve, upgradeWebSocket } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import { readArchiveMark } from '../shared/doc/index.ts';
import { workshopIdOfDoc } from '../shared/workshop/api.ts';
import type { SeedProgramme } from '../shared/seed/types.ts';
import type { LimiterOptions } from './auth/attempt-limiter.ts';
import { createAuth, type Auth } from './auth/create-auth.ts';
import { prepareFirstAdmin, type SetupGate } from './auth/first-admin.ts';
import { createOidc, type OidcModule } from './auth/oidc/index.ts';
import { sharedPendingLogins } from './auth/oidc/shared-pending-logins.ts';
import { DEFAULT_CONFIG, type ServerConfig } from './config.ts';
import { historyRecorder } from './history/cell-history.ts';
import { trustedOrigins } from './http/allowed-origin.ts';
import { createApp } from './http/app.ts';
import { createLogger, type Logger } from './log.ts';
import type { DocumentStore } from './persistence/document-store.ts';
import { migrateStoredDocuments } from './persistence/migrate-documents.ts';
import { seedMissingProgrammes } from './seed.ts';
import { accessDecider } from './sync/access.ts';
import { composeHooks, peerEventHandler, startFanout, type Fanout } from './sync/fanout/index.ts';
import { openStorage, storageAround, type Storage } from './storage.ts';
import { RoomRegistry, documentPolicy } from './sync/room-registry.ts';
import { createWorkshops, type WorkshopModule } from './workshop/index.ts';

export interface StartOptions extends Partial<ServerConfig> {
  /** Use this store instead of the configured storage (SQLite in dataDir, or PostgreSQL); the caller keeps ownership. */
  store?: DocumentStore;
  logger?: Logger;
  /** Programmes to seed when missing; false seeds nothing. Default: the three Dronten programmes. */
  seed?: false | readonly SeedProgramme[];
  /** Wait after wrong werkatelier join codes; tests shorten it. */
  workshopJoinLimits?: LimiterOptions;
  /** Sign-in throttle tunables; tests lengthen the waits. */
  signInLimits?: Partial<LimiterOptions>;
}

export interface RunningServer {
  /** Address to open in a browser, e.g. http://localhost:8080. */
  url: string;
  /** Base URL for WebsocketProvider: ws://host:port/sync. */
  syncUrl: string;
  port: number;
  config: ServerConfig;
  /** The SQLite file, or null on PostgreSQL or when a store was passed in. */
  dbFile: string | null;
  /** Where the data is, as the start line shows it (a file, a PostgreSQL URL without password, 'geheugen'). */
  dataLocation: string;
  store: DocumentStore;
  registry: RoomRegistry;
  /** Sign-in: sessions, accounts, principals (tests create users and sessions through it). */
  auth: Auth;
  workshops: WorkshopModule;
  /** The one-time link to create the first beheerder, or null when an account exists. */
  setupUrl: string | null;
  /** Closes sockets (1001), unloads rooms (final compaction), stops listening, closes the db. */
  close(): Promise<void>;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const { store: givenStore, logger, seed, workshopJoinLimits, signInLimits, ...overrides } = options;
  const config: ServerConfig = { ...DEFAULT_CONFIG, ...stripUndefined(overrides) };
  const log = logger ?? createLogger(config.logLevel);
  // Accounts and werkateliers live beside the documents; a store passed in (tests) gets a throwaway SQLite for them.
  const storage: Storage = givenStore ? storageAround(givenStore) : openStorage(config);
  const store = storage.documents;
  const dbFile = storage.sqliteFile;
  const closeStorage = () => storage.close();
  let auth: Auth;
  let setup: SetupGate;
  let oidc: OidcModule;
  // Several processes on one storage (KOERS_REDIS_URL): server/sync/fanout/. Started sign-ins
  // at a provider are shared through it too, for a callback that reaches another process.
  let fanout: Fanout | null = null;
  try {
    if (config.redisUrl) fanout = await startFanout({ url: config.redisUrl, prefix: config.redisPrefix, store, log });
    const pending = fanout ? sharedPendingLogins({ redis: fanout.commands, prefix: config.redisPrefix, log }) : undefined;
    // Once per database, even when several processes start together on one PostgreSQL.
    storage.exclusive(() => {
      migrateStoredDocuments(store, log);
      seedMissingProgrammes(store, log, seed === false ? [] : seed);
    });
    auth = createAuth({ accounts: storage.accounts, sessions: storage.sessions, config, log });
    oidc = createOidc({ store: storage.oidc, auth, providers: config.oidcProviders, publicUrl: config.publicUrl, log, pending });
    setup = await prepareFirstAdmin(auth, config, log);
  } catch (error) {
    await fanout?.close();
    closeStorage();
    throw error;
  }
  const history = historyRecorder({ store, log });

  // The werkatelier module needs the registry and the registry its policy: bound late.
  let workshops: WorkshopModule | null = null;
  const registry = new RoomRegistry(store, config, log, fanout ? composeHooks(history, fanout.hooks) : history, (docId) =>
    workshopIdOfDoc(docId) !== null && workshops ? workshops.policy : documentPolicy(docId),
  );
  workshops = createWorkshops({ workshops: storage.workshops, registry, auth, log, store, joinLimits: workshopJoinLimits, publicUrl: config.publicUrl });
  const decideAccess = accessDecider(auth, workshops, (docId) => Boolean(registry.readDocument(docId, readArchiveMark)));
  if (fanout) {
    registry.attachPeers(fanout.peers);
    fanout.onPeerEvent = peerEventHandler({ registry, decideAccess, userById: (id) => auth.accounts.user(id) });
  }
  const app = createApp({
    store,
    registry,
    staticDir: config.staticDir,
    log,
    upgradeWebSocket,
    auth,
    setup,
    workshops,
    decideAccess,
    oidc,
    localLogin: config.localLogin,
    allowedOrigins: trustedOrigins(config),
    signInLimits,
    secureCookies: config.secureCookies,
    trustedProxies: config.trustedProxies,
  });
  // ws closes frames above maxPayload itself (1009). Keep that as a hard cap well above the
  // limit the room enforces, so ordinary oversize messages get the explicit 4413 instead.
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes * 4 });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host, websocket: { server: wss } });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    await registry.close();
    await fanout?.close();
    closeStorage();
    throw error;
  }

  const port = (server.address() as AddressInfo).port;
  const host = browsableHost(config.host);
  const url = `http://${host}:${port}`;
  log.info('server started', {
    url,
    host: config.host,
    port,
    data: storage.location,
    localLogin: config.localLogin,
    // Which providers, never their secrets.
    oidcProviders: config.oidcProviders.map((p) => ({ id: p.id, issuer: p.issuer, clientId: p.clientId, redirectUri: oidc.redirectUri })),
  });

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      await registry.close();
      await fanout?.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      closeStorage();
      log.info('server stopped', { url });
    })());

  const setupUrl = setup.token ? `${url}/#/inrichten/${setup.token}` : null;
  return { url, syncUrl: `ws://${host}:${port}/sync`, port, config: { ...config, port }, dbFile, dataLocation: storage.location, store, registry, auth, workshops, setupUrl, close };
}

function browsableHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
