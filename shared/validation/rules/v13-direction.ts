/**
 * V13: the target moves the way the indicator, the goal or uitwerking says ("Meer ...",
 * "... daalt"), per subgroup too. The uitwerking is matched to the indicator by shared words; the
 * goal counts without shared words, since the indicator measures it. When the wording names
 * the opposite state ("Meer inwoners ... passend invullen" over "% overbelast") the expectation
 * flips; when the nulmeting and streefwaarde themselves disagree on polarity, V14 reports that.
 */
import { lexiconPolarity, targetMovement, wordingDirection, type Movement } from '../../indicator/index.ts';
import { directionWording } from './direction-wording.ts';
import type { Comparator, Polarity } from '../../indicator/types.ts';
import { fold } from '../../indicator/words.ts';
import type { Direction, GoalIndicator } from '../../model/types.ts';
import { finding } from '../finding.ts';
import type { Finding, GoalRule } from '../types.ts';
import { num, quote } from './helpers.ts';

const FROM_FIELD: Record<Direction, Movement | null> = {
  increase: 'up', decrease: 'down', min: 'upOrSame', max: 'downOrSame', maintain: 'same', maintainOrIncrease: 'upOrSame',
  maintainOrDecrease: 'downOrSame', exact: null, range: null, relative: null, shift: null,
};
const WORDS: Record<Movement, string> = {
  up: 'stijgen', down: 'dalen', same: 'gelijk blijven', upOrSame: 'gelijk blijven of stijgen', downOrSame: 'gelijk blijven of dalen',
};

function conflicts(expected: Movement, actual: Movement): boolean {
  switch (expected) {
    case 'up':
      return actual === 'down' || actual === 'downOrSame' || actual === 'same';
    case 'down':
      return actual === 'up' || actual === 'upOrSame' || actual === 'same';
    case 'same':
      return actual === 'up' || actual === 'down';
    case 'upOrSame':
      return actual === 'down';
    case 'downOrSame':
      return actual === 'up';
  }
}

function flip(m: Movement): Movement {
  const map: Record<Movement, Movement> = { up: 'down', down: 'up', same: 'same', upOrSame: 'downOrSame', downOrSame: 'upOrSame' };
  return map[m];
}

function polarityOf(text: string, fallback: string): Polarity {
  return (lexiconPolarity(text) ?? lexiconPolarity(fallback))?.polarity ?? 'higher-is-better';
}

export const v13: GoalRule = {
  id: 'V13',
  title: 'Richting van de streefwaarde past bij de formulering',
  scope: 'goal',
  check(goal, env) {
    const out: Finding[] = [];
    for (const ind of goal.indicators) {
      const r = env.indicator(ind);
      if (r.target.comparators.length === 0) continue;
      // A confirmed polarity stands for the indicator's wording; the cells' own words still count.
      const indicatorWords = ind.polarity ? '' : ind.indicator;
      const confirmed = ind.polarity ?? null;
      const polB = lexiconPolarity(ind.baseline)?.polarity ?? confirmed ?? polarityOf(indicatorWords, '');
      const polT = lexiconPolarity(ind.target)?.polarity ?? confirmed ?? polarityOf(indicatorWords, '');
      if (polB !== polT) continue;
      const wording = directionWording(goal, ind);
      let expected: Movement | null = null;
      let basis = '';
      if (wording) {
        expected = wordingDirection(wording.text);
        if (expected && polarityOf(wording.text, '') !== polT) expected = flip(expected);
        basis = `${wording.what} ${quote(wording.text, 80)}`;
      } else if (ind.direction) {
        expected = FROM_FIELD[ind.direction];
        basis = `de vastgelegde richting van de indicator`;
      }
      if (!expected) continue;
      const problems = movements(ind, r.target.comparators, r.baseline.measures, r.baselineValue)
        .filter((m) => conflicts(expected!, m.movement))
        .map((m) => m.describe);
      if (problems.length === 0) continue;
      out.push(
        finding('V13', 'warning', 'goalIndicator', ind.id, 'target', `Volgens ${basis} moet de waarde ${WORDS[expected]}, maar de streefwaarde gaat de andere kant op: ${problems.join('; ')}. Pas de streefwaarde of de formulering aan, zodat ze hetzelfde zeggen.`),
      );
    }
    return out;
  },
};

interface Move {
  movement: Movement;
  describe: string;
}

function movements(
  ind: GoalIndicator,
  comparators: readonly Comparator[],
  baseline: readonly { subgroup: string | null; value: number; unit: string | null }[],
  baselineValue: number | null,
): Move[] {
  const out: Move[] = [];
  const bySubgroup = comparators.filter((c) => c.subgroup !== null);
  if (bySubgroup.length > 0) {
    for (const c of bySubgroup) {
      const base = baseline.find((m) => m.subgroup !== null && fold(m.subgroup) === fold(c.subgroup ?? ''));
      if (!base) continue;
      const movement = targetMovement(c, base.value);
      if (movement) out.push({ movement, describe: `${c.subgroup} van ${num(base.value, c.unit)} naar ${num(c.value ?? NaN, c.unit)}` });
    }
    return out;
  }
  const c = comparators[0];
  if (!c) return out;
  const movement = targetMovement(c, baselineValue);
  if (!movement) return out;
  const from = baselineValue !== null ? `van ${num(baselineValue, c.unit)} ` : '';
  out.push({ movement, describe: `${from}naar ${quote(ind.target, 70)}` });
  return out;
}
