/**
 * The advisory body's rankings that came with the council document (the ASD's top 10 per
 * programme, sources/002 lines 5763-5854), as seed rows. A place the source marks "↑ ↓ Gelijke
 * stand" is the one that repeats, so a repeated place is seeded as a tie.
 */
import asd from './asd-priorities.json';
import type { SeedPriority } from './types.ts';

interface SourceList {
  programme: string;
  priorities: { rank: number; code: string; result: string; comment?: string | null }[];
}

export function seedPriorities(programmeId: string): SeedPriority[] {
  const list = (asd.programmes as SourceList[]).find((p) => p.programme === programmeId);
  const items = list?.priorities ?? [];
  return items.map((item) => ({
    rank: item.rank,
    code: String(item.code),
    result: item.result,
    comment: item.comment ?? '',
    tie: items.filter((other) => other.rank === item.rank).length > 1,
  }));
}
