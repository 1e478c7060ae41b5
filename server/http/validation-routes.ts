/**
 * GET /api/documents/:id/validation: the shared validation engine run over the live document,
 * so the server's verdict is the one the browser shows while typing (same rules, same context).
 */
import { Hono } from 'hono';
import { readAcknowledgements, readChangeRequests, readProgramme, type StoredAcknowledgement } from '../../shared/doc/index.ts';
import {
  applyAcknowledgements,
  councilContext,
  validateBudget,
  validateProgramme,
  type AdoptedVersion,
  type AcknowledgedFinding,
  type Severity,
} from '../../shared/validation/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { sourceValidationContext } from '../../shared/seed/source-context.ts';
import { isoDate } from '../../shared/text/dutch.ts';
import type { AuthApi, AuthEnv } from '../auth/index.ts';
import { openVersion } from '../history/versions.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { isBudgetDoc, readBudgetPlan } from '../../shared/doc/budget/index.ts';
import { isBudgetDocId } from '../../shared/budget/document-id.ts';
import { NOT_FOUND_BUDGET, NOT_FOUND_DOCUMENT } from './api-routes.ts';
import { programmeIds, requireRight } from './rights.ts';

export interface ValidationDeps {
  registry: Pick<RoomRegistry, 'readDocument'>;
  /** Every programme is context for the others (shared effects, delegated indicators). */
  store: Pick<DocumentStore, 'listDocuments' | 'listVersions' | 'loadVersion'>;
  auth: Pick<AuthApi, 'can'>;
  /** The clock, replaceable in tests; overdue checks (V10) depend on the date. */
  now?: () => Date;
}

type AcknowledgementStatus = 'applied' | 'stale' | 'rejected';

export interface ValidationReport {
  documentId: string;
  /** The date the overdue checks used (yyyy-mm-dd, server's local date). */
  today: string;
  /** In document order; an acknowledged warning carries its acknowledgement. */
  findings: AcknowledgedFinding[];
  /** Findings per severity; `acknowledged` counts the warnings among them that are acknowledged. */
  counts: Record<Severity, number> & { acknowledged: number };
  /**
   * Every stored acknowledgement: applied to a current warning, stale (the warning is gone or
   * its message changed) or rejected (it points at an error, which cannot be acknowledged).
   */
  acknowledgements: (StoredAcknowledgement & { status: AcknowledgementStatus })[];
}

export function validationRoutes({ registry, store, auth, now = () => new Date() }: ValidationDeps): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();

  api.get('/documents/:id/validation', requireRight(auth, 'read', { budget: 'read' }), (c) => {
    const documentId = c.req.param('id');
    if (isBudgetDocId(documentId)) {
      // Finance rules V28-V35; the programmes are the context links point into (V35).
      const plan = registry.readDocument(documentId, (doc) => (isBudgetDoc(doc) ? readBudgetPlan(doc) : null));
      if (!plan) return c.json({ error: NOT_FOUND_BUDGET }, 404);
      const programmes = programmeIds(store.listDocuments())
        .map((id): Programme | undefined => registry.readDocument(id, readProgramme))
        .filter((p): p is Programme => p !== undefined);
      const findings = validateBudget(plan, { programmes });
      const counts = { error: 0, warning: 0, info: 0, acknowledged: 0 };
      for (const f of findings) counts[f.severity]++;
      const report: ValidationReport = { documentId, today: isoDate(now()), findings, counts, acknowledgements: [] };
      return c.json(report);
    }
    const state = registry.readDocument(documentId, (doc) => ({
      programme: readProgramme(doc),
      acknowledgements: readAcknowledgements(doc),
      changeRequests: readChangeRequests(doc),
    }));
    if (!state) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);

    const today = isoDate(now());
    // Context comes from every programme, whatever this user may read, so every reader of a
    // programme gets the same verdict.
    const all = programmeIds(store.listDocuments())
      .map((id): Programme | undefined | null => (id === documentId ? state.programme : registry.readDocument(id, readProgramme)))
      .filter((p): p is Programme => p !== undefined && p !== null);
    const context = { ...sourceValidationContext(state.programme, all, today), ...councilContext(adoptedVersion(store, documentId), state.changeRequests) };
    const raw = validateProgramme(state.programme, context);
    const applied = applyAcknowledgements(raw, state.acknowledgements);
    const counts = { error: 0, warning: 0, info: 0, acknowledged: 0 };
    for (const f of applied.findings) {
      counts[f.severity]++;
      if (f.acknowledgement) counts.acknowledged++;
    }
    const stale = new Set(applied.stale.map((a) => a.key));
    const rejected = new Set(applied.rejected.map((a) => a.key));
    const report: ValidationReport = {
      documentId,
      today,
      findings: applied.findings,
      counts,
      acknowledgements: state.acknowledgements.map((a) => ({
        ...a,
        status: rejected.has(a.key) ? 'rejected' : stale.has(a.key) ? 'stale' : 'applied',
      })),
    };
    return c.json(report);
  });

  return api;
}

/** The newest raad-vastgesteld version: what V37 compares the council-owned fields with. */
function adoptedVersion(store: Pick<DocumentStore, 'listVersions' | 'loadVersion'>, documentId: string): AdoptedVersion | null {
  const version = store.listVersions(documentId).find((v) => v.status === 'raad-vastgesteld');
  const programme = version && openVersion(store, documentId, version.id);
  return version && programme ? { versionId: version.id, programme } : null;
}
