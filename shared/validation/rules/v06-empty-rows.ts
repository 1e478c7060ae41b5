/** V6: no empty rows, including numbered ones left blank (the document's empty activity "11."). */
import { finding } from '../finding.ts';
import type { EntityRule, Finding } from '../types.ts';
import { isBlank } from './helpers.ts';

const MESSAGE = 'Deze rij is leeg. Vul de rij in of verwijder haar.';

export const v06: EntityRule = {
  id: 'V6',
  title: 'Geen lege rijen',
  scope: 'entity',
  kinds: ['goal', 'goalIndicator', 'subGoal', 'result', 'resultIndicator', 'activity'],
  check(entry) {
    const out: Finding[] = [];
    const push = (field: string, message = MESSAGE) => out.push(finding('V6', 'warning', entry.kind, entry.id, field, message));
    switch (entry.kind) {
      case 'goal':
        if (isBlank(entry.entity.title)) push('title', 'Dit doel heeft geen titel. Neem de titel over zoals de raad hem heeft vastgesteld, of verwijder de rij.');
        break;
      case 'goalIndicator': {
        const i = entry.entity;
        if (isBlank(i.indicator)) {
          const rest = [i.baseline, i.target, i.source].every(isBlank);
          push('indicator', rest ? MESSAGE : 'Deze indicator heeft geen omschrijving, wel waarden. Beschrijf wat er gemeten wordt.');
        }
        break;
      }
      case 'subGoal':
        if (isBlank(entry.entity.title)) push('title', 'Deze uitwerking heeft geen titel. Vul de titel in of verwijder de rij.');
        break;
      case 'result':
        if (isBlank(entry.entity.text)) push('text');
        break;
      case 'resultIndicator':
      case 'activity':
        if (isBlank(entry.entity.text)) push('text');
        break;
    }
    return out;
  },
};
