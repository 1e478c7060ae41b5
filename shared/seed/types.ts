/** The shape of the programme files extracted from the council document (seed/programmes/*.json). */

interface SeedGoalIndicator {
  indicator: string;
  baseline: string | null;
  baselineYear: number | null;
  baselineValue: number | null;
  target: string | null;
  targetYear: number | null;
  targetValue: number | null;
  unit: string | null;
  direction: string | null;
  source: string | null;
  status: string | null;
  /**
   * What the extraction noticed about this row (page breaks, split cells, file lines): for the
   * engineers who check the data, never seeded into a field a user sees or an export carries.
   */
  extractionNote: string | null;
}

interface SeedResult {
  code: string;
  result: string;
  indicators: string[];
  source: string | null;
  measurableFrom: string | null;
  activities: string[];
}

interface SeedSubGoal {
  title: string;
  problem: string | null;
  results: SeedResult[];
  activities: string[];
}

interface SeedGoal {
  number: number;
  title: string;
  societalEffect: string;
  indicators: SeedGoalIndicator[];
  subGoals: SeedSubGoal[];
}

export interface SeedProgramme {
  id: string;
  name: string;
  documentNumber: string;
  municipality: string;
  period: string;
  focusAreas: string[];
  goals: SeedGoal[];
  /** The advisory body's ranking of the results, if it gave one. */
  priorities?: SeedPriority[];
  extractionNotes?: string[];
}

export interface SeedPriority {
  rank: number;
  code: string;
  result: string;
  comment: string;
  tie: boolean;
}
