/**
 * "Nieuw programma" on the overview, for a beheerder of all programmes (the server checks the
 * same): a dialog with name, gemeente and periode; on success the new programme opens.
 */
import { useState } from 'react';
import { ALL_PROGRAMMES, can, type RoleGrant } from '../../shared/auth/roles.ts';
import { programmeHref } from '../app/route.ts';
import { FormDialog } from './FormDialog.tsx';
import { createFromForm } from './programmes-api.ts';
import './programmes.css';

const FIELDS = [
  { name: 'name', label: 'Naam van het programma' },
  { name: 'municipality', label: 'Gemeente' },
  { name: 'periodStart', label: 'Periode van (jaar)', year: true },
  { name: 'periodEnd', label: 'Periode tot en met (jaar)', year: true },
] as const;

export function NewProgrammeButton({ grants }: { grants: readonly RoleGrant[] }) {
  const [open, setOpen] = useState(false);
  if (!can(grants, ALL_PROGRAMMES, 'manage')) return null;
  const year = new Date().getFullYear();
  return (
    <>
      <button type="button" className="button primary" onClick={() => setOpen(true)}>
        Nieuw programma
      </button>
      {open && (
        <FormDialog
          title="Nieuw programma"
          intro="Een leeg programma. Vul het daarna met een import of in de tabellen."
          fields={FIELDS}
          initial={{ name: '', municipality: '', periodStart: String(year), periodEnd: String(year + 3) }}
          submitLabel="Programma aanmaken"
          onClose={() => setOpen(false)}
          onSubmit={async (values) => {
            const { id } = await createFromForm(values);
            window.location.hash = programmeHref(id);
          }}
        />
      )}
    </>
  );
}
