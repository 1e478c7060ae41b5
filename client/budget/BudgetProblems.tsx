/**
 * The Problemen panel of a budget plan: every finding of the finance rules V28-V35, live, in
 * the plan's order, with its level in words and shape; a finding about a line's cell takes the
 * keyboard there.
 */
import type { Finding } from '../../shared/validation/types.ts';
import { LevelIcon } from '../validation/LevelIcon.tsx';
import type { BudgetSession } from './budget-session.ts';

const LEVEL_WORD = { error: 'Fout', warning: 'Waarschuwing', info: 'Info' } as const;

function cellOf(f: Finding): { rowId: string; colId: string } | null {
  if (f.entityKind !== 'budgetLine') return null;
  return { rowId: f.entityId, colId: f.field?.startsWith('totaal:') ? 'total' : (f.field ?? 'label') };
}

export function BudgetProblems({ session, findings }: { session: BudgetSession; findings: readonly Finding[] }) {
  return (
    <section className="budget-problems" aria-labelledby="begroting-problemen">
      <h2 id="begroting-problemen">Problemen ({findings.length})</h2>
      {findings.length === 0 ? (
        <p className="muted">Geen problemen gevonden: de controles V28 tot en met V35 kloppen.</p>
      ) : (
        <ul>
          {findings.map((f) => {
            const cell = cellOf(f);
            const level = f.severity === 'info' ? 'info' : f.severity;
            return (
              <li key={f.key} className={`budget-problem level-${level}`} data-rule={f.ruleId}>
                <LevelIcon level={level} />
                <span className="sr-only">{LEVEL_WORD[f.severity]}: </span>
                <span className="budget-problem-rule">{f.ruleId}</span> {f.message}
                {cell && (
                  <button type="button" className="button small" onClick={() => session.requestFocus(cell)}>
                    Naar de cel
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
