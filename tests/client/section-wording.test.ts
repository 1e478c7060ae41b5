/** Names, delete questions and new codes for goals and uitwerkingen (client/programme/section-wording.ts). */
import { describe, expect, it } from 'vitest';
import type { Goal, SubGoal } from '../../shared/model/types.ts';
import {
  goalDeleteQuestion,
  goalLoss,
  goalName,
  nextGoalCode,
  positionText,
  subGoalDeleteQuestion,
  subGoalName,
} from '../../client/programme/section-wording.ts';

const activity = (id: string) => ({ id, text: 'a', kind: null });
const result = (id: string, activities = 0) => ({
  id,
  code: id,
  text: 'r',
  source: '',
  measurableFrom: '',
  indicators: [],
  activities: Array.from({ length: activities }, (_, i) => activity(`${id}-a${i}`)),
});
const sub = (id: string, title: string, results: number, activities = 0): SubGoal => ({
  id,
  title,
  problem: '',
  results: Array.from({ length: results }, (_, i) => result(`${id}-r${i}`)),
  activities: Array.from({ length: activities }, (_, i) => activity(`${id}-a${i}`)),
});
const goal = (code: string, indicators: number, subGoals: SubGoal[], title = 'Iedereen doet mee'): Goal => ({
  id: `g${code}`,
  code,
  title,
  societalEffect: '',
  indicators: Array.from({ length: indicators }, (_, i) => ({ id: `i${i}` }) as Goal['indicators'][number]),
  subGoals,
});

describe('section names', () => {
  it('names a goal by its code, else by its title', () => {
    expect(goalName(goal('3', 0, []))).toBe('doel 3');
    expect(goalName(goal(' ', 0, [], 'Een heel lang doel dat maar doorgaat en doorgaat tot het einde'))).toBe(
      'doel “Een heel lang doel dat maar doorgaat en…”',
    );
    expect(goalName(goal('', 0, [], ''))).toBe('doel zonder nummer');
  });

  it('names an uitwerking by its place and, when it has one, its title', () => {
    const g = goal('1', 0, []);
    expect(subGoalName(sub('s', '', 0), 1, goalName(g))).toBe('uitwerking 2 van doel 1');
    expect(subGoalName(sub('s', 'Schulden  voorkomen', 0), 0, goalName(g))).toBe('uitwerking 1 van doel 1 “Schulden voorkomen”');
  });

  it('says the place after a move', () => {
    expect(positionText(0, 4)).toBe('plaats 1 van 4');
  });
});

describe('what a delete takes along', () => {
  it('asks with the counts of everything below a goal, in Dutch list form', () => {
    const g = goal('3', 4, [sub('a', 'A', 5), sub('b', 'B', 4)]);
    expect(goalDeleteQuestion(g)).toBe('Doel 3 met 4 indicatoren, 2 uitwerkingen en 9 resultaten verwijderen?');
  });

  it('counts activities under uitwerkingen and under results, and uses the singular for one', () => {
    const g = goal('2', 1, [{ ...sub('a', 'A', 0, 1), results: [result('r', 2)] }]);
    expect(goalLoss(g)).toBe('1 indicator, 1 uitwerking, 1 resultaat en 3 activiteiten');
  });

  it('asks plainly for an empty goal or uitwerking', () => {
    expect(goalDeleteQuestion(goal('5', 0, []))).toBe('Doel 5 verwijderen?');
    expect(subGoalDeleteQuestion(sub('s', '', 0), 0, goal('1', 0, []))).toBe('Uitwerking 1 van doel 1 verwijderen?');
  });

  it('names the uitwerking and its results and activities', () => {
    expect(subGoalDeleteQuestion(sub('s', 'Armoede', 6, 1), 1, goal('1', 0, []))).toBe(
      'Uitwerking 2 van doel 1 “Armoede” met 6 resultaten en 1 activiteit verwijderen?',
    );
  });
});

describe('the code of a new goal', () => {
  it('follows the highest number, also after a gap', () => {
    expect(nextGoalCode(['1', '2', '4'])).toBe('5');
    expect(nextGoalCode(['1', '3a', ' 2 '])).toBe('3');
  });

  it('counts when no code is a number, and starts at 1', () => {
    expect(nextGoalCode(['A', 'B'])).toBe('3');
    expect(nextGoalCode([])).toBe('1');
  });
});
