/**
 * Polarity: is a higher value of this measure better or worse? The model has no polarity field
 * yet, so it is inferred: from an explicit value if the caller has one, from what the target
 * asks for, or from a small lexicon of words that name a bad state ("armoede", "eenzaam").
 */
import type { Comparator, Polarity } from './types.ts';
import { fold } from './words.ts';

// Longest phrases first, so "zonder startkwalificatie" wins over a shorter positive phrase.
const NEGATIVE = [
  'zonder startkwalificatie', 'kan niet mee', 'kunnen niet mee', 'niet mee', 'laag inkomen', 'lage inkomen',
  'moeite', 'armoede', 'schulden', 'eenzaam', 'overbelast', 'overgewicht', 'verslaving', 'wachtlijst',
  'wachttijd', 'wacht op', 'wachten', 'thuiszitter', 'thuisblijver', 'uithuisplaats', 'laaggeletterd',
  'voortijdig', 'hermelding', 'gezondheidsklachten', 'als slecht', 'problematisch', 'uitval', 'discriminatie',
];
const POSITIVE = [
  'met startkwalificatie', 'zonder extra ondersteuning', 'mee kunnen komen', 'kan mee komen', 'basisvaardigheden',
  'beweegnorm', 'als goed', 'goed geholpen', 'tevreden', 'participeert', 'arbeidsparticipatie', 'vrijwilligerswerk',
  'zelfstandig', 'actief', 'geintegreerd', 'geslaagd', 'startkwalificatie',
];

export interface LexiconHit {
  polarity: Polarity;
  phrase: string;
}

/** Polarity the words of a text suggest, or null when they say nothing (or both). */
export function lexiconPolarity(text: string): LexiconHit | null {
  const t = fold(text);
  const neg = NEGATIVE.find((p) => t.includes(p));
  const negSpan = neg ? NEGATIVE.filter((p) => t.includes(p)) : [];
  // A positive phrase only counts when no negative phrase covers it ("zonder startkwalificatie").
  const pos = POSITIVE.find((p) => t.includes(p) && !negSpan.some((n) => n.includes(p)));
  if (neg && pos) return null;
  if (neg) return { polarity: 'lower-is-better', phrase: neg };
  if (pos) return { polarity: 'higher-is-better', phrase: pos };
  return null;
}

/** Which way the target moves the value, if the comparator and the baseline tell. */
export type Movement = 'up' | 'down' | 'same' | 'upOrSame' | 'downOrSame';

export function targetMovement(c: Comparator, baseline: number | null): Movement | null {
  switch (c.kind) {
    case 'increase':
      return 'up';
    case 'decrease':
      return 'down';
    case 'maintain':
      return 'same';
    case 'maintainOrIncrease':
      return 'upOrSame';
    case 'maintainOrDecrease':
      return 'downOrSame';
    case 'relative':
      return c.percent === null || c.percent === 0 ? null : c.percent > 0 ? 'up' : 'down';
    case 'shift':
      return null;
    case 'max':
      if (c.value === null || baseline === null) return 'downOrSame';
      return c.value < baseline ? 'down' : 'downOrSame';
    case 'min':
      if (c.value === null || baseline === null) return 'upOrSame';
      return c.value > baseline ? 'up' : 'upOrSame';
    case 'exact':
      if (c.value === null || baseline === null) return null;
      return c.value > baseline ? 'up' : c.value < baseline ? 'down' : 'same';
    case 'range':
      if (c.value === null || c.high === null || baseline === null) return null;
      if (c.value > baseline) return 'up';
      if (c.high < baseline) return 'down';
      return c.value === baseline ? 'upOrSame' : c.high === baseline ? 'downOrSame' : null;
  }
}

/** Polarity implied by the target: asking for "maximaal" means lower is better. */
export function polarityFromMovement(m: Movement | null): Polarity | null {
  if (m === 'up' || m === 'upOrSame') return 'higher-is-better';
  if (m === 'down' || m === 'downOrSame') return 'lower-is-better';
  return null;
}

export interface PolarityInference {
  polarity: Polarity | null;
  basis: 'explicit' | 'target' | 'wording' | null;
}

export function inferPolarity(input: {
  explicit?: Polarity | null;
  indicatorText: string;
  target: Comparator | null;
  baselineValue: number | null;
}): PolarityInference {
  if (input.explicit) return { polarity: input.explicit, basis: 'explicit' };
  const fromTarget = input.target ? polarityFromMovement(targetMovement(input.target, input.baselineValue)) : null;
  if (fromTarget) return { polarity: fromTarget, basis: 'target' };
  const words = lexiconPolarity(input.indicatorText);
  if (words) return { polarity: words.polarity, basis: 'wording' };
  return { polarity: null, basis: null };
}

export const POLARITY_LABELS: Record<Polarity, string> = {
  'higher-is-better': 'hoger is beter',
  'lower-is-better': 'lager is beter',
};
