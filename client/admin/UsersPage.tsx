/**
 * Gebruikers: who has an account and which role they hold in which programme; adding a user,
 * changing roles, giving a new temporary password, and blocking the account of someone who left
 * (or letting it in again). Programme names come from the document list, so a beheerder of one programme
 * sees and hands out only that programme's roles.
 */
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fetchDocuments, type DocumentSummary } from '../app/api.ts';
import { groupRolesHref, overviewHref } from '../app/route.ts';
import { fetchSignInMethods } from '../auth/auth-api.ts';
import { useSignedIn } from '../auth/auth-context.ts';
import { SignOutButton, WhoAmI } from '../auth/SignOutButton.tsx';
import { skipTo } from '../overview/Overview.tsx';
import { AddUserForm } from './AddUserForm.tsx';
import { EditGrantsForm } from './EditGrantsForm.tsx';
import { ALL_PROGRAMMES_LABEL, describeGrants, manageableScopes } from './grant-selection.ts';
import { offersAccountStatus } from './account-status-rule.ts';
import { DeactivateUserForm } from './DeactivateUserForm.tsx';
import { offersPasswordReset } from './password-reset-rule.ts';
import { ResetPasswordForm } from './ResetPasswordForm.tsx';
import { listUsers, setAccountActive, type UserSummary } from './users-api.ts';
import { ALL_PROGRAMMES } from '../../shared/auth/roles.ts';
import './admin.css';

type FormName = 'grants' | 'password' | 'deactivate';
/** The one form open below a user's row, if any. */
type OpenForm = { userId: string; form: FormName } | null;

type Loaded =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; users: UserSummary[]; documents: DocumentSummary[]; providers: { id: string; name: string }[] };

