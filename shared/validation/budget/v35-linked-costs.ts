/**
 * V35: once costs are linked, a goal's cost is the sum of what is linked below it (through
 * uitwerkingen and results to activities); "nog niet gekoppeld" is a state, not zero. A link
 * must point at an existing row. Needs the programmes (context.programmes) for all but the
 * first check.
 */
import { programmeCosts } from '../../budget/programme-costs.ts';
import type { Programme } from '../../model/types.ts';
import { finding } from '../finding.ts';
import type { Finding } from '../types.ts';
import type { BudgetRule } from './types.ts';
import { euro } from './helpers.ts';

export const v35: BudgetRule = {
  id: 'V35',
  title: 'Gekoppelde kosten kloppen met de programma’s',
  check({ plan, totals, context }) {
    const out: Finding[] = [];
    for (const link of plan.links) {
      if (!link.programmeId || !link.rowId) out.push(finding('V35', 'error', 'budgetLink', link.id, link.programmeId ? 'rowId' : 'programmeId', 'Deze koppeling wijst naar geen rij van een programma. Kies het resultaat of de activiteit.'));
    }
    if (!context.programmes) return out;
    const byId = new Map(context.programmes.map((p) => [p.id, p]));
    const rollUps = totals.rollUps();
    const cost = new Map(rollUps.map((r) => [`${r.programmeId}/${r.rowId}`, r]));
    for (const link of plan.links) {
      if (!link.programmeId || !link.rowId) continue;
      const programme = byId.get(link.programmeId);
      if (!programme) out.push(finding('V35', 'error', 'budgetLink', link.id, 'programmeId', 'Het programma van deze koppeling bestaat niet (meer).'));
      else if (!rowIdsOf(programme).has(link.rowId)) out.push(finding('V35', 'error', 'budgetLink', link.id, 'rowId', `De rij van deze koppeling bestaat niet (meer) in ${programme.name}.`));
    }
    for (const programme of context.programmes) {
      const rows = programmeCosts(programme, rollUps);
      for (const goal of programme.goals) {
        const own = cost.get(`${programme.id}/${goal.id}`);
        const withBelow = rows.get(goal.id);
        if (!own || !withBelow || withBelow.links === own.links) continue;
        const below = withBelow.bestemd - own.bestemd;
        if (below !== own.bestemd) {
          out.push(
            finding('V35', 'error', 'budget', plan.id, `doel:${programme.id}/${goal.id}`, `Aan ${goal.code || 'een doel'} van ${programme.name} is ${euro(own.bestemd)} gekoppeld, maar aan de uitwerkingen, resultaten en activiteiten eronder samen ${euro(below)}. Koppel het geld op één niveau, of laat de bedragen kloppen.`),
          );
        }
      }
    }
    return out;
  },
};

function rowIdsOf(programme: Programme): Set<string> {
  const ids = new Set<string>();
  for (const goal of programme.goals) {
    ids.add(goal.id);
    for (const sub of goal.subGoals) {
      ids.add(sub.id);
      for (const a of sub.activities) ids.add(a.id);
      for (const r of sub.results) {
        ids.add(r.id);
        for (const a of r.activities) ids.add(a.id);
      }
    }
  }
  return ids;
}
