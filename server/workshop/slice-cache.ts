/**
 * The slice of each werkatelier, kept in memory for the update policy: a vote is checked
 * against the slice's items on every update, and reading the programme doc for each of 40
 * people changing their dots would cost more than the vote itself. Refreshed whenever a
 * slice is read over REST (participants load it on joining), filled once on a cold start.
 */
import { readProgramme } from '../../shared/doc/index.ts';
import { sliceOf } from '../../shared/workshop/slice.ts';
import type { SliceRow, WorkshopScope } from '../../shared/workshop/types.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';

export interface CachedSlice {
  rows: SliceRow[];
  rowIds: ReadonlySet<string>;
}

export class SliceCache {
  private readonly slices = new Map<string, CachedSlice>();

  constructor(private readonly registry: Pick<RoomRegistry, 'readDocument'>) {}

  /** Reads the slice live from the programme and remembers it; undefined when the programme is gone. */
  refresh(workshopId: string, programmeId: string, scope: WorkshopScope): SliceRow[] | undefined {
    const rows = this.registry.readDocument(programmeId, (doc) => sliceOf(readProgramme(doc), scope));
    if (rows) this.slices.set(workshopId, { rows, rowIds: new Set(rows.map((r) => r.id)) });
    return rows;
  }

  /** The remembered slice, read once if not known yet. */
  get(workshopId: string, programmeId: string, scope: WorkshopScope): CachedSlice {
    const known = this.slices.get(workshopId);
    if (known) return known;
    this.refresh(workshopId, programmeId, scope);
    return this.slices.get(workshopId) ?? { rows: [], rowIds: new Set() };
  }

  forget(workshopId: string): void {
    this.slices.delete(workshopId);
  }
}
