/**
 * Inputs the validation needs that the programme model does not carry (yet). Every field is
 * optional: a rule whose input is missing stays silent rather than guessing.
 */
import type { Polarity } from '../indicator/types.ts';
import type { Programme } from '../model/types.ts';

/** "Aan dit maatschappelijk effect zijn nog twee andere doelen gekoppeld ...", as stated in the text. */
export interface StatedEffectLink {
  programmeId: string;
  goalId: string;
  /** The number the sentence states ("nog twee andere doelen"), null when it states none. */
  count: number | null;
  goals: { title: string; programme: string | null }[];
}

/** "Overlappende onderwerpen met het uitvoeringsprogramma X": one list per partner programme. */
export interface OverlapList {
  programmeId: string;
  partnerProgrammeId: string;
  topics: string[];
}

/** A requested change to a council-owned field of an adopted version (V37). */
export interface ChangeRequest {
  entityId: string;
  field: string;
  reason: string;
  /** perspectiefnota / begroting / ... */
  decisionMoment: string;
  by?: string;
  at?: string;
}

type Stage = 'concept' | 'progress-report' | 'adoption';

export interface ValidationContext {
  /** The other programmes of the same framework (V3, V24, V25, V26). */
  otherProgrammes?: readonly Programme[];
  /** yyyy-mm-dd; without it overdue checks (V10) do not run, because shared code has no clock. */
  today?: string;
  /** A voortgangsrapportage turns overdue nulmetingen into errors (V10). */
  stage?: Stage;
  /** The "Nulmeting 2025" column header; default: first year of the programme period (V8). */
  nominalBaselineYear?: number;
  /** Per-goal header year where a table differs (goal id -> year); null means "no year in header". */
  nominalBaselineYears?: Readonly<Record<string, number | null>>;
  /** Explicit polarity per goal indicator id, until the model has the field (V14). */
  polarity?: Readonly<Record<string, Polarity>>;
  /** The adopted effect titles of the framework (V2, V3). */
  effects?: readonly string[];
  statedEffectLinks?: readonly StatedEffectLink[];
  overlaps?: readonly OverlapList[];
  /** The adopted version of this programme and the change requests against it (V37). */
  adopted?: Programme;
  changeRequests?: readonly ChangeRequest[];
  /** From the 2025 cost exercise on, a result without activities is a warning instead of info (V5). */
  requireActivities?: boolean;
}
