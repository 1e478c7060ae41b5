/**
 * Begrotingsplannen on the overview, beside the programme cards: a card per plan with its
 * name, period and computed total (and what is not yet earmarked), and "Nieuw begrotingsplan"
 * for a beheerder of all documents (the server checks the same).
 */
import { useEffect, useState } from 'react';
import { ALL_PROGRAMMES, can, type RoleGrant } from '../../shared/auth/roles.ts';
import { formatEuro } from '../../shared/budget/money.ts';
import { budgetHref } from '../app/route.ts';
import { FormDialog } from '../programmes/FormDialog.tsx';
import { createBudget, fetchBudgets, type BudgetCard } from './budget-api.ts';
import './budget.css';

const FIELDS = [
  { name: 'name', label: 'Naam van het begrotingsplan' },
  { name: 'municipality', label: 'Gemeente' },
  { name: 'fundingSource', label: 'Financieringsbron (bijvoorbeeld POK-middelen, decembercirculaire 2021)' },
  { name: 'periodStart', label: 'Periode van (jaar)', year: true },
  { name: 'periodEnd', label: 'Periode tot en met (jaar)', year: true },
] as const;

export function BudgetCards({ grants }: { grants: readonly RoleGrant[] }) {
  const [cards, setCards] = useState<BudgetCard[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetchBudgets(controller.signal).then(setCards, (error: unknown) => {
      if (!controller.signal.aborted) setFailed(error instanceof Error ? error.message : String(error));
    });
    return () => controller.abort();
  }, []);
  const mayCreate = can(grants, ALL_PROGRAMMES, 'manage');
  if (!mayCreate && (cards === null || cards.length === 0) && !failed) return null;
  return (
    <section className="programme-group budget-group" aria-labelledby="begrotingsplannen">
      <h2 id="begrotingsplannen" className="programme-group-title">
        Begrotingsplannen
      </h2>
      {mayCreate && <NewBudgetButton />}
      {failed && (
        <p role="alert" className="notice error">
          De begrotingsplannen konden niet worden geladen. {failed}
        </p>
      )}
      {cards && cards.length > 0 && (
        <ul className="cards">
          {cards.map((card) => (
            <li key={card.id} className="card budget-card">
              <h3>
                <a href={budgetHref(card.id)}>{card.name}</a>
              </h3>
              {card.period && <p className="card-period">Periode {card.period}</p>}
              {card.municipality && <p className="card-period">{card.municipality}</p>}
              <dl className="card-counts budget-card-total">
                <div>
                  <dt>Totaal beschikbaar</dt>
                  <dd>{formatEuro(card.total.beschikbaar)}</dd>
                </div>
                <div>
                  <dt>Nog niet bestemd</dt>
                  <dd>{formatEuro(card.total.nogNietBestemd)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function NewBudgetButton() {
  const [open, setOpen] = useState(false);
  const year = new Date().getFullYear();
  return (
    <>
      <button type="button" className="button primary" onClick={() => setOpen(true)}>
        Nieuw begrotingsplan
      </button>
      {open && (
        <FormDialog
          title="Nieuw begrotingsplan"
          intro="Een leeg begrotingsplan. Vul het daarna met een import of in de tabel."
          fields={FIELDS}
          initial={{ name: '', municipality: '', fundingSource: '', periodStart: String(year), periodEnd: String(year + 3) }}
          submitLabel="Begrotingsplan aanmaken"
          onClose={() => setOpen(false)}
          onSubmit={async (values) => {
            const { id } = await createBudget({
              name: values.name ?? '',
              municipality: values.municipality ?? '',
              fundingSource: values.fundingSource ?? '',
              periodStart: values.periodStart ?? '',
              periodEnd: values.periodEnd ?? '',
            });
            window.location.hash = budgetHref(id);
          }}
        />
      )}
    </>
  );
}
