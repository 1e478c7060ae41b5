/** Wachtwoord wijzigen, beside the signed-in name: the account's own page, from every top bar. */
import { passwordHref } from '../app/route.ts';

export function ChangePasswordLink() {
  // Marked on the page itself, so a screen reader hears that the link leads nowhere new.
  const here = window.location.hash === passwordHref;
  return (
    <a className="button small" href={passwordHref} aria-current={here ? 'page' : undefined}>
      Wachtwoord wijzigen
    </a>
  );
}
