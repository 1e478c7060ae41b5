/**
 * The direction a goal or uitwerking title promises: "Meer inwoners ...", "Minder kinderen ...",
 * "... neemt af", "... daalt of blijft gelijk". Used to check targets against their own wording.
 */
import { parseComparators } from './comparator.ts';
import { targetMovement, type Movement } from './polarity.ts';

const MORE = /^\s*(?:steeds\s+)?meer\b/i;
const LESS = /^\s*(?:steeds\s+)?minder\b/i;

const MEMO = new Map<string, Movement | null>();

export function wordingDirection(text: string): Movement | null {
  // Titles are read by several rules on every run; the answer depends on the text only.
  const hit = MEMO.get(text);
  if (hit !== undefined) return hit;
  const movement = readDirection(text);
  if (MEMO.size >= 5_000) MEMO.clear();
  MEMO.set(text, movement);
  return movement;
}

function readDirection(text: string): Movement | null {
  const [first] = parseComparators({ text, measures: [], subgroups: [] });
  if (first) {
    const movement = targetMovement(first, null);
    if (movement) return movement;
  }
  if (MORE.test(text)) return 'up';
  if (LESS.test(text)) return 'down';
  return null;
}
