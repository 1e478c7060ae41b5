import { useCallback, useEffect, useState } from 'react';
import { loadIdentity, saveIdentity, type Identity } from './identity.ts';
import { NameForm } from './NameForm.tsx';
import { overviewHref, useRoute } from './route.ts';
import { Overview } from '../overview/Overview.tsx';
import { ProgrammePage } from '../programme/ProgrammePage.tsx';

export function App() {
  const [identity, setIdentity] = useState<Identity | null>(() => loadIdentity());
  const [renaming, setRenaming] = useState(false);
  const route = useRoute();

  const onName = useCallback(
    (name: string) => {
      setIdentity(saveIdentity(name, identity?.id));
      setRenaming(false);
    },
    [identity],
  );

  useEffect(() => {
    if (route.name !== 'programme') document.title = 'Overzicht – Koers';
  }, [route]);

  if (!identity || renaming) {
    return (
      <NameForm
        initialName={identity?.name ?? ''}
        onSubmit={onName}
        onCancel={identity ? () => setRenaming(false) : undefined}
      />
    );
  }

  switch (route.name) {
    case 'overview':
      return <Overview identity={identity} onRename={() => setRenaming(true)} />;
    case 'programme':
      return <ProgrammePage key={route.id} documentId={route.id} identity={identity} view={route.view} />;
    case 'unknown':
      return (
        <main id="inhoud" className="page-narrow">
          <h1>Pagina niet gevonden</h1>
          <p>
            Dit adres bestaat niet in Koers. <a href={overviewHref}>Ga naar het overzicht</a>.
          </p>
        </main>
      );
  }
}
