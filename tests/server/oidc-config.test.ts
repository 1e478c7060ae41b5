/** The OpenID Connect settings from the environment: one provider, several, and the errors that name the setting without its secret. */
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../server/config.ts';

const ONE = {
  KOERS_PUBLIC_URL: 'https://koers.dronten.nl',
  KOERS_OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
  KOERS_OIDC_CLIENT_ID: 'koers-client',
  KOERS_OIDC_CLIENT_SECRET: 'zeer-geheim-123',
};

describe('OpenID Connect configuration', () => {
  it('has no provider and password sign-in by default', () => {
    expect(configFromEnv({})).toMatchObject({ oidcProviders: [], localLogin: true });
  });

  it('reads one provider with its defaults', () => {
    expect(configFromEnv({ ...ONE, KOERS_OIDC_NAME: 'Gemeente Dronten', KOERS_OIDC_TRUST_EMAIL: 'true' }).oidcProviders).toEqual([
      {
        id: 'oidc',
        name: 'Gemeente Dronten',
        issuer: ONE.KOERS_OIDC_ISSUER,
        clientId: 'koers-client',
        clientSecret: 'zeer-geheim-123',
        groupsClaim: 'groups',
        trustEmail: true,
        scopes: 'openid email profile',
      },
    ]);
    expect(configFromEnv(ONE).oidcProviders[0]).toMatchObject({ name: 'je organisatie', trustEmail: false });
  });

  it('reads several providers from KOERS_OIDC_PROVIDERS', () => {
    const providers = JSON.stringify([
      { id: 'entra', name: 'Gemeente Dronten', issuer: 'https://login.microsoftonline.com/t/v2.0', clientId: 'a', clientSecret: 'b', trustEmail: true },
      { id: 'ggd', name: 'GGD', issuer: 'https://sso.ggd.nl/realms/m', clientId: 'c', clientSecret: 'd', groupsClaim: 'roles' },
    ]);
    const config = configFromEnv({ KOERS_PUBLIC_URL: 'https://koers.dronten.nl', KOERS_OIDC_PROVIDERS: providers, KOERS_LOCAL_LOGIN: 'false' });
    expect(config.localLogin).toBe(false);
    expect(config.oidcProviders.map((p) => [p.id, p.groupsClaim, p.trustEmail])).toEqual([
      ['entra', 'groups', true],
      ['ggd', 'roles', false],
    ]);
  });

  it('refuses what cannot work, naming the setting but never the secret', () => {
    const refusals: [Record<string, string>, RegExp][] = [
      [{ ...ONE, KOERS_PUBLIC_URL: '' }, /needs KOERS_PUBLIC_URL/],
      [{ ...ONE, KOERS_OIDC_CLIENT_ID: '' }, /KOERS_OIDC_CLIENT_ID is missing/],
      [{ ...ONE, KOERS_OIDC_CLIENT_SECRET: '' }, /KOERS_OIDC_CLIENT_SECRET is missing/],
      [{ ...ONE, KOERS_OIDC_ISSUER: 'http://idp.gemeente.nl' }, /KOERS_OIDC_ISSUER: .* must start with https:\/\//],
      [{ ...ONE, KOERS_OIDC_SCOPES: 'email' }, /must include "openid"/],
      [{ ...ONE, KOERS_OIDC_TRUST_EMAIL: 'misschien' }, /KOERS_OIDC_TRUST_EMAIL must be true or false/],
      [{ KOERS_LOCAL_LOGIN: 'false' }, /KOERS_LOCAL_LOGIN=false needs an OpenID Connect provider/],
      [{ ...ONE, KOERS_OIDC_PROVIDERS: '{"id":"x"}' }, /KOERS_OIDC_PROVIDERS must be a JSON array/],
      [{ ...ONE, KOERS_OIDC_PROVIDERS: JSON.stringify([{ id: 'oidc', issuer: 'https://a.nl', clientId: 'x', clientSecret: 'y' }]) }, /"oidc" is used twice/],
      [{ ...ONE, KOERS_OIDC_PROVIDERS: JSON.stringify([{ id: 'Met Spatie', issuer: 'https://a.nl', clientId: 'x', clientSecret: 'y' }]) }, /KOERS_OIDC_PROVIDERS\[0\]\.id/],
    ];
    for (const [env, message] of refusals) {
      let error: unknown;
      try {
        configFromEnv(env);
      } catch (caught) {
        error = caught;
      }
      expect(error, JSON.stringify(env)).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('zeer-geheim-123');
    }
  });

  it('accepts an http issuer only on this machine', () => {
    expect(configFromEnv({ ...ONE, KOERS_OIDC_ISSUER: 'http://127.0.0.1:9000' }).oidcProviders[0]!.issuer).toBe('http://127.0.0.1:9000');
    expect(configFromEnv({ ...ONE, KOERS_OIDC_ISSUER: 'http://localhost:9000/realms/x' }).oidcProviders).toHaveLength(1);
  });
});
