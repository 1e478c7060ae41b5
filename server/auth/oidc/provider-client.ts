/**
 * One OpenID Connect provider as openid-client sees it. Everything that touches the protocol is
 * openid-client's: discovery (the issuer in the metadata must be the configured one), PKCE (S256),
 * state and nonce, the code exchange with the client secret, and the ID token checks: issuer,
 * audience, expiry, nonce, and the signature against the provider's JWKS
 * (`enableNonRepudiationChecks`: without it openid-client trusts a token from the token endpoint on
 * TLS alone). The JWKS is cached by openid-client and fetched again when a token names a key it
 * does not hold (after a minute) and every five minutes, so a rotated key is picked up by itself.
 *
 * The discovered metadata is kept for an hour; a failed discovery is not kept, so the next
 * sign-in tries again. Failures are sorted into what the person is told (`SignInFailure`) with a
 * detail for the log that holds no secret.
 */
import * as client from 'openid-client';
import type { SignInFailure } from '../../../shared/auth/sign-in-failures.ts';
import type { OidcProviderConfig } from './provider-config.ts';
import { isLoopback } from './provider-config.ts';

/** Seconds openid-client waits for any one request to the provider. */
const REQUEST_TIMEOUT_S = 10;
const METADATA_LIFETIME_MS = 60 * 60 * 1000;

/** A sign-in that cannot go on: what the person is told, and what the log says (no secrets). */
export class OidcFailure extends Error {
  constructor(
    readonly reason: SignInFailure,
    readonly detail: Record<string, unknown>,
  ) {
    super(`OpenID Connect sign-in failed: ${reason}`);
  }
}

