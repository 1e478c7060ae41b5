/**
 * A new budget plan: POST /api/documents with kind "budget". Checked as a programme's name,
 * municipality and period are (shared/budget/settings.ts), stored as one durable append of the
 * seeded doc, as a new programme is.
 */
import * as Y from 'yjs';
import { budgetDocId } from '../../shared/budget/document-id.ts';
import { checkNewBudget } from '../../shared/budget/settings.ts';
import type { Checked } from '../../shared/programmes/settings.ts';
import { seedBlankBudget } from '../../shared/doc/budget/index.ts';
import type { EditOrigin } from '../../shared/doc/index.ts';
import type { DocumentStore } from '../persistence/document-store.ts';

export function createBudget(store: Pick<DocumentStore, 'hasDocument' | 'append'>, body: unknown, origin: EditOrigin): Checked<{ id: string }> {
  const input = checkNewBudget(body);
  if (!input.ok) return input;
  const id = budgetDocId(input.value.name, (candidate) => store.hasDocument(candidate));
  const doc = new Y.Doc();
  try {
    seedBlankBudget(doc, id, input.value.name, input.value.settings, origin);
    store.append(id, Y.encodeStateAsUpdate(doc));
  } finally {
    doc.destroy();
  }
  return { ok: true, value: { id } };
}
