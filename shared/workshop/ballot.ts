/** Whether a ballot may count: the same rules for the voter's screen, the server's policy and the tally. */
import { TOP_N, type Ballot, type WorkshopSettings } from './types.ts';

export function checkBallot(
  ballot: Ballot,
  settings: Pick<WorkshopSettings, 'votingMode' | 'dots'>,
  itemIds: ReadonlySet<string>,
): string | null {
  if (typeof ballot !== 'object' || ballot === null) return 'Deze stem kunnen we niet lezen.';
  if (ballot.kind !== settings.votingMode) {
    return 'De facilitator heeft de manier van stemmen veranderd. Breng je stem opnieuw uit.';
  }
  if (ballot.kind === 'stippen') {
    if (typeof ballot.dots !== 'object' || ballot.dots === null) return 'Deze stem kunnen we niet lezen.';
    let total = 0;
    for (const [itemId, count] of Object.entries(ballot.dots)) {
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return 'Een stip telt als een heel getal, niet negatief.';
      if (!itemIds.has(itemId)) return 'Je stem noemt iets dat niet (meer) in dit werkatelier staat.';
      total += count;
    }
    if (total > settings.dots) return `Je kunt hoogstens ${settings.dots} stippen verdelen; je hebt er ${total} gezet.`;
    return null;
  }
  if (ballot.kind === 'top10') {
    if (!Array.isArray(ballot.ranking)) return 'Deze stem kunnen we niet lezen.';
    if (ballot.ranking.length > TOP_N) return `Je kunt hoogstens ${TOP_N} resultaten rangschikken.`;
    if (new Set(ballot.ranking).size !== ballot.ranking.length) return 'Elk resultaat mag maar één keer in je top 10 staan.';
    if (!ballot.ranking.every((id) => typeof id === 'string' && itemIds.has(id))) {
      return 'Je stem noemt iets dat niet (meer) in dit werkatelier staat.';
    }
    return null;
  }
  return 'Deze stem kunnen we niet lezen.';
}
