/** The REST calls behind the budget cards (server/http/programme-routes.ts, kind "budget"). */
import { requestJson } from '../app/http.ts';

export interface BudgetCard {
  id: string;
  name: string;
  municipality: string;
  period: string;
  /** Over all years, in cents: what is available and what is not yet earmarked. */
  total: { beschikbaar: number; nogNietBestemd: number };
}

export async function fetchBudgets(signal?: AbortSignal): Promise<BudgetCard[]> {
  const body = await requestJson<unknown>('/api/documents?kind=budget', { signal });
  if (!Array.isArray(body)) return [];
  return body.flatMap((item): BudgetCard[] => {
    if (!item || typeof item !== 'object') return [];
    const rec = item as Record<string, unknown>;
    const total = (rec.total ?? {}) as Record<string, unknown>;
    const cents = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : 0);
    if (typeof rec.id !== 'string') return [];
    return [
      {
        id: rec.id,
        name: typeof rec.name === 'string' && rec.name ? rec.name : rec.id,
        municipality: typeof rec.municipality === 'string' ? rec.municipality : '',
        period: typeof rec.period === 'string' ? rec.period : '',
        total: { beschikbaar: cents(total.beschikbaar), nogNietBestemd: cents(total.nogNietBestemd) },
      },
    ];
  });
}

export function createBudget(input: { name: string; municipality: string; periodStart: string; periodEnd: string; fundingSource: string }): Promise<{ id: string }> {
  return requestJson('/api/documents', { method: 'POST', body: { kind: 'budget', ...input } });
}
