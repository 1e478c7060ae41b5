/** Afmelden, beside the signed-in name in a top bar. */
import { useState } from 'react';
import { Avatar } from '../programme/Avatars.tsx';
import { identityOf } from '../app/identity.ts';
import { useSignedIn } from './auth-context.ts';
import { ChangePasswordLink } from './ChangePasswordLink.tsx';

export function SignOutButton() {
  const { signOut } = useSignedIn();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button small"
      aria-disabled={busy}
      onClick={() => {
        if (busy) return;
        setBusy(true);
        void signOut().finally(() => setBusy(false));
      }}
    >
      Afmelden
    </button>
  );
}

/**
 * The signed-in name, so someone at a shared computer sees whose session this is, with the way
 * to change that account's password beside it.
 */
export function WhoAmI({ avatar = true }: { avatar?: boolean }) {
  const { me } = useSignedIn();
  const identity = identityOf(me);
  return (
    <>
      <span className="whoami">
        {avatar && <Avatar name={identity.name} color={identity.color} self />}
        <span>
          <span className="sr-only">Aangemeld als </span>
          {me.name}
        </span>
      </span>
      <ChangePasswordLink />
    </>
  );
}
