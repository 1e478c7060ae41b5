/**
 * Which wording says the way an indicator should move: the indicator's own words first ("Het
 * aantal meldingen neemt af"); then the uitwerking or goal it shares most words with; then the
 * goal it sits under, even when the two share few words ("Meer inwoners sporten" over "%
 * volwassenen dat wekelijks beweegt"), since the indicator measures that goal. Null when no
 * wording names a direction. Read by V13 (does the target go that way?) and V11 (a bare value
 * needs a direction from somewhere).
 */
import { wordingDirection } from '../../indicator/index.ts';
import { overlapScore } from '../../indicator/words.ts';
import type { Goal, GoalIndicator } from '../../model/types.ts';

interface DirectionWording {
  text: string;
  /** How a message names it: "de indicator", "de uitwerking", "het doel". */
  what: string;
}

/** Below this share of shared words an uitwerking is not taken to speak for an indicator. */
const MATCH = 0.5;

export function directionWording(goal: Goal, ind: GoalIndicator): DirectionWording | null {
  if (wordingDirection(ind.indicator) !== null) return { text: ind.indicator, what: 'de indicator' };
  const goalWording = wordingDirection(goal.title) !== null ? { text: goal.title, what: 'het doel' } : null;
  const candidates = [...goal.subGoals.map((s) => ({ text: s.title, what: 'de uitwerking' })), ...(goalWording ? [goalWording] : [])].filter(
    (c) => wordingDirection(c.text) !== null,
  );
  let best: DirectionWording | null = null;
  let bestScore = MATCH;
  for (const c of candidates) {
    const score = overlapScore(ind.indicator, c.text);
    if (score >= bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best ?? goalWording;
}