export function UsersPage() {
  const { me, refresh } = useSignedIn();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [open, setOpen] = useState<OpenForm>(null);
  const [status, setStatus] = useState('');
  // Keyed `${userId}:${form}`: closing a form returns focus to the button that opened it.
  const openButtons = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    document.title = 'Gebruikers – Koers';
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

  const pendingFocus = useRef<string | null>(null);
  const documents = loaded.status === 'ready' ? loaded.documents : null;
  const nameOf = useCallback(
    (scope: string) => (scope === ALL_PROGRAMMES ? ALL_PROGRAMMES_LABEL : (documents?.find((d) => d.id === scope)?.name ?? scope)),
    [documents],
  );
  const scopes = useMemo(() => manageableScopes(me.grants, documents?.map((d) => d.id) ?? []), [me.grants, documents]);

  const closeForm = (userId: string, form: FormName) => {
    setOpen(null);
    queueMicrotask(() => openButtons.current.get(`${userId}:${form}`)?.focus());
  };
  const isOpen = (userId: string, form: FormName) => open?.userId === userId && open.form === form;
  const toggle = (userId: string, form: FormName) => setOpen(isOpen(userId, form) ? null : { userId, form });
  const buttonRef = (userId: string, form: FormName) => (el: HTMLButtonElement | null) => {
    if (el) openButtons.current.set(`${userId}:${form}`, el);
    else openButtons.current.delete(`${userId}:${form}`);
  };

  // Back on the row's other button once the fresh list is on screen, so keyboard users stay on that user.
  const focusStatusButton = (user: UserSummary, label: 'Uitschakelen' | 'Weer inschakelen') => {
    pendingFocus.current = `${label}: ${who(user)}`;
  };
  useEffect(() => {
    const label = pendingFocus.current;
    if (!label) return;
    const button = [...document.querySelectorAll<HTMLButtonElement>('.users-table button')].find((b) => b.getAttribute('aria-label') === label);
    if (!button) return;
    pendingFocus.current = null;
    button.focus();
  }, [loaded]);

  const reactivate = async (user: UserSummary) => {
    try {
      await setAccountActive(user.id, true);
      setStatus(`${who(user)} is weer ingeschakeld en kan zich aanmelden.`);
      focusStatusButton(user, 'Uitschakelen');
      await load();
    } catch (error) {
      setStatus(`Weer inschakelen van ${who(user)} is niet gelukt. ${error instanceof Error ? error.message : ''}`.trim());
    }
  };

  return (
    <>
      <a className="skip-link" href="#inhoud" onClick={skipTo}>
        Naar de inhoud
      </a>
      <header className="topbar">
        <a className="brand" href={overviewHref}>
          <span aria-hidden="true">←</span> Overzicht
        </a>
        <span className="topbar-title">Gebruikers</span>
        <div className="topbar-right">
          <WhoAmI />
          <SignOutButton />
        </div>
      </header>
      <main id="inhoud" tabIndex={-1} className="overview admin-page">
        <h1>Gebruikers en rollen</h1>
        <p className="lead">Wie toegang heeft tot Koers, en met welke rol per programma.</p>
        {loaded.status === 'ready' && loaded.providers.length > 0 && (
          <p>
            Wie via de organisatie inlogt, krijgt bij de eerste keer een account zonder rol (‘Wacht op rechten’). Rollen kunnen ook uit
            groepen van de organisatie komen: <a href={groupRolesHref}>Groepen en rollen</a>.
          </p>
        )}
        <p role="status" className="admin-status">
          {status}
        </p>
        {loaded.status === 'loading' && (
          <p role="status" className="muted">
            Gebruikers laden…
          </p>
        )}
        {loaded.status === 'error' && (
          <div role="alert" className="notice error">
            <p>De gebruikers konden niet worden geladen. {loaded.message}</p>
            <button type="button" className="button" onClick={() => void load()}>
              Opnieuw proberen
            </button>
          </div>
        )}
        {loaded.status === 'ready' && (
          <>
            <table className="users-table">
              <caption className="sr-only">Gebruikers met hun rollen per programma</caption>
              <thead>
                <tr>
                  <th scope="col">Naam</th>
                  <th scope="col">E-mailadres</th>
                  <th scope="col">Rollen</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="sr-only">Acties</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {loaded.users.map((user) => {
                  const fromGroup = (g: { scope: string; role: string }) => user.groupGrants.some((x) => x.scope === g.scope && x.role === g.role);
                  const lines = [
                    ...describeGrants(user.grants.filter((g) => !fromGroup(g)), nameOf),
                    ...describeGrants(user.groupGrants, nameOf).map((line) => `${line} (via groep)`),
                  ];
                  const providerNames = user.providers.map((id) => loaded.providers.find((p) => p.id === id)?.name ?? id);
                  return (
                    <Fragment key={user.id}>
                      <tr>
                        <th scope="row">{user.name}</th>
                        <td>
                          {user.email}
                          {providerNames.length > 0 && <span className="muted user-via">Logt in via {providerNames.join(', ')}</span>}
                        </td>
                        <td>
                          {lines.length === 0 ? (
                            <span className="muted">Geen rol</span>
                          ) : (
                            <ul className="plain-list">
                              {lines.map((line) => (
                                <li key={line}>{line}</li>
                              ))}
                            </ul>
                          )}
                        </td>
                        <td>{!user.active ? <strong>Uitgeschakeld</strong> : user.grants.length === 0 ? <strong>Wacht op rechten</strong> : 'Actief'}</td>
                        <td>
                          {scopes.length > 0 && (
                            <button
                              ref={buttonRef(user.id, 'grants')}
                              type="button"
                              className="button small"
                              aria-expanded={isOpen(user.id, 'grants')}
                              aria-label={`Rollen wijzigen van ${who(user)}`}
                              onClick={() => toggle(user.id, 'grants')}
                            >
                              Rollen wijzigen
                            </button>
                          )}{' '}
                          {offersPasswordReset(me, user) && !user.passwordless && (
                            <button
                              ref={buttonRef(user.id, 'password')}
                              type="button"
                              className="button small"
                              aria-expanded={isOpen(user.id, 'password')}
                              aria-label={`Nieuw tijdelijk wachtwoord voor ${who(user)}`}
                              onClick={() => toggle(user.id, 'password')}
                            >
                              Nieuw tijdelijk wachtwoord
                            </button>
                          )}{' '}
                          {offersAccountStatus(me, user) &&
                            (user.active ? (
                              <button
                                ref={buttonRef(user.id, 'deactivate')}
                                type="button"
                                className="button small"
                                aria-expanded={isOpen(user.id, 'deactivate')}
                                aria-label={`Uitschakelen: ${who(user)}`}
                                onClick={() => toggle(user.id, 'deactivate')}
                              >
                                Uitschakelen
                              </button>
                            ) : (
                              <button
                                type="button"
                                className="button small"
                                aria-label={`Weer inschakelen: ${who(user)}`}
                                onClick={() => void reactivate(user)}
                              >
                                Weer inschakelen
                              </button>
                            ))}
                        </td>
                      </tr>
                      {isOpen(user.id, 'grants') && (
                        <tr className="edit-row">
                          <td colSpan={COLUMNS}>
                            <EditGrantsForm
                              user={user}
                              scopes={scopes}
                              nameOf={nameOf}
                              onCancel={() => closeForm(user.id, 'grants')}
                              onSaved={() => {
                                setStatus(`Rollen van ${who(user)} opgeslagen.`);
                                closeForm(user.id, 'grants');
                                void load();
                                // Changing one's own roles changes what this page may show.
                                if (user.id === me.id) void refresh();
                              }}
                            />
                          </td>
                        </tr>
                      )}
                      {isOpen(user.id, 'password') && (
                        <tr className="edit-row">
                          <td colSpan={COLUMNS}>
                            <ResetPasswordForm
                              user={user}
                              onCancel={() => closeForm(user.id, 'password')}
                              onSaved={() => {
                                setStatus(resetDoneMessage(who(user)));
                                closeForm(user.id, 'password');
                              }}
                            />
                          </td>
                        </tr>
                      )}
                      {isOpen(user.id, 'deactivate') && (
                        <tr className="edit-row">
                          <td colSpan={COLUMNS}>
                            <DeactivateUserForm
                              user={user}
                              onCancel={() => closeForm(user.id, 'deactivate')}
                              onSaved={() => {
                                setStatus(`${who(user)} is uitgeschakeld en overal afgemeld.`);
                                setOpen(null);
                                focusStatusButton(user, 'Weer inschakelen');
                                void load();
                              }}
                            />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
            <AddUserForm
              scopes={scopes}
              nameOf={nameOf}
              onAdded={(name) => {
                setStatus(`Gebruiker ${name} toegevoegd.`);
                void load();
              }}
            />
          </>
        )}
      </main>
    </>
  );
}

const who = (user: UserSummary) => user.name || user.email;
/** Naam, e-mailadres, rollen, status, acties: the forms below a row span them all. */
const COLUMNS = 5;

function resetDoneMessage(name: string): string {
  return `Nieuw tijdelijk wachtwoord voor ${name} opgeslagen. Geef het persoonlijk door; ${name} is overal afgemeld en kiest na het aanmelden eerst een eigen wachtwoord.`;
}

function sortUsers(users: UserSummary[]): UserSummary[] {
  return [...users].sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.email.localeCompare(b.email, 'nl'));
}

/** The page's data, or null when the fetch was aborted because the page went away. */
async function fetchPage(signal?: AbortSignal): Promise<Loaded | null> {
  try {
    const [users, documents, methods] = await Promise.all([listUsers(signal), fetchDocuments(signal), fetchSignInMethods(signal)]);
    return { status: 'ready', users: sortUsers(users), documents, providers: methods.providers };
  } catch (error) {
    if (signal?.aborted) return null;
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
