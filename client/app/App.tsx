/**
 * The app shell: who is signed in decides what a route shows. Joining a werkatelier needs no
 * account, so that route is answered before anything else.
 */
import { Suspense, lazy, useEffect, useMemo, type ReactNode } from 'react';
import type { SignedInUser } from '../../shared/auth/me.ts';
import { managesAnything } from '../../shared/auth/roles.ts';
import { AuthContext, type SignedInContext } from '../auth/auth-context.ts';
import { ParticipantElsewhere } from '../auth/ParticipantElsewhere.tsx';
import { SetupPage } from '../auth/SetupPage.tsx';
import { SignInPage } from '../auth/SignInPage.tsx';
import { useAuth, type Auth } from '../auth/use-auth.ts';
import { useSetupNeeded } from '../auth/use-setup-needed.ts';
import { JoinPage } from '../workshop/JoinPage.tsx';
import { ParticipantPage } from '../workshop/ParticipantPage.tsx';
import { overviewHref, useRoute, type Route } from './route.ts';

/*
 * The staff screens load on demand, each with what it needs (AG Grid, history, import/export, the
 * structured editor): a participant's phone at #/doe-mee loads only the shell, the join page and
 * the participant's view (client/workshop).
 */
const Overview = lazy(() => import('../overview/Overview.tsx').then((m) => ({ default: m.Overview })));
const ProgrammePage = lazy(() => import('../programme/ProgrammePage.tsx').then((m) => ({ default: m.ProgrammePage })));
const BudgetPage = lazy(() => import('../budget/BudgetPage.tsx').then((m) => ({ default: m.BudgetPage })));
const PresenterPage = lazy(() => import('../workshop/PresenterPage.tsx').then((m) => ({ default: m.PresenterPage })));
const AudienceScreen = lazy(() => import('../workshop/AudienceScreen.tsx').then((m) => ({ default: m.AudienceScreen })));
const UsersPage = lazy(() => import('../admin/UsersPage.tsx').then((m) => ({ default: m.UsersPage })));
const GroupRolesPage = lazy(() => import('../admin/GroupRolesPage.tsx').then((m) => ({ default: m.GroupRolesPage })));
const ChangePasswordPage = lazy(() => import('../auth/ChangePasswordPage.tsx').then((m) => ({ default: m.ChangePasswordPage })));

function Loading({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        // No id="inhoud" yet: that names the screen itself once it is there.
        <main className="page-narrow">
          <p role="status" className="muted">
            Koers laden…
          </p>
        </main>
      }
    >
      {children}
    </Suspense>
  );
}

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
      <Loading>
        <SignedInRoute me={me} route={route} />
      </Loading>
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
    case 'workshop-screen':
      return <AudienceScreen workshopId={route.workshopId} me={me} />;
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
