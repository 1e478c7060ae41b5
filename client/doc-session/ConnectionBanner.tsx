/**
 * What the connection means for the work on a shared document's page (programme or budget
 * plan): signed out (nothing typed now is kept), closed by the server (why, in Dutch), offline
 * or reconnecting (keep working, it is sent later).
 */
import { CLOSE } from '../../shared/protocol.ts';
import { overviewHref } from '../app/route.ts';
import { useSignedIn } from '../auth/auth-context.ts';
import { Store, useStore } from '../programme/store.ts';
import { closeMessage, type ConnectionState } from './connection-state.ts';

export function ConnectionBanner({ connection: store }: { connection: Store<ConnectionState> }) {
  const connection = useStore(store);
  const { expired } = useSignedIn();
  if (connection.kind === 'closed' && connection.code === CLOSE.notSignedIn.code) {
    return (
      <div className="banner error" role="alert">
        <p>
          <strong>Je bent niet (meer) aangemeld.</strong> Wat je nu nog wijzigt, wordt niet bewaard. Meld je opnieuw aan
          om verder te werken.{' '}
          <button type="button" className="button small" onClick={expired}>
            Opnieuw aanmelden
          </button>
        </p>
      </div>
    );
  }
  if (connection.kind === 'closed') {
    return (
      <div className="banner error" role="alert">
        <p>
          <strong>Geen verbinding meer.</strong> {closeMessage(connection.code, connection.reason)}{' '}
          <a href={overviewHref}>Naar het overzicht</a>
        </p>
      </div>
    );
  }
  if (connection.kind === 'offline' || connection.kind === 'reconnecting') {
    return (
      <div className="banner warning">
        <p>
          <strong>{connection.kind === 'offline' ? 'Je bent offline.' : 'De verbinding met de server is weg.'}</strong> Je
          kunt doorwerken: je wijzigingen blijven in dit venster en worden verstuurd zodra de verbinding terug is. Sluit
          dit venster niet.
          {connection.kind === 'reconnecting' && connection.message ? ` ${connection.message}` : ''}
        </p>
      </div>
    );
  }
  return null;
}
