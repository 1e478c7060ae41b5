/**
 * V42: an officer's assessment against the numbers. "Op koers" where the progress rule
 * (shared/monitoring/progress.ts) says risico or achter is a warning on the assessment, with
 * what the rule saw, so a reader of the voortgangsrapportage can weigh the explanation; an
 * assessment without its explanation does not count at all (a warning that says so).
 */
import type { GoalIndicator, ResultIndicator } from '../../model/types.ts';
import { computeIndicatorProgress, type IndicatorKind } from '../../monitoring/index.ts';
import { finding } from '../finding.ts';
import type { Finding, GoalRule, RuleEnv } from '../types.ts';

const WORDS = { 'on-track': 'op koers', 'at-risk': 'risico', behind: 'achter', unknown: 'onbekend' } as const;

function check(kind: IndicatorKind, ind: GoalIndicator | ResultIndicator, env: RuleEnv, out: Finding[]): void {
  const assessed = ind.measurements.filter((m) => m.assessment !== null);
  if (assessed.length === 0) return;
  for (const m of assessed) {
    if (m.assessmentNote.trim() === '') {
      out.push(finding('V42', 'warning', 'measurement', m.id, 'assessmentNote', `Het oordeel "${WORDS[m.assessment!]}" heeft geen toelichting en telt daarom niet mee. Schrijf erbij waarom de indicator zo staat.`));
    }
  }
  const progress = computeIndicatorProgress(kind, ind, { periodStart: env.periodStart, periodEnd: env.periodEnd });
  if (progress.overriddenBy === null || progress.status !== 'on-track' || (progress.computed !== 'at-risk' && progress.computed !== 'behind')) return;
  out.push(
    finding(
      'V42',
      'warning',
      'measurement',
      progress.overriddenBy,
      'assessment',
      `Het oordeel is "op koers", maar volgens de rekenregel staat de indicator op ${WORDS[progress.computed]}: ${progress.ruleExplanation} Controleer het oordeel, of maak in de toelichting duidelijk waarom de cijfers hier niet de doorslag geven.`,
    ),
  );
}

export const v42: GoalRule = {
  id: 'V42',
  title: 'Oordeel tegen de cijfers',
  scope: 'goal',
  check(goal, env) {
    const out: Finding[] = [];
    for (const ind of goal.indicators) check('goalIndicator', ind, env, out);
    for (const sub of goal.subGoals) for (const res of sub.results) for (const ind of res.indicators) check('resultIndicator', ind, env, out);
    return out;
  },
};
