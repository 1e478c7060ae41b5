/**
 * The werkatelier module: its tables, REST routes and the update policy of its Y.Docs.
 * Paths and shapes: shared/workshop/api.ts.
 */
import { Hono } from 'hono';
import type { AuthApi, AuthEnv } from '../auth/index.ts';
import type { LimiterOptions } from '../auth/attempt-limiter.ts';
import type { Logger } from '../log.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import type { UpdatePolicy } from '../sync/update-policy.ts';
import type { WorkshopContext } from './context.ts';
import { workshopPolicy } from './policy.ts';
import { feedbackRoutes } from './routes-feedback.ts';
import type { JoinQuotaOptions } from './join-quota.ts';
import { joinRoutes } from './routes-join.ts';
import { outcomeRoutes } from './routes-outcome.ts';
import { participantRoutes } from './routes-participants.ts';
import { setupRoutes } from './routes-setup.ts';
import { SliceCache } from './slice-cache.ts';
import type { WorkshopStore } from './workshop-store.ts';

export interface WorkshopDeps {
  /** The werkatelier bookkeeping (SQLite or PostgreSQL, server/storage.ts). */
  workshops: WorkshopStore;
  registry: RoomRegistry;
  auth: AuthApi;
  log: Logger;
  /** Where a new werkatelier's Y.Doc is written; the registry only opens documents that exist. */
  store: Pick<DocumentStore, 'append' | 'hasDocument'>;
  /** Tests shorten the wait after wrong join codes. */
  joinLimits?: LimiterOptions;
  /** Tests lower the number of new participants per address and per werkatelier. */
  joinQuota?: JoinQuotaOptions;
  /** Base of join links and QR codes behind a proxy (config.publicUrl). */
  publicUrl?: string;
}

export interface WorkshopModule {
  /** Mounted under /api, behind requireSession except POST /workshops/join. */
  routes: Hono<AuthEnv>;
  /** The policy for rooms whose id starts with `werkatelier-`. */
  policy: UpdatePolicy;
  /** For the access check at /sync: the programme and status of a werkatelier, null when unknown. */
  lookup(workshopId: string): { programmeId: string; status: 'open' | 'closed' } | null;
}

export function createWorkshops(deps: WorkshopDeps): WorkshopModule {
  const workshops = deps.workshops;
  const slices = new SliceCache(deps.registry);
  const ctx: WorkshopContext = { workshops, slices, registry: deps.registry, documents: deps.store, auth: deps.auth, log: deps.log, publicUrl: deps.publicUrl ?? null };

  const routes = new Hono<AuthEnv>();
  routes.route('/', joinRoutes(ctx, deps.joinLimits, deps.joinQuota));
  routes.route('/', setupRoutes(ctx));
  routes.route('/', outcomeRoutes(ctx));
  routes.route('/', feedbackRoutes(ctx));
  routes.route('/', participantRoutes(ctx));

  const policy = workshopPolicy({
    sliceOf(workshopId) {
      const record = workshops.get(workshopId);
      return record ? slices.get(record.id, record.programmeId, record.scope) : null;
    },
  });

  return {
    routes,
    policy,
    lookup(workshopId) {
      const record = workshops.get(workshopId);
      return record ? { programmeId: record.programmeId, status: record.status } : null;
    },
  };
}
