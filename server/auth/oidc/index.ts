/**
 * Sign-in at the organisation's identity provider (OpenID Connect, authorization code flow with
 * PKCE), beside the local accounts. The routes (server/http/oidc-routes.ts) call `start` and
 * `callback`; what comes out is the same user session and cookie as a password sign-in, so
 * nothing outside server/auth/ changes.
 *
 * Who someone is: the provider's issuer + subject (`oidc_identities`). On the first sign-in the
 * account is found by e-mail address only when the provider vouches for the address
 * (`email_verified: true`, or the provider is configured with trustEmail); otherwise a new
 * account is made, without rights ("wacht op rechten" on the Gebruikers page) and without a
 * password. Each sign-in brings the grants from the provider's groups in line with the
 * mappings a beheerder keeps (`oidc_group_roles`); grants given by hand stay.
 *
 * Someone blocked at the provider never gets back to Koers with a code, so they cannot start a
 * session; sessions they already had end at their expiry (12 hours). Someone blocked in Koers
 * is refused here too.
 */
import type { SignedInUser } from '../../../shared/auth/me.ts';
import { ALL_PROGRAMMES, type RoleGrant } from '../../../shared/auth/roles.ts';
import type { SignInFailure } from '../../../shared/auth/sign-in-failures.ts';
import type { Logger } from '../../log.ts';
import type { Auth } from '../create-auth.ts';
import type { OidcSessionInfo } from '../session-store.ts';
import type { OidcStore } from './oidc-store.ts';
import { inMemory, PendingLogins, type PendingLoginStore } from './pending-logins.ts';
import { OidcFailure, providerClient, type ProviderClient } from './provider-client.ts';
import type { OidcProviderConfig } from './provider-config.ts';

export interface OidcDeps {
  /** Identities and group -> role mappings, on the accounts' database (SQLite or PostgreSQL, server/storage.ts). */
  store: OidcStore;
  auth: Auth;
  providers: readonly OidcProviderConfig[];
  /** KOERS_PUBLIC_URL: the redirect URL registered at each provider is built on it. */
  publicUrl: string | undefined;
  log: Logger;
  now?: () => number;
  /** Where started sign-ins wait for their callback; default this process's memory (one process). */
  pending?: PendingLoginStore;
}

export interface OidcModule {
  /** The providers for the sign-in page: id and the organisation's name. */
  readonly providers: readonly { id: string; name: string; groupsClaim: string }[];
  readonly store: OidcStore;
  /** `${KOERS_PUBLIC_URL}/api/auth/oidc/callback`. */
  readonly redirectUri: string;
  /** Where the browser goes after Koers is done: `${KOERS_PUBLIC_URL}/` plus a client route. */
  appUrl(route: string): string;
  /**
   * Starts a sign-in: the provider's URL to send the browser to and the binding value for its
   * cookie (an existing one is reused, so two tabs can sign in at once).
   */
  start(providerId: string, returnTo: string, binding: string | undefined): Promise<{ url: string; binding: string }>;
  /** Finishes a sign-in from the callback's query; throws OidcFailure. */
  callback(query: URLSearchParams, binding: string | undefined): Promise<{ user: SignedInUser; returnTo: string; session: OidcSessionInfo }>;
  /** The provider's logout URL for a session started there (RP-initiated logout), or null. */
  endSessionUrl(session: OidcSessionInfo): Promise<string | null>;
}

const END_SESSION_WAIT_MS = 3_000;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;
/** Client routes a sign-in may return to: the hash of the page that was asked for. */
const RETURN_TO = /^#\/[A-Za-z0-9\-._~%/]{0,300}$/;

function safeReturnTo(raw: string | undefined): string {
  return raw && RETURN_TO.test(raw) ? raw : '#/';
}

