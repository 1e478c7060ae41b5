/**
 * The werkatelier module: its tables, REST routes and the update policy of its Y.Docs.
 * Paths and shapes: shared/workshop/api.ts.
 */
import type Database from 'better-sqlite3';
import { Hono } from 'hono';
import type { AuthApi, AuthEnv } from '../auth/index.ts';
import type { Logger } from '../log.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import type { UpdatePolicy } from '../sync/update-policy.ts';

export interface WorkshopDeps {
  db: Database.Database;
  registry: RoomRegistry;
  auth: AuthApi;
  log: Logger;
}

export interface WorkshopModule {
  /** Mounted under /api, behind requireSession except POST /workshops/join. */
  routes: Hono<AuthEnv>;
  /** The policy for rooms whose id starts with `werkatelier-`. */
  policy: UpdatePolicy;
  /** For the access check at /sync: the programme and status of a werkatelier, null when unknown. */
  lookup(workshopId: string): { programmeId: string; status: 'open' | 'closed' } | null;
}

/** Placeholder until the werkatelier implementation lands: no routes, no werkatelier docs. */
export function createWorkshops(_deps: WorkshopDeps): WorkshopModule {
  return {
    routes: new Hono<AuthEnv>(),
    policy: { check: () => ({ close: null, reason: 'werkateliers are not available yet' }) },
    lookup: () => null,
  };
}
