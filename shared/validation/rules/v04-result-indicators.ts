/**
 * V4: every result has at least one indicator and a source, unless it is marked "n.v.t." with a
 * reason. The documents have results with neither (the ASD's "niet SMART" complaint).
 */
import { fold } from '../../indicator/words.ts';
import { finding } from '../finding.ts';
import type { Finding, GoalRule } from '../types.ts';
import { isBlank } from './helpers.ts';

const NVT = /^\s*n\.?\s*v\.?\s*t\.?\s*$/i;
const NVT_WITH_REASON = /^\s*n\.?\s*v\.?\s*t\.?\s*[:(,-]\s*\S/i;

export const v04: GoalRule = {
  id: 'V4',
  title: 'Resultaat heeft indicator en bron',
  scope: 'goal',
  check(goal) {
    const out: Finding[] = [];
    for (const sub of goal.subGoals) {
      for (const res of sub.results) {
        const indicators = res.indicators.filter((i) => !isBlank(i.text));
        const nvt = indicators.length > 0 && indicators.every((i) => NVT.test(i.text) || NVT_WITH_REASON.test(i.text));
        if (indicators.length === 0) {
          out.push(finding('V4', 'warning', 'result', res.id, null, 'Dit resultaat heeft geen indicator. Voeg een indicator toe (wat meet je, bij wie, in welke eenheid), of zet "n.v.t." met de reden waarom meten hier niet kan.'));
        }
        for (const ind of res.indicators) {
          if (NVT.test(ind.text)) {
            out.push(finding('V4', 'warning', 'resultIndicator', ind.id, 'text', '"n.v.t." zonder reden. Schrijf erbij waarom dit resultaat geen indicator heeft, bijvoorbeeld "n.v.t.: het resultaat is een eenmalige oprichting".'));
          }
        }
        const source = res.source.trim();
        if (source === '' && indicators.length > 0 && !nvt) {
          out.push(finding('V4', 'warning', 'result', res.id, 'source', 'Dit resultaat heeft een indicator maar geen bron. Vul in waar de cijfers vandaan komen (bijvoorbeeld het gemeentelijk systeem of een partner).'));
        } else if (NVT.test(source) && !nvt) {
          out.push(finding('V4', 'warning', 'result', res.id, 'source', 'De bron is "n.v.t." terwijl er een indicator is. Vul de bron van de indicator in.'));
        } else if (/\b(?:nog\s+uit\s+te\s+voeren|moet\s+(?:nog\s+)?worden\s+ingericht|te\s+ontwikkelen)\b/.test(fold(source))) {
          out.push(finding('V4', 'info', 'result', res.id, 'source', 'De bron bestaat nog niet. Zet erbij wanneer de bron beschikbaar is, zodat het resultaat vanaf dat moment gevolgd kan worden.'));
        }
      }
    }
    return out;
  },
};
