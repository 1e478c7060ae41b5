/**
 * The finance rules V28-V35 over a budget plan: one file per rule, run by validateBudget. The
 * same engine for browser and server; a rule that crashes becomes an engine finding (an error:
 * an unchecked rule may hide one), never an exception.
 */
import { computeBudget, type BudgetTotals } from '../../budget/totals.ts';
import type { BudgetPlan } from '../../budget/types.ts';
import { finding } from '../finding.ts';
import type { Finding } from '../types.ts';
import type { BudgetEnv, BudgetRule, BudgetValidationContext } from './types.ts';
import { v28 } from './v28-stated-totals.ts';
import { v29 } from './v29-over-allocated.ts';
import { v30 } from './v30-year-and-line.ts';
import { v31 } from './v31-carry-over.ts';
import { v32 } from './v32-cofinancing.ts';
import { v33 } from './v33-period.ts';
import { v34 } from './v34-sources.ts';
import { v35 } from './v35-linked-costs.ts';

export type { BudgetValidationContext };

const BUDGET_RULES: readonly BudgetRule[] = [v28, v29, v30, v31, v32, v33, v34, v35];

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

function engineFinding(ruleId: BudgetRule['id'], title: string, planId: string, error: unknown): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return finding(ruleId, 'error', 'engine', `internal:${ruleId}:${planId}`, null, `${title} kon niet worden uitgevoerd (interne fout: ${detail.slice(0, 200)}). De uitkomst van deze controle is onbekend; meld dit bij de beheerder.`);
}

/** Every finance finding of a plan; pass the totals when they are computed already (the page keeps them live). Never throws. */
export function validateBudget(plan: BudgetPlan, context: BudgetValidationContext = {}, totals?: BudgetTotals): Finding[] {
  try {
    const lines = new Map(plan.lines.map((l) => [l.id, l]));
    const nameOf = (lineId: string) => {
      const parts: string[] = [];
      const seen = new Set<string>();
      for (let line = lines.get(lineId); line && !seen.has(line.id); line = line.parentId === null ? undefined : lines.get(line.parentId)) {
        seen.add(line.id);
        parts.unshift(line.label.trim() || (line.code ? `regel ${line.code}` : 'een regel zonder naam'));
      }
      return parts.length > 0 ? `"${parts.join(' / ')}"` : 'een regel';
    };
    const env: BudgetEnv = { plan, totals: totals ?? computeBudget(plan), lines, nameOf, context };
    const out: Finding[] = [];
    for (const rule of BUDGET_RULES) {
      try {
        out.push(...rule.check(env));
      } catch (error) {
        out.push(engineFinding(rule.id, `Controle ${rule.id} (${rule.title})`, plan.id, error));
      }
    }
    return orderBudgetFindings(out, plan);
  } catch (error) {
    return [engineFinding('V0', 'De controle van de financiën', String((plan as Partial<BudgetPlan> | null)?.id ?? ''), error)];
  }
}

/** The plan first, then lines in their order, then co-financing, links and movements; within one, by rule. */
function orderBudgetFindings(findings: Finding[], plan: BudgetPlan): Finding[] {
  const position = new Map<string, number>();
  let n = 1;
  for (const line of plan.lines) position.set(line.id, n++);
  for (const share of plan.shares) position.set(share.id, n++);
  for (const link of plan.links) position.set(link.id, n++);
  for (const m of plan.movements) position.set(m.id, n++);
  const rank = (f: Finding) => (f.entityKind === 'engine' ? Number.MAX_SAFE_INTEGER : f.entityKind === 'budget' ? 0 : (position.get(f.entityId) ?? n));
  const unique = new Map<string, Finding>();
  for (const f of findings) if (!unique.has(f.key)) unique.set(f.key, f);
  return [...unique.values()].sort(
    (a, b) => rank(a) - rank(b) || Number(a.ruleId.slice(1)) - Number(b.ruleId.slice(1)) || compareText(a.field ?? '', b.field ?? '') || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
