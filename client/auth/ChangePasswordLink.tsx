/** Wachtwoord wijzigen, beside the signed-in name: the account's own page, from every top bar. */
import { passwordHref } from '../app/route.ts';
import { useSignedIn } from './auth-context.ts';

export function ChangePasswordLink() {
  const { me } = useSignedIn();
  // Marked on the page itself, so a screen reader hears that the link leads nowhere new.
  const here = window.location.hash === passwordHref;
  // An account that signs in at its organisation has no password in Koers.
  if (me.passwordless) return null;
  return (
    <a className="button small" href={passwordHref} aria-current={here ? 'page' : undefined}>
      Wachtwoord wijzigen
    </a>
  );
}
