/** The three Dronten programmes 2025-2028, as extracted from the council document. */
import bestaanszekerheid from './programmes/bestaanszekerheid.json';
import gezondSamenleven from './programmes/gezond-samenleven.json';
import kansengelijkheid from './programmes/kansengelijkheid.json';
import { seedPriorities } from './priorities.ts';
import type { SeedProgramme } from './types.ts';

const withPriorities = (programme: SeedProgramme): SeedProgramme => ({ ...programme, priorities: seedPriorities(programme.id) });

export const SEED_PROGRAMMES: readonly SeedProgramme[] = [
  bestaanszekerheid as SeedProgramme,
  gezondSamenleven as SeedProgramme,
  kansengelijkheid as SeedProgramme,
].map(withPriorities);

export function seedProgrammeById(id: string): SeedProgramme | undefined {
  return SEED_PROGRAMMES.find((p) => p.id === id);
}
