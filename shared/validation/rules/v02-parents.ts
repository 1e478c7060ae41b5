/**
 * V2: every goal hangs under exactly one programme (implicit in the model) and serves exactly one
 * societal effect. An empty effect, or one that is not in the framework's adopted list, is an error.
 */
import { overlapScore, titleKey } from '../../indicator/words.ts';
import { finding } from '../finding.ts';
import type { Finding, ProgrammeRule } from '../types.ts';
import { quote } from './helpers.ts';

export const v02: ProgrammeRule = {
  id: 'V2',
  title: 'Verplichte bovenliggende onderdelen',
  scope: 'programme',
  check(env) {
    const out: Finding[] = [];
    const p = env.programme;
    if (p.id.trim() === '' || p.name.trim() === '') {
      out.push(finding('V2', 'error', 'programme', p.id, 'name', 'Het programma heeft geen id of naam. Elk doel moet onder een benoemde opgave hangen; vul de naam van het programma in.'));
    }
    const effects = env.context.effects;
    for (const goal of p.goals) {
      if (goal.societalEffect.trim() === '') {
        out.push(finding('V2', 'error', 'goal', goal.id, 'societalEffect', 'Dit doel is aan geen maatschappelijk effect gekoppeld. Kies het effect waaraan het doel bijdraagt.'));
        continue;
      }
      if (effects && effects.length > 0) {
        const key = titleKey(goal.societalEffect);
        const known = effects.some((e) => titleKey(e) === key || overlapScore(e, goal.societalEffect) >= 0.75);
        if (!known) {
          out.push(finding('V2', 'error', 'goal', goal.id, 'societalEffect', `Het maatschappelijk effect ${quote(goal.societalEffect)} staat niet in de lijst van vastgestelde effecten. Kies een van de vastgestelde effecten.`));
        }
      }
    }
    return out;
  },
};
