/**
 * V39: SMART heuristics. A result that names no quantity, direction or year, and whose
 * indicators do not either, is not measurable (warning); vague wording ("beter in beeld",
 * "versterkt") without a number is info. A result indicator that names no measure is info.
 */
import { fold } from '../../indicator/words.ts';
import { finding } from '../finding.ts';
import type { Finding, GoalRule } from '../types.ts';
import { isBlank } from './helpers.ts';

const DIRECTION = 'meer|minder|stijg\\w*|gestegen|daal\\w*|gedaald|daling|toename|toegenomen|afname|afgenomen|neemt\\s+(?:toe|af)|verminder\\w*|verhog\\w*|verlag\\w*|halver\\w*|maximaal|minimaal|blijft\\s+(?:gelijk|stabiel)';
const QUANTITY = new RegExp(`\\d|%|\\b(?:aantal(?:len)?|percentage|procent|aandeel|${DIRECTION})\\b`);
const MEASURE = new RegExp(`\\d|%|tevredenheid|\\b(?:aantal(?:len)?|percentage|procent|aandeel|gebruik|bereik|duur|doorlooptijd|score|meting|cijfer\\w*|deelnemers|overzicht|wachttijd|wachtlijst|(?:her)?meldingen|melding|hoe\\s+vaak|${DIRECTION})\\b`);
const VAGUE = /\b(?:in\s+beeld|beter|versterk\w*|verbeter\w*|bewust\w*|geregeld|passende?|effectief|efficient|goed\s+geinformeerd|aansluiting|samenhang\w*|laagdrempelig\w*)\b/;

export const v39: GoalRule = {
  id: 'V39',
  title: 'Resultaat en indicator SMART geformuleerd',
  scope: 'goal',
  check(goal) {
    const out: Finding[] = [];
    for (const sub of goal.subGoals) {
      for (const res of sub.results) {
        if (isBlank(res.text)) continue;
        const text = fold(res.text);
        const indicators = res.indicators.filter((i) => !isBlank(i.text));
        const measurable = QUANTITY.test(text) || indicators.some((i) => MEASURE.test(fold(i.text)));
        if (!measurable) {
          out.push(finding('V39', 'warning', 'result', res.id, 'text', 'Dit resultaat noemt geen hoeveelheid, richting of jaar, en heeft geen indicator die dat doet. Maak het meetbaar: wie (doelgroep), hoeveel of welke richting, en wanneer.'));
        } else if (!QUANTITY.test(text) && VAGUE.test(text)) {
          out.push(finding('V39', 'info', 'result', res.id, 'text', 'De formulering van dit resultaat is vaag (bijvoorbeeld "beter", "versterkt", "in beeld") en noemt zelf geen hoeveelheid of richting. Overweeg een meetbare formulering: wie, hoeveel, wanneer.'));
        }
        for (const ind of indicators) {
          const t = fold(ind.text);
          if (MEASURE.test(t) || /^n\.?v\.?t\.?/.test(t) || /te ontwikkelen/.test(t)) continue;
          out.push(finding('V39', 'info', 'resultIndicator', ind.id, 'text', 'Deze indicator noemt geen meetbare grootheid (aantal, percentage, duur, score). Beschrijf wat er geteld of gemeten wordt.'));
        }
      }
    }
    return out;
  },
};
