/**
 * The OpenID Connect providers Koers offers on its sign-in page, read from the environment:
 *
 *   KOERS_OIDC_ISSUER, KOERS_OIDC_CLIENT_ID, KOERS_OIDC_CLIENT_SECRET   one provider (id "oidc")
 *   KOERS_OIDC_NAME           the organisation's name on the button ("Inloggen met <naam>")
 *   KOERS_OIDC_GROUPS_CLAIM   the ID token claim with the user's groups (default "groups")
 *   KOERS_OIDC_TRUST_EMAIL    true: the provider's e-mail address may link to an existing account
 *                             even without email_verified (a single-tenant Entra ID)
 *   KOERS_OIDC_SCOPES         scopes asked for (default "openid email profile")
 *   KOERS_OIDC_PROVIDERS      a JSON array of { id, name, issuer, clientId, clientSecret,
 *                             groupsClaim?, trustEmail?, scopes? }: several providers
 *
 * Errors name the variable and never repeat a secret.
 */

export interface OidcProviderConfig {
  /** Short and stable: in the start link and the group mappings. */
  id: string;
  /** The organisation, for "Inloggen met <name>". */
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  groupsClaim: string;
  trustEmail: boolean;
  scopes: string;
}

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const DEFAULT_NAME = 'je organisatie';
const DEFAULT_SCOPES = 'openid email profile';

export function oidcProvidersFrom(env: NodeJS.ProcessEnv): OidcProviderConfig[] {
  const providers: OidcProviderConfig[] = [];
  if (env.KOERS_OIDC_ISSUER || env.KOERS_OIDC_CLIENT_ID || env.KOERS_OIDC_CLIENT_SECRET) {
    providers.push(
      checkProvider(
        {
          id: 'oidc',
          name: env.KOERS_OIDC_NAME,
          issuer: env.KOERS_OIDC_ISSUER,
          clientId: env.KOERS_OIDC_CLIENT_ID,
          clientSecret: env.KOERS_OIDC_CLIENT_SECRET,
          groupsClaim: env.KOERS_OIDC_GROUPS_CLAIM,
          trustEmail: env.KOERS_OIDC_TRUST_EMAIL,
          scopes: env.KOERS_OIDC_SCOPES,
        },
        (field) => `KOERS_OIDC_${field.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`,
      ),
    );
  }
  if (env.KOERS_OIDC_PROVIDERS) {
    let list: unknown;
    try {
      list = JSON.parse(env.KOERS_OIDC_PROVIDERS);
    } catch {
      throw new Error('KOERS_OIDC_PROVIDERS must be a JSON array such as [{"id":"entra","name":"Gemeente Dronten","issuer":"https://...","clientId":"...","clientSecret":"..."}]');
    }
    if (!Array.isArray(list)) throw new Error('KOERS_OIDC_PROVIDERS must be a JSON array of providers');
    list.forEach((item, i) => {
      const raw = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      providers.push(checkProvider(raw, (field) => `KOERS_OIDC_PROVIDERS[${i}].${field}`));
    });
  }
  const ids = new Set<string>();
  for (const provider of providers) {
    if (ids.has(provider.id)) throw new Error(`OpenID Connect provider id "${provider.id}" is used twice`);
    ids.add(provider.id);
  }
  return providers;
}

/** One provider's settings, checked; `name(field)` names the setting in an error. */
function checkProvider(raw: Record<string, unknown>, name: (field: string) => string): OidcProviderConfig {
  const text = (field: string, required: boolean): string | undefined => {
    const value = raw[field];
    if (value === undefined || value === null || value === '') {
      if (required) throw new Error(`${name(field)} is missing`);
      return undefined;
    }
    if (typeof value !== 'string') throw new Error(`${name(field)} must be text`);
    return value.trim();
  };
  const id = text('id', true)!;
  if (!ID.test(id)) throw new Error(`${name('id')}: "${id}" must be lower-case letters, digits and hyphens (at most 40)`);
  const issuer = issuerFrom(text('issuer', true)!, name('issuer'));
  const trust = raw.trustEmail;
  const trustEmail = trust === undefined || trust === '' ? false : trust === true || (typeof trust === 'string' && /^(1|true|yes|ja)$/i.test(trust));
  if (typeof trust === 'string' && trust !== '' && !trustEmail && !/^(0|false|no|nee)$/i.test(trust)) throw new Error(`${name('trustEmail')} must be true or false`);
  const scopes = text('scopes', false) ?? DEFAULT_SCOPES;
  if (!scopes.split(/\s+/).includes('openid')) throw new Error(`${name('scopes')} must include "openid"`);
  return {
    id,
    name: (text('name', false) ?? DEFAULT_NAME).slice(0, 80),
    issuer,
    clientId: text('clientId', true)!,
    clientSecret: text('clientSecret', true)!,
    groupsClaim: text('groupsClaim', false) ?? 'groups',
    trustEmail,
    scopes,
  };
}

/** An https address; http only on this machine's loopback (a test or a local provider). */
function issuerFrom(raw: string, setting: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${setting}: "${raw}" is not an address such as https://login.microsoftonline.com/<tenant>/v2.0`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new Error(`${setting}: "${raw}" must start with https:// (http:// only for 127.0.0.1 or localhost)`);
  }
  if (url.search || url.hash || url.username || url.password) throw new Error(`${setting}: "${raw}" must be a plain address, without ?, # or a user name`);
  return raw;
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
