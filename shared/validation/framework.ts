/**
 * The programmes of one framework seen together: finding a programme by the name a text uses
 * ("het Uitvoeringsprogramma Bestaanszekerheid") and the goals that share a societal effect.
 * The effect links are derived here, never typed, so they are symmetric by construction (V26).
 */
import type { Programme } from '../model/types.ts';
import { fold, overlapScore, titleKey } from '../indicator/words.ts';

/** This programme first, then the others sorted by id, without duplicates. */
export function frameworkOf(programme: Programme, others: readonly Programme[] | undefined): Programme[] {
  const rest = (others ?? []).filter((p) => p && p.id !== programme.id);
  const seen = new Set<string>([programme.id]);
  const unique = rest.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
  return [programme, ...unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))];
}

/** Same set sorted by id only: an order that does not depend on which programme is validated. */
export function canonicalOrder(programmes: Programme[]): Programme[] {
  return [...programmes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function findProgramme(reference: string, programmes: readonly Programme[]): Programme | null {
  const ref = fold(reference)
    .replace(/\b(?:het|de|uitvoeringsprogramma|programma|opgave)\b/g, ' ')
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (ref === '') return null;
  for (const p of programmes) {
    const name = fold(p.name);
    const id = fold(p.id).replace(/-/g, ' ');
    if (name === ref || id === ref || name.startsWith(ref) || ref.startsWith(name) || id.startsWith(ref)) return p;
  }
  return null;
}

export interface FrameworkGoal {
  programme: Programme;
  goalId: string;
  code: string;
  title: string;
  effect: string;
}

export function frameworkGoals(programmes: readonly Programme[]): FrameworkGoal[] {
  return programmes.flatMap((programme) =>
    programme.goals.map((g) => ({ programme, goalId: g.id, code: g.code, title: g.title, effect: g.societalEffect })),
  );
}

/** Same effect: equal apart from case, spacing and trailing punctuation. */
function sameEffect(a: string, b: string): boolean {
  const ka = titleKey(a);
  return ka !== '' && ka === titleKey(b);
}

/** The goals (in any programme) that share this goal's effect, excluding the goal itself. */
export function linkedGoals(programmeId: string, goalId: string, goals: readonly FrameworkGoal[]): FrameworkGoal[] {
  const self = goals.find((g) => g.programme.id === programmeId && g.goalId === goalId);
  if (!self) return [];
  return goals.filter((g) => g !== self && sameEffect(g.effect, self.effect));
}

/** Every goal's linked goals, keyed "programmeId/goalId": what the generated paragraph would list. */
export function deriveEffectLinks(programmes: readonly Programme[]): Map<string, FrameworkGoal[]> {
  const goals = frameworkGoals(programmes);
  const out = new Map<string, FrameworkGoal[]>();
  for (const g of goals) out.set(`${g.programme.id}/${g.goalId}`, linkedGoals(g.programme.id, g.goalId, goals));
  return out;
}

export function nearTitle(text: string, candidates: readonly string[], threshold = 0.6): string | null {
  let best: string | null = null;
  let bestScore = threshold;
  for (const c of candidates) {
    const score = overlapScore(text, c);
    if (score >= bestScore && titleKey(c) !== titleKey(text)) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
