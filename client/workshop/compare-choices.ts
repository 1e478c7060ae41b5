/** What a closed werkatelier can be compared with: the ASD's advice, or another closed werkatelier of its programme. */
import type { WorkshopInfo } from '../../shared/workshop/types.ts';
import { formatDate } from '../../shared/text/dutch.ts';

export const ASD = 'asd';

export interface CompareChoice {
  /** The `with` of the request. */
  value: string;
  label: string;
  /** Column header for the other list's places. */
  column: string;
  caption: string;
}

export function compareChoices(workshops: readonly WorkshopInfo[], selfId: string): CompareChoice[] {
  const choices: CompareChoice[] = [
    { value: ASD, label: 'ASD-advies', column: 'Plaats ASD', caption: 'Vergelijking met de prioriteiten van de ASD' },
  ];
  for (const w of workshops) {
    if (w.id === selfId || w.status !== 'closed') continue;
    // Titles repeat across evenings ("Werkavond"), so the date tells them apart.
    const label = `Werkatelier ${w.title} (${formatDate(w.closedAt ?? w.createdAt)})`;
    choices.push({ value: w.id, label, column: 'Plaats ander werkatelier', caption: `Vergelijking met ${label}` });
  }
  return choices;
}
