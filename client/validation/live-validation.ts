/**
 * Validation while typing: the shared incremental Validator re-runs only the rules that read
 * the rows a transaction touched (local or remote), and acknowledgements from the document are
 * laid over the result. The context is built like the server builds it (today's date, the
 * source document's context and the other programmes, fetched once), so the browser and
 * GET /api/documents/:id/validation agree.
 */
import type * as Y from 'yjs';
import { observeProgramme, readAcknowledgements, readChangeRequests, type StoredAcknowledgement, type StoredChangeRequest } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { sourceValidationContext } from '../../shared/seed/source-context.ts';
import { isoDate } from '../../shared/text/dutch.ts';
import { applyAcknowledgements, councilContext, Validator, type AdoptedVersion, type Finding } from '../../shared/validation/index.ts';
import { Store } from '../programme/store.ts';

export type ShownFinding = Finding & { acknowledgement?: StoredAcknowledgement };

export interface ValidationState {
  /** False until the programme has been validated once. */
  ready: boolean;
  /** In document order, as the engine orders them. */
  findings: ShownFinding[];
  /** Acknowledgements whose warning is gone or has changed since: they no longer apply. */
  stale: StoredAcknowledgement[];
}

const EMPTY: ValidationState = { ready: false, findings: [], stale: [] };

export class LiveValidation {
  readonly state = new Store<ValidationState>(EMPTY);
  private readonly validator: Validator;
  private raw: Finding[] | null = null;
  private readonly changed = new Set<string>();
  private acknowledgements: StoredAcknowledgement[] = [];
  private ackScheduled = false;
  private readonly cleanups: (() => void)[] = [];
  private others: Programme[] = [];
  /** The raad-adopted version and the change requests against it (V37). */
  private adopted: AdoptedVersion | null = null;
  private changeRequests: StoredChangeRequest[];
  private councilScheduled = false;
  private readonly today: string;

  constructor(
    private readonly doc: Y.Doc,
    private readonly programme: Store<Programme | null>,
    today: () => string = () => isoDate(new Date()),
  ) {
    this.today = today();
    this.validator = new Validator({ today: this.today });
    this.acknowledgements = readAcknowledgements(doc);
    this.changeRequests = readChangeRequests(doc);
    // Row ids are collected per transaction; the programme store is re-read once per burst,
    // and validation runs when it is.
    this.cleanups.push(
      observeProgramme(doc, (change) => {
        for (const id of change.rowIds) this.changed.add(id);
        if (change.notesChanged.has('acknowledgement')) this.scheduleAcknowledgements();
        if (change.notesChanged.has('changeRequest')) this.scheduleCouncil();
      }),
    );
    this.cleanups.push(programme.subscribe(() => this.revalidate()));
    this.revalidate();
  }

  /** The other programmes, for cross-programme rules; triggers a full re-run. */
  setOtherProgrammes(others: Programme[]): void {
    this.others = others;
    this.raw = null;
    this.revalidate();
  }

  /** The newest raad-vastgesteld version, or null; triggers a full re-run when it changes. */
  setAdopted(adopted: AdoptedVersion | null): void {
    if (adopted?.versionId === this.adopted?.versionId) return;
    this.adopted = adopted;
    this.raw = null;
    this.revalidate();
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  private revalidate(): void {
    const programme = this.programme.get();
    if (!programme) return;
    const ids = [...this.changed];
    this.changed.clear();
    if (this.raw === null) {
      this.validator.setContext({
        ...sourceValidationContext(programme, [programme, ...this.others], this.today),
        ...councilContext(this.adopted, this.changeRequests),
      });
      this.raw = this.validator.validate(programme);
    } else {
      this.raw = this.validator.update(programme, ids);
    }
    this.publish();
  }

  private scheduleAcknowledgements(): void {
    if (this.ackScheduled) return;
    this.ackScheduled = true;
    queueMicrotask(() => {
      this.ackScheduled = false;
      this.acknowledgements = readAcknowledgements(this.doc);
      this.publish();
    });
  }

  /** A change request answers V37 for its field: the context changes, so a full re-run. */
  private scheduleCouncil(): void {
    if (this.councilScheduled) return;
    this.councilScheduled = true;
    queueMicrotask(() => {
      this.councilScheduled = false;
      this.changeRequests = readChangeRequests(this.doc);
      if (!this.adopted) return;
      this.raw = null;
      this.revalidate();
    });
  }

  private publish(): void {
    if (this.raw === null) return;
    const byKey = new Map(this.acknowledgements.map((a) => [a.key, a]));
    const applied = applyAcknowledgements(this.raw, this.acknowledgements);
    const findings: ShownFinding[] = applied.findings.map((f) => {
      if (!f.acknowledgement) return f;
      const { acknowledgement: _ignored, ...rest } = f;
      const stored = byKey.get(f.key);
      return stored ? { ...rest, acknowledgement: stored } : rest;
    });
    const stale = applied.stale.map((a) => byKey.get(a.key)).filter((a): a is StoredAcknowledgement => a !== undefined);
    this.state.set({ ready: true, findings, stale });
  }
}
