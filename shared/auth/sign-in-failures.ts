/**
 * Why a sign-in at the organisation's provider (OpenID Connect) did not work, as the callback
 * tells the client: it sends the browser to `#/aanmelden/<reason>`, and the sign-in page shows the
 * Dutch text. The server logs the details (without secrets) for the servicedesk; the person sees
 * what they can do about it.
 */

export const SIGN_IN_FAILURES = {
  /** The provider could not be reached (discovery, token or key requests failed or timed out). */
  onbereikbaar:
    'De inlogdienst van je organisatie is nu niet bereikbaar. Probeer het over een paar minuten opnieuw. Blijft het mislukken, meld het dan bij de servicedesk.',
  /** Koers and the provider do not fit together: wrong client id or secret, redirect URL, issuer. */
  instellingen:
    'Inloggen via je organisatie is in Koers niet goed ingesteld. Meld dit bij de servicedesk: in het logboek van Koers staat wat er misgaat.',
  /** The provider refused the person (blocked there, no access to Koers, or they cancelled). */
  geweigerd: 'Je organisatie heeft de aanmelding geweigerd. Heb je wel toegang tot Koers nodig, vraag het dan aan de servicedesk.',
  /** The Koers account is blocked by a beheerder. */
  uitgeschakeld: 'Je account in Koers is uitgeschakeld. Vraag een beheerder van Koers om het weer in te schakelen.',
  /** The state was unknown, already used, from another browser or older than allowed. */
  verlopen: 'Deze aanmelding is verlopen of al gebruikt. Begin opnieuw met inloggen.',
  /** The answer from the provider did not pass the checks (signature, issuer, audience, expiry, nonce). */
  mislukt: 'Je aanmelding kon niet worden gecontroleerd en is geweigerd. Probeer het opnieuw; lukt het weer niet, meld het dan bij de servicedesk.',
  /** The provider sent no usable e-mail address. */
  'geen-email': 'Je organisatie gaf geen e-mailadres van je door, en zonder kan Koers geen account voor je maken. Meld dit bij de servicedesk.',
  /** A local account has this e-mail address and the provider does not vouch for it. */
  'email-bezet':
    'Er bestaat al een Koers-account met jouw e-mailadres, maar je organisatie bevestigt niet dat het van jou is. Vraag een beheerder van Koers om hulp.',
} as const;

export type SignInFailure = keyof typeof SIGN_IN_FAILURES;

export function isSignInFailure(value: string): value is SignInFailure {
  return Object.hasOwn(SIGN_IN_FAILURES, value);
}

/** How the sign-in page may sign someone in: GET /api/auth/methods. */
export interface SignInMethods {
  /** False with KOERS_LOCAL_LOGIN=false: no e-mail and password form. */
  local: boolean;
  providers: { id: string; name: string }[];
}
