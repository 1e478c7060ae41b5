/**
 * The app shell: who is signed in decides what a route shows. Joining a werkatelier needs no
 * account, so that route is answered before anything else.
 */
import { useEffect, useMemo } from 'react';
import type { SignedInUser } from '../../shared/auth/me.ts';
import { managesAnything } from '../../shared/auth/roles.ts';
import { GroupRolesPage } from '../admin/GroupRolesPage.tsx';
import { UsersPage } from '../admin/UsersPage.tsx';
import { AuthContext, type SignedInContext } from '../auth/auth-context.ts';
import { ChangePasswordPage } from '../auth/ChangePasswordPage.tsx';
import { ParticipantElsewhere } from '../auth/ParticipantElsewhere.tsx';
import { SetupPage } from '../auth/SetupPage.tsx';
import { SignInPage } from '../auth/SignInPage.tsx';
import { useAuth, type Auth } from '../auth/use-auth.ts';
import { useSetupNeeded } from '../auth/use-setup-needed.ts';
import { BudgetPage } from '../budget/BudgetPage.tsx';
import { Overview } from '../overview/Overview.tsx';
import { ProgrammePage } from '../programme/ProgrammePage.tsx';
import { JoinPage } from '../workshop/JoinPage.tsx';
import { ParticipantPage } from '../workshop/ParticipantPage.tsx';
import { PresenterPage } from '../workshop/PresenterPage.tsx';
import { overviewHref, useRoute, type Route } from './route.ts';

export function App() {
  const route = useRoute();
  const auth = useAuth();
  const { state } = auth;
  const signedOut = state.status === 'signed-out';
  const setupNeeded = useSetupNeeded(signedOut);

  // The setup link is spent once someone is signed in, and a failed sign-in is over: neither lingers in the address bar.
  useEffect(() => {
    if (state.status === 'signed-in' && (route.name === 'setup' || route.name === 'sign-in-failed')) window.location.replace(overviewHref);
  }, [route, state.status]);

  if (route.name === 'join') return <JoinPage code={route.code} />;

  switch (state.status) {
    case 'loading':
      return (
        <main id="inhoud" className="page-narrow">
          <p role="status" className="muted">
            Koers laden…
          </p>
        </main>
      );
    case 'error':
      return (
        <main id="inhoud" className="page-narrow">
          <h1>Koers is niet bereikbaar</h1>
          <div role="alert" className="notice error">
            <p>{state.message}</p>
            <button type="button" className="button" onClick={auth.retry}>
              Opnieuw proberen
            </button>
          </div>
        </main>
      );
    case 'signed-out':
      if (setupNeeded === null) return null;
      if (route.name === 'setup' && setupNeeded) return <SetupPage token={route.token} onDone={auth.signedIn} />;
      return (
        <SignInPage
          onSignedIn={auth.signedIn}
          reason={state.reason}
          setupNeeded={setupNeeded}
          failure={route.name === 'sign-in-failed' ? route.reason : undefined}
        />
      );
    case 'signed-in': {
      const { me } = state;
      if (me.kind === 'participant') {
        return route.name === 'workshop' && route.workshopId === me.workshopId ? (
          <ParticipantPage workshopId={route.workshopId} />
        ) : (
          <ParticipantElsewhere me={me} />
        );
      }
      return <SignedIn me={me} auth={auth} route={route} />;
    }
  }
}

function SignedIn({ me, auth, route }: { me: SignedInUser; auth: Auth; route: Route }) {
  const { signOut, refresh, expired } = auth;
  const context = useMemo<SignedInContext>(() => ({ me, signOut, refresh, expired }), [me, signOut, refresh, expired]);
  return (
    <AuthContext.Provider value={context}>
      <SignedInRoute me={me} route={route} />
    </AuthContext.Provider>
  );
}

function SignedInRoute({ me, route }: { me: SignedInUser; route: Route }) {
  // The server refuses everything else until then; the address is kept, so the user lands
  // where they were going once the password is their own.
  if (me.mustChangePassword) return <ChangePasswordPage required />;
  switch (route.name) {
    case 'overview':
    case 'setup':
    case 'sign-in-failed':
      return <Overview />;
    case 'programme':
      return <ProgrammePage key={route.id} documentId={route.id} me={me} view={route.view} />;
    case 'budget':
      return <BudgetPage key={route.id} documentId={route.id} me={me} />;
    case 'workshop':
      return <PresenterPage workshopId={route.workshopId} me={me} />;
    case 'users':
      return managesAnything(me.grants) ? <UsersPage /> : <NoAccess />;
    case 'group-roles':
      return managesAnything(me.grants) ? <GroupRolesPage /> : <NoAccess />;
    case 'password':
      return <ChangePasswordPage />;
    case 'join':
    case 'unknown':
      return <NotFound />;
  }
}

function NotFound() {
  useEffect(() => {
    document.title = 'Pagina niet gevonden – Koers';
  }, []);
  return (
    <main id="inhoud" className="page-narrow">
      <h1>Pagina niet gevonden</h1>
      <p>
        Dit adres bestaat niet in Koers. <a href={overviewHref}>Ga naar het overzicht</a>.
      </p>
    </main>
  );
}

function NoAccess() {
  useEffect(() => {
    document.title = 'Geen toegang – Koers';
  }, []);
  return (
    <main id="inhoud" className="page-narrow">
      <h1>Geen toegang</h1>
      <p>
        Gebruikers en rollen beheren kan alleen een beheerder. <a href={overviewHref}>Ga naar het overzicht</a>.
      </p>
    </main>
  );
}
