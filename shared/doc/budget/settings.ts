/**
 * A budget plan's meta: its kind, id, name and settings, written only by the server (the
 * create route, later a settings route): the guard refuses every meta write from /sync.
 */
import type * as Y from 'yjs';
import type { BudgetSettings } from '../../budget/settings.ts';
import type { EditOrigin } from '../origin.ts';
import { BUDGET_SCHEMA_VERSION, DOCUMENT_KIND_KEY, SETTINGS_KEY, budgetMeta } from './layout.ts';

function writeBudgetSettings(doc: Y.Doc, settings: BudgetSettings, origin: EditOrigin): void {
  doc.transact(() => budgetMeta(doc).set(SETTINGS_KEY, { ...settings, levelLabels: { ...settings.levelLabels } }), origin);
}

/** A new, empty budget plan. */
export function seedBlankBudget(doc: Y.Doc, id: string, name: string, settings: BudgetSettings, origin: EditOrigin): void {
  doc.transact(() => {
    const meta = budgetMeta(doc);
    meta.set(DOCUMENT_KIND_KEY, 'budget');
    meta.set('schemaVersion', BUDGET_SCHEMA_VERSION);
    meta.set('id', id);
    meta.set('name', name);
    writeBudgetSettings(doc, settings, origin);
  }, origin);
}
