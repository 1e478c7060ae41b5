/**
 * The rule set, in id order. V28-V35 (finance) judge budget plans, not programmes: they are in
 * ../budget/. V38 is a gate over findings (adoptionGate), not a rule over the programme.
 */
import type { Rule } from '../types.ts';
import { v01 } from './v01-identity.ts';
import { v02 } from './v02-parents.ts';
import { v03 } from './v03-adopted-titles.ts';
import { v04 } from './v04-result-indicators.ts';
import { v05 } from './v05-completeness.ts';
import { v06 } from './v06-empty-rows.ts';
import { v07 } from './v07-baseline-complete.ts';
import { v08 } from './v08-baseline-year.ts';
import { v09 } from './v09-scope.ts';
import { v10 } from './v10-overdue.ts';
import { v11 } from './v11-target-complete.ts';
import { v12 } from './v12-range.ts';
import { v13 } from './v13-direction.ts';
import { v14 } from './v14-polarity.ts';
import { v15 } from './v15-relative-target.ts';
import { v16 } from './v16-target-not-set.ts';
import { v17 } from './v17-result-vs-goal.ts';
import { v18 } from './v18-units-values.ts';
import { v19 } from './v19-unit-consistency.ts';
import { v20 } from './v20-ratio.ts';
import { v21 } from './v21-subgroups.ts';
import { v22 } from './v22-period.ts';
import { v23 } from './v23-number-format.ts';
import { v24 } from './v24-one-truth.ts';
import { v25 } from './v25-delegated.ts';
import { v26 } from './v26-effect-links.ts';
import { v27 } from './v27-overlaps.ts';
import { v36 } from './v36-priorities.ts';
import { v37 } from './v37-adopted-fields.ts';
import { v39 } from './v39-smart.ts';
import { v40 } from './v40-orphans.ts';
import { v41 } from './v41-measurement-truth.ts';
import { v42 } from './v42-assessment.ts';

export const RULES: readonly Rule[] = [
  v01, v02, v03, v04, v05, v06, v07, v08, v09, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20,
  v21, v22, v23, v24, v25, v26, v27, v36, v37, v39, v40, v41, v42,
];
