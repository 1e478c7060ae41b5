/**
 * Groepen en rollen: which group at the organisation's provider gives which role in which
 * programme. A beheerder sees and adds only mappings within the programmes they manage (the
 * server decides). A mapping counts from each colleague's next sign-in via the organisation.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { ALL_PROGRAMMES, ROLE_LABELS, ROLES, type Role } from '../../shared/auth/roles.ts';
import { fetchDocuments, type DocumentSummary } from '../app/api.ts';
import { FormAlert } from '../app/form/FormAlert.tsx';
import { SubmitButton } from '../app/form/SubmitButton.tsx';
import { messageOf, useFormAlert } from '../app/form/use-form-alert.ts';
import { HttpError } from '../app/http.ts';
import { usersHref } from '../app/route.ts';
import { useSignedIn } from '../auth/auth-context.ts';
import { SignOutButton, WhoAmI } from '../auth/SignOutButton.tsx';
import { skipTo } from '../overview/Overview.tsx';
import { ALL_PROGRAMMES_LABEL, manageableScopes } from './grant-selection.ts';
import { addGroupRole, listGroupRoles, removeGroupRole, type GroupRole, type GroupRoleProvider } from './group-roles-api.ts';
import './admin.css';

type Loaded =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; providers: GroupRoleProvider[]; mappings: GroupRole[]; documents: DocumentSummary[] };

export function GroupRolesPage() {
  const { me } = useSignedIn();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [status, setStatus] = useState('');

  useEffect(() => {
    document.title = 'Groepen en rollen – Koers';
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void fetchPage(controller.signal).then((next) => next && setLoaded(next));
    return () => controller.abort();
  }, []);
  const load = useCallback(async () => {
    const next = await fetchPage();
    if (next) setLoaded(next);
  }, []);

  const documents = loaded.status === 'ready' ? loaded.documents : null;
  const nameOf = useCallback(
    (scope: string) => (scope === ALL_PROGRAMMES ? ALL_PROGRAMMES_LABEL : (documents?.find((d) => d.id === scope)?.name ?? scope)),
    [documents],
  );
  const scopes = useMemo(() => manageableScopes(me.grants, documents?.map((d) => d.id) ?? []), [me.grants, documents]);

  const remove = async (mapping: GroupRole) => {
    try {
      await removeGroupRole(mapping.id);
      setStatus(`Koppeling verwijderd: ${describe(mapping, nameOf)}. Dit geldt vanaf de volgende keer dat iemand uit die groep inlogt.`);
      await load();
    } catch (error) {
      setStatus(`Verwijderen is niet gelukt. ${messageOf(error, '')}`.trim());
    }
  };

  return (
    <>
      <a className="skip-link" href="#inhoud" onClick={skipTo}>
        Naar de inhoud
      </a>
      <header className="topbar">
        <a className="brand" href={usersHref}>
          <span aria-hidden="true">←</span> Gebruikers
        </a>
        <span className="topbar-title">Groepen en rollen</span>
        <div className="topbar-right">
          <WhoAmI />
          <SignOutButton />
        </div>
      </header>
      <main id="inhoud" tabIndex={-1} className="overview admin-page">
        <h1>Groepen en rollen</h1>
        <p className="lead">
          Wie via de organisatie inlogt, krijgt de rollen van de groepen waar die persoon daar lid van is. Rollen die een beheerder met de hand
          geeft, blijven staan. Een wijziging geldt vanaf de volgende keer dat iemand inlogt.
        </p>
        <p role="status" className="admin-status">
          {status}
        </p>
        {loaded.status === 'loading' && (
          <p role="status" className="muted">
            Koppelingen laden…
          </p>
        )}
        {loaded.status === 'error' && (
          <div role="alert" className="notice error">
            <p>De koppelingen konden niet worden geladen. {loaded.message}</p>
            <button type="button" className="button" onClick={() => void load()}>
              Opnieuw proberen
            </button>
          </div>
        )}
        {loaded.status === 'ready' && loaded.providers.length === 0 && <p>Er is geen inlogdienst van een organisatie ingesteld.</p>}
        {loaded.status === 'ready' && loaded.providers.length > 0 && (
          <>
            {loaded.mappings.length === 0 ? (
              <p>Er zijn nog geen koppelingen.</p>
            ) : (
              <table className="users-table">
                <caption className="sr-only">Groepen met de rol die ze geven</caption>
                <thead>
                  <tr>
                    {loaded.providers.length > 1 && <th scope="col">Inlogdienst</th>}
                    <th scope="col">Groep</th>
                    <th scope="col">Programma</th>
                    <th scope="col">Rol</th>
                    <th scope="col">
                      <span className="sr-only">Acties</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {loaded.mappings.map((mapping) => (
                    <tr key={mapping.id}>
                      {loaded.providers.length > 1 && <td>{loaded.providers.find((p) => p.id === mapping.provider)?.name ?? mapping.provider}</td>}
                      <th scope="row">{mapping.group}</th>
                      <td>{nameOf(mapping.scope)}</td>
                      <td>{ROLE_LABELS[mapping.role]}</td>
                      <td>
                        <button type="button" className="button small" aria-label={`Verwijderen: ${describe(mapping, nameOf)}`} onClick={() => void remove(mapping)}>
                          Verwijderen
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <AddGroupRoleForm
              providers={loaded.providers}
              scopes={scopes}
              nameOf={nameOf}
              onAdded={(mapping) => {
                setStatus(`Koppeling toegevoegd: ${describe(mapping, nameOf)}.`);
                void load();
              }}
            />
          </>
        )}
      </main>
    </>
  );
}

function describe(mapping: Omit<GroupRole, 'id'>, nameOf: (scope: string) => string): string {
  return `groep ${mapping.group} geeft ${ROLE_LABELS[mapping.role]} in ${nameOf(mapping.scope)}`;
}

interface FormProps {
  providers: readonly GroupRoleProvider[];
  scopes: readonly string[];
  nameOf(scope: string): string;
  onAdded(mapping: Omit<GroupRole, 'id'>): void;
}

function AddGroupRoleForm({ providers, scopes, nameOf, onAdded }: FormProps) {
  const id = useId();
  const [provider, setProvider] = useState(providers[0]?.id ?? '');
  const [group, setGroup] = useState('');
  const [scope, setScope] = useState(scopes[0] ?? '');
  const [role, setRole] = useState<Role>('lezer');
  const [invalid, setInvalid] = useState<string | null>(null);
  const alert = useFormAlert();
  const [busy, setBusy] = useState(false);
  const groupRef = useRef<HTMLInputElement>(null);
  const chosen = providers.find((p) => p.id === provider) ?? providers[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (group.trim() === '') {
      setInvalid('group');
      alert.show('Vul de naam of id van de groep in.');
      return;
    }
    setBusy(true);
    setInvalid(null);
    alert.show(null);
    const mapping = { provider, group: group.trim(), scope: scope || scopes[0] || '', role };
    try {
      await addGroupRole(mapping);
      onAdded(mapping);
      setGroup('');
      groupRef.current?.focus();
    } catch (error) {
      setInvalid(error instanceof HttpError ? error.field : null);
      alert.show(messageOf(error, 'Toevoegen is niet gelukt.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="admin-section" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`}>Koppeling toevoegen</h2>
      <FormAlert alert={alert} />
      <form className="admin-form" onSubmit={submit} noValidate aria-busy={busy}>
        {providers.length > 1 && (
          <div className="form-field">
            <label htmlFor={`${id}-provider`}>Inlogdienst</label>
            <select id={`${id}-provider`} value={provider} onChange={(e) => setProvider(e.target.value)}>
              {providers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="form-field">
          <label htmlFor={`${id}-group`}>Groep</label>
          <p id={`${id}-group-hint`} className="hint">
            Zoals de inlogdienst die doorgeeft in ‘{chosen?.groupsClaim ?? 'groups'}’: bij Microsoft Entra ID de object-id van de groep, bij
            Keycloak de groepsnaam.
          </p>
          <input
            ref={groupRef}
            id={`${id}-group`}
            type="text"
            autoComplete="off"
            value={group}
            maxLength={200}
            aria-invalid={invalid === 'group' ? true : undefined}
            aria-describedby={`${id}-group-hint`}
            onChange={(e) => setGroup(e.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-scope`}>Programma</label>
          <select id={`${id}-scope`} value={scope} aria-invalid={invalid === 'scope' ? true : undefined} onChange={(e) => setScope(e.target.value)}>
            {scopes.map((s) => (
              <option key={s} value={s}>
                {nameOf(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-role`}>Rol</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="button-row">
          <SubmitButton busy={busy}>Koppeling toevoegen</SubmitButton>
        </div>
      </form>
    </section>
  );
}

/** The page's data, or null when the fetch was aborted because the page went away. */
async function fetchPage(signal?: AbortSignal): Promise<Loaded | null> {
  try {
    const [groups, documents] = await Promise.all([listGroupRoles(signal), fetchDocuments(signal)]);
    return { status: 'ready', ...groups, documents };
  } catch (error) {
    if (signal?.aborted) return null;
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