interface AuthorizationStart {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

interface VerifiedSignIn {
  claims: Record<string, unknown>;
  idToken: string;
}

export interface ProviderClient {
  readonly config: OidcProviderConfig;
  /** The provider's authorization URL with fresh state, nonce and PKCE challenge. */
  start(redirectUri: string): Promise<AuthorizationStart>;
  /** Checks the callback against what `start` made and exchanges the code; the ID token's claims. */
  finish(callbackUrl: URL, expected: { state: string; nonce: string; codeVerifier: string }): Promise<VerifiedSignIn>;
  /** The provider's end-session URL for RP-initiated logout, or null when it has none; throws OidcFailure when it cannot be reached. */
  endSessionUrl(idToken: string, postLogoutRedirectUri: string): Promise<URL | null>;
}

export function providerClient(config: OidcProviderConfig, now: () => number = Date.now): ProviderClient {
  let discovered: { configuration: client.Configuration; at: number } | null = null;
  let discovering: Promise<client.Configuration> | null = null;
  const insecure = new URL(config.issuer).protocol === 'http:' && isLoopback(new URL(config.issuer).hostname);

  const configuration = (): Promise<client.Configuration> => {
    if (discovered && now() - discovered.at < METADATA_LIFETIME_MS) return Promise.resolve(discovered.configuration);
    discovering ??= client
      .discovery(new URL(config.issuer), config.clientId, undefined, client.ClientSecretBasic(config.clientSecret), {
        // http is allowed only for a provider on this machine's loopback (provider-config.ts).
        execute: [...(insecure ? [client.allowInsecureRequests] : []), client.enableNonRepudiationChecks],
        timeout: REQUEST_TIMEOUT_S,
      })
      .then(
        (found) => {
          discovered = { configuration: found, at: now() };
          return found;
        },
        (error: unknown) => {
          throw classify(error, 'discovery');
        },
      )
      .finally(() => {
        discovering = null;
      });
    return discovering;
  };

  return {
    config,

    async start(redirectUri) {
      const found = await configuration();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(found, {
        redirect_uri: redirectUri,
        scope: config.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url, state, nonce, codeVerifier };
    },

    async finish(callbackUrl, expected) {
      const found = await configuration();
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        tokens = await client.authorizationCodeGrant(found, callbackUrl, {
          pkceCodeVerifier: expected.codeVerifier,
          expectedState: expected.state,
          expectedNonce: expected.nonce,
          idTokenExpected: true,
        });
      } catch (error) {
        throw classify(error, 'callback');
      }
      const claims = tokens.claims();
      if (!claims || !tokens.id_token) throw new OidcFailure('mislukt', { step: 'callback', problem: 'no ID token in the token response' });
      return { claims: { ...claims }, idToken: tokens.id_token };
    },

    async endSessionUrl(idToken, postLogoutRedirectUri) {
      const found = await configuration();
      if (!found.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(found, { id_token_hint: idToken, post_logout_redirect_uri: postLogoutRedirectUri });
    },
  };
}

const REFUSALS = new Set(['access_denied', 'login_required', 'interaction_required', 'consent_required', 'account_selection_required']);
const PROVIDER_TROUBLE = new Set(['server_error', 'temporarily_unavailable']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);
const CHECK_CODES = new Set([
  'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
  'OAUTH_JWT_TIMESTAMP_CHECK_FAILED',
  'OAUTH_KEY_SELECTION_FAILED',
  'OAUTH_INVALID_RESPONSE',
  'OAUTH_PARSE_ERROR',
]);

/** Sorts an openid-client error into what the person is told, with a log detail free of tokens and secrets. */
function classify(error: unknown, step: 'discovery' | 'callback'): OidcFailure {
  if (error instanceof OidcFailure) return error;
  const detail: Record<string, unknown> = { step, ...describe(error) };
  if (unreachable(error)) return new OidcFailure('onbereikbaar', detail);
  if (error instanceof client.AuthorizationResponseError) {
    if (REFUSALS.has(error.error)) return new OidcFailure('geweigerd', detail);
    return new OidcFailure(PROVIDER_TROUBLE.has(error.error) ? 'onbereikbaar' : 'instellingen', detail);
  }
  if (error instanceof client.WWWAuthenticateChallengeError) {
    // A 401 with a challenge at the token endpoint: the client id or secret is not accepted.
    const challenge = error.cause[0]?.parameters;
    return new OidcFailure(error.status >= 500 ? 'onbereikbaar' : 'instellingen', { ...detail, providerError: challenge?.error, status: error.status });
  }
  if (error instanceof client.ResponseBodyError) {
    if (error.status >= 500 || PROVIDER_TROUBLE.has(error.error)) return new OidcFailure('onbereikbaar', detail);
    if (error.error === 'invalid_grant') return new OidcFailure('verlopen', detail);
    return new OidcFailure('instellingen', detail);
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'OAUTH_RESPONSE_IS_NOT_CONFORM') {
    const status = (error as { cause?: { status?: unknown } }).cause?.status;
    return new OidcFailure(typeof status === 'number' && status >= 500 ? 'onbereikbaar' : 'instellingen', { ...detail, status });
  }
  if (step === 'callback' && typeof code === 'string' && CHECK_CODES.has(code)) return new OidcFailure('mislukt', detail);
  return new OidcFailure(step === 'discovery' ? 'instellingen' : 'mislukt', detail);
}

function unreachable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, name, message } = e as { code?: unknown; name?: unknown; message?: unknown };
    if (code === 'OAUTH_TIMEOUT' || code === 'OAUTH_ABORT' || (typeof code === 'string' && NETWORK_CODES.has(code))) return true;
    if (name === 'TimeoutError' || name === 'AbortError') return true;
    if (e instanceof TypeError && message === 'fetch failed') return true;
  }
  return false;
}

/**
 * What the log may say about an error: names, codes, the provider's error and description, the
 * claim that failed a check. Never a token, code, secret or a whole response body.
 */
function describe(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  const out: Record<string, unknown> = { errorName: error.name, errorMessage: error.message };
  const rec = error as unknown as Record<string, unknown>;
  if (typeof rec.code === 'string') out.errorCode = rec.code;
  if (typeof rec.error === 'string') out.providerError = rec.error;
  if (typeof rec.error_description === 'string') out.providerErrorDescription = rec.error_description.slice(0, 300);
  if (typeof rec.status === 'number') out.status = rec.status;
  const cause = rec.cause as Record<string, unknown> | undefined;
  if (cause && typeof cause === 'object') {
    if (cause instanceof Error) {
      out.causeName = cause.name;
      out.causeMessage = cause.message;
      const inner = cause as unknown as Record<string, unknown>;
      if (typeof inner.code === 'string') out.causeCode = inner.code;
      const innerCause = inner.cause as Record<string, unknown> | undefined;
      if (innerCause && typeof innerCause === 'object' && typeof innerCause.claim === 'string') out.claim = innerCause.claim;
      if (innerCause && typeof innerCause.code === 'string') out.causeCode = innerCause.code;
    }
    if (typeof cause.claim === 'string') out.claim = cause.claim;
    if (typeof cause.attribute === 'string') out.attribute = cause.attribute;
    if (typeof cause.expected === 'string' && (cause.claim === 'iss' || cause.claim === 'aud' || cause.attribute === 'issuer')) out.expected = cause.expected;
  }
  return out;
}
