/**
 * Budget plans live in the same store as programmes and werkateliers; their id says which kind
 * a document is, so a route, the access check and the room's policy know it without loading
 * the document. Programme ids never start with the prefix (programmeSlug avoids it).
 */
import { programmeSlug } from '../programmes/settings.ts';

const BUDGET_DOC_PREFIX = 'begroting-';

export function isBudgetDocId(docId: string): boolean {
  return docId.startsWith(BUDGET_DOC_PREFIX);
}

/** "Plan van aanpak POK Dronten" -> "begroting-plan-van-aanpak-pok-dronten" (with -2, -3 when taken). */
export function budgetDocId(name: string, taken: (id: string) => boolean): string {
  let slug = programmeSlug(name, () => false);
  if (/^programma-(werkatelier|begroting)/.test(slug)) slug = slug.slice('programma-'.length);
  const base = `${BUDGET_DOC_PREFIX}${slug.replace(/^begroting-?/, '') || 'plan'}`.slice(0, 60).replace(/-+$/, '');
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}
