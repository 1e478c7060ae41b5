/**
 * The direction a goal or uitwerking title promises: "Meer inwoners ...", "Minder kinderen ...",
 * "... neemt af", "... daalt of blijft gelijk". Used to check targets against their own wording.
 */
import { parseComparators } from './comparator.ts';
import { targetMovement, type Movement } from './polarity.ts';

const MORE = /^\s*(?:steeds\s+)?meer\b/i;
const LESS = /^\s*(?:steeds\s+)?minder\b/i;

export function wordingDirection(text: string): Movement | null {
  const [first] = parseComparators({ text, measures: [], subgroups: [] });
  if (first) {
    const movement = targetMovement(first, null);
    if (movement) return movement;
  }
  if (MORE.test(text)) return 'up';
  if (LESS.test(text)) return 'down';
  return null;
}
