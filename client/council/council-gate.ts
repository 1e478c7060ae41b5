/**
 * The page's side of the council lock: whether a field is locked now, the question asked before
 * editing one (reason and decision moment, in ChangeRequestDialog), and the pass that question
 * gives for the one edit that follows.
 */
import type { VersionInfo } from '../../shared/history/index.ts';
import type { EntityKind } from '../../shared/model/entities.ts';
import { adoptedVersion, type VersionList } from '../history/version-list.ts';
import { Store } from '../programme/store.ts';
import { COUNCIL_OWNED } from '../../shared/validation/index.ts';
import { isCouncilOwned, type CouncilPass, type CouncilWriteContext, type DecisionMoment } from './council-write.ts';

export interface UnlockRequest {
  kind: EntityKind;
  rowId: string;
  /** What is about to be changed, in Dutch: "Doel 1 · indicator 2 · Streefwaarde". */
  place: string;
  version: VersionInfo;
  resolve(answer: { reason: string; decisionMoment: DecisionMoment } | null): void;
}

export class CouncilGate {
  readonly request = new Store<UnlockRequest | null>(null);
  private pass: CouncilPass | null = null;

  constructor(private readonly versions: VersionList) {}

  adopted(): VersionInfo | null {
    return adoptedVersion(this.versions.versions.get());
  }

  /** Locked: adopted, council-owned, and no reason given yet for this row. */
  isLocked(kind: EntityKind, rowId: string, field: string): boolean {
    if (!isCouncilOwned(kind, field) || !this.adopted()) return false;
    return !(this.pass && this.pass.kind === kind && this.pass.rowId === rowId);
  }

  /** Adding or deleting rows of this kind changes what the raad adopted. */
  rowsLocked(kind: EntityKind): boolean {
    return COUNCIL_OWNED[kind] !== undefined && this.adopted() !== null;
  }

  /**
   * Asks for a reason and a decision moment before a council-owned field is edited; true when
   * editing may start (given, or nothing is locked).
   */
  ask(kind: EntityKind, rowId: string, place: string): Promise<boolean> {
    const version = this.adopted();
    if (!version) return Promise.resolve(true);
    this.request.get()?.resolve(null);
    return new Promise((resolve) => {
      this.request.set({
        kind,
        rowId,
        place,
        version,
        resolve: (answer) => {
          this.request.set(null);
          this.pass = answer ? { kind, rowId, versionId: version.id, ...answer } : null;
          resolve(answer !== null);
        },
      });
    });
  }

  /** The edit the pass was for has ended (saved or cancelled). */
  endEdit(): void {
    this.pass = null;
  }

  writeContext(author: { id: string; name: string }): CouncilWriteContext {
    return { locked: this.adopted() !== null, pass: this.pass, author, now: () => new Date().toISOString() };
  }
}