export function createOidc({ store, auth, providers, publicUrl, log, now = () => Date.now(), pending: shared }: OidcDeps): OidcModule {
  if (providers.length > 0 && !publicUrl) throw new Error('OpenID Connect needs KOERS_PUBLIC_URL (the redirect URL is built on it)');
  const base = publicUrl ?? '';
  const redirectUri = `${base}/api/auth/oidc/callback`;
  const clients = new Map<string, ProviderClient>(providers.map((p) => [p.id, providerClient(p, now)]));
  const pending = shared ?? inMemory(new PendingLogins(now));

  const accountFor = (provider: OidcProviderConfig, claims: Record<string, unknown>): SignedInUser => {
    const issuer = String(claims.iss);
    const subject = String(claims.sub);
    return store.transaction((): SignedInUser => {
      let userId = store.userOf(issuer, subject);
      if (!userId) {
        userId = firstSignIn(provider, claims);
        store.link({ issuer, subject, provider: provider.id, userId });
      } else {
        store.signedIn(issuer, subject);
      }
      const user = auth.accounts.user(userId);
      if (!user) throw new OidcFailure('mislukt', { problem: 'linked account no longer exists', userId });
      if (!auth.accounts.activeUser(userId)) throw new OidcFailure('uitgeschakeld', { problem: 'account deactivated in Koers', userId });
      syncGroups(provider, userId, claims);
      return auth.accounts.user(userId)!;
    });
  };

  /** The account of a first sign-in: linked by a vouched-for e-mail address, or new and without rights. */
  const firstSignIn = (provider: OidcProviderConfig, claims: Record<string, unknown>): string => {
    const fromEmail = typeof claims.email === 'string' && EMAIL.test(claims.email.trim()) ? claims.email.trim() : undefined;
    const fromUsername = typeof claims.preferred_username === 'string' && EMAIL.test(claims.preferred_username.trim()) ? claims.preferred_username.trim() : undefined;
    const email = fromEmail ?? fromUsername;
    if (!email || email.length > 254) throw new OidcFailure('geen-email', { problem: 'no e-mail address in the ID token', claimsPresent: Object.keys(claims) });
    const existing = auth.accounts.credentialsOf(email);
    if (existing) {
      const vouched = provider.trustEmail || (fromEmail !== undefined && claims.email_verified === true);
      if (!vouched) throw new OidcFailure('email-bezet', { problem: 'an account has this e-mail address and the provider does not vouch for it', userId: existing.user.id });
      log.info('OpenID Connect identity linked to an existing account', { provider: provider.id, userId: existing.user.id });
      return existing.user.id;
    }
    const user = auth.accounts.createUser({ email, name: nameOf(claims, email), passwordHash: '', grants: [], mustChangePassword: false });
    log.info('account created at the first OpenID Connect sign-in (waiting for rights)', { provider: provider.id, userId: user.id });
    return user.id;
  };

  const syncGroups = (provider: OidcProviderConfig, userId: string, claims: Record<string, unknown>): void => {
    const names = claims._claim_names as Record<string, unknown> | undefined;
    if (claims[provider.groupsClaim] === undefined && names && typeof names === 'object' && provider.groupsClaim in names) {
      // Entra ID sends a pointer instead of the groups when someone is in very many: leave the grants as they are.
      log.warn('groups claim too large: the provider sent a reference instead; group roles left unchanged', { provider: provider.id, userId });
      return;
    }
    const groups = groupsOf(claims[provider.groupsClaim]);
    const mapped = store.grantsFor(provider.id, groups);
    const lastAdmin = (grant: RoleGrant) =>
      grant.scope === ALL_PROGRAMMES && grant.role === 'beheerder' && auth.accounts.adminsOfAll().every((id) => id === userId);
    if (auth.accounts.syncGroupGrants(userId, mapped, lastAdmin)) {
      log.info('grants from groups changed', { provider: provider.id, userId, groups: groups.length, grants: mapped });
    }
  };

  return {
    providers: providers.map((p) => ({ id: p.id, name: p.name, groupsClaim: p.groupsClaim })),
    store,
    redirectUri,
    appUrl: (route) => `${base}/${route}`,

    async start(providerId, returnTo, binding) {
      const found = clients.get(providerId);
      if (!found) throw new OidcFailure('instellingen', { problem: 'unknown provider in the start link', provider: providerId.slice(0, 40) });
      const started = await found.start(redirectUri);
      const kept = await pending.add(
        started.state,
        { provider: providerId, nonce: started.nonce, codeVerifier: started.codeVerifier, redirectUri, returnTo: safeReturnTo(returnTo) },
        binding,
      );
      return { url: started.url.href, binding: kept };
    },

    async callback(query, binding) {
      const state = query.get('state');
      if (!state) throw new OidcFailure('verlopen', { problem: 'callback without state' });
      const taken = await pending.take(state, binding);
      if (!taken.ok) throw new OidcFailure('verlopen', { problem: `state refused: ${taken.why}` });
      const { login } = taken;
      const found = clients.get(login.provider)!;
      // The URL the provider sent the browser to, as registered: behind a proxy the request's own URL is an internal one.
      const callbackUrl = new URL(login.redirectUri);
      for (const [key, value] of query) callbackUrl.searchParams.append(key, value);
      const verified = await found.finish(callbackUrl, { state, nonce: login.nonce, codeVerifier: login.codeVerifier });
      const user = accountFor(found.config, verified.claims);
      return { user, returnTo: login.returnTo, session: { provider: login.provider, idToken: verified.idToken } };
    },

    async endSessionUrl(session) {
      const found = clients.get(session.provider);
      if (!found) return null;
      let timer: NodeJS.Timeout | undefined;
      // Signing out must not hang on a provider that is down: after a few seconds Koers alone signs out.
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new OidcFailure('onbereikbaar', { problem: 'metadata took too long' })), END_SESSION_WAIT_MS);
      });
      try {
        return (await Promise.race([found.endSessionUrl(session.idToken, `${base}/`), late]))?.href ?? null;
      } catch (error) {
        log.warn('RP-initiated logout skipped: provider metadata unavailable', { provider: session.provider, ...failureOf(error) });
        return null;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function groupsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  return value.filter((g): g is string => typeof g === 'string').slice(0, 1000);
}

function nameOf(claims: Record<string, unknown>, email: string): string {
  const parts = [claims.given_name, claims.family_name].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  const name = typeof claims.name === 'string' && claims.name.trim() !== '' ? claims.name.trim() : parts.join(' ').trim();
  return (name || email).slice(0, 200);
}

/** For the log: the reason and detail of an OidcFailure, or of anything else that went wrong. */
export function failureOf(error: unknown): { reason: SignInFailure; detail: Record<string, unknown> } {
  if (error instanceof OidcFailure) return { reason: error.reason, detail: error.detail };
  return { reason: 'mislukt', detail: { errorName: (error as Error)?.name, errorMessage: (error as Error)?.message } };
}
