/** One role select per scope the beheerder manages, inside a fieldset with what each role means. */
import { useId } from 'react';
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from '../../shared/auth/roles.ts';
import { ROLE_CHOICES, type RoleChoice, type Selection } from './grant-selection.ts';

interface Props {
  scopes: readonly string[];
  nameOf(scope: string): string;
  selection: Selection;
  onChange(scope: string, role: RoleChoice): void;
}

export function GrantSelects({ scopes, nameOf, selection, onChange }: Props) {
  const id = useId();
  return (
    <fieldset className="grant-selects">
      <legend>Rollen</legend>
      <p id={`${id}-uitleg`} className="hint">
        {ROLES.map((role) => `${ROLE_LABELS[role]}: ${ROLE_DESCRIPTIONS[role]}`).join('. ')}.
      </p>
      {scopes.map((scope, i) => (
        <div key={scope} className="grant-select">
          <label htmlFor={`${id}-${i}`}>{nameOf(scope)}</label>
          <select
            id={`${id}-${i}`}
            value={selection[scope] ?? ''}
            aria-describedby={`${id}-uitleg`}
            onChange={(e) => onChange(scope, e.target.value as RoleChoice)}
          >
            {ROLE_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
