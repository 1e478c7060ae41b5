/**
 * A real OpenID Connect provider for the tests: `oidc-provider` from npm on 127.0.0.1, configured
 * here (one confidential client for Koers, PKCE required, RS256 keys the test knows). Its login
 * page is a plain form ("Gebruikersnaam"), so Chromium and a fetch-driven test sign in the same
 * way; a user marked disabled is refused by the provider itself (access_denied), as Entra ID or
 * Keycloak refuse a blocked account. Consent is granted silently (a first-party app). No page of
 * it loads anything from outside 127.0.0.1.
 *
 * For the attacks: `rewriteIdToken` swaps the ID token in the token endpoint's answer (a forged,
 * re-signed or tampered token reaches Koers exactly as a real one would), `signIdToken` signs
 * claims with one of the provider's keys, `rotateKeys` restarts the provider on the same address
 * with a new signing key, and `stop` takes it down.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer } from 'node:net';
import { decodeJwt, decodeProtectedHeader, importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

interface IdpUser {
  email?: string;
  name?: string;
  groups?: string[];
  emailVerified?: boolean;
  /** Blocked at the provider: its login refuses with access_denied. */
  disabled?: boolean;
}

export interface TestIdp {
  issuer: string;
  port: number;
  clientId: string;
  clientSecret: string;
  users: Map<string, IdpUser>;
  /** Called with each ID token the token endpoint is about to answer; return the one to send instead. */
  rewriteIdToken: ((idToken: string) => Promise<string> | string) | null;
  /** Signs these claims as an ID token with the provider's current key (or a retired one by kid). */
  signIdToken(claims: JWTPayload, options?: { kid?: string }): Promise<string>;
  /** The kid the provider signs with now. */
  currentKid(): string;
  /** Restarts the provider on the same address with a new signing key; the old one is gone from its JWKS (and kept for signIdToken). */
  rotateKeys(): Promise<void>;
  /** Takes the provider down (nothing listens on its port any more). */
  stop(): Promise<void>;
  /** Starts it again on the same port after stop(). */
  start(): Promise<void>;
  /** How many times Koers (or anyone) fetched the JWKS. */
  jwksFetches(): number;
}

export interface TestIdpOptions {
  /** Koers's redirect URL (`${publicUrl}/api/auth/oidc/callback`). */
  redirectUri: string;
  /** Where RP-initiated logout may return to (`${publicUrl}/`). */
  postLogoutRedirectUri: string;
  clientId?: string;
  clientSecret?: string;
  port?: number;
}

type SigningKey = JWK & { kid: string };

function newKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...(privateKey.export({ format: 'jwk' }) as JWK), kid: `sleutel-${randomUUID().slice(0, 8)}`, alg: 'RS256', use: 'sig' };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startTestIdp(options: TestIdpOptions): Promise<TestIdp> {
  const port = options.port ?? (await freePort());
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = options.clientId ?? 'koers-test';
  const clientSecret = options.clientSecret ?? 'een-geheim-van-de-test-idp-dat-lang-genoeg-is';
  const users = new Map<string, IdpUser>();
  const keys: SigningKey[] = [newKey()];
  let jwksFetches = 0;
  let server: Server | null = null;

  const build = (signing: SigningKey): Provider => {
    const configuration: Configuration = {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: [options.redirectUri],
          post_logout_redirect_uris: [options.postLogoutRedirectUri],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      jwks: { keys: [signing] },
      pkce: { required: () => true },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
      // Claims in the ID token itself, as Entra ID and Keycloak send them.
      conformIdTokenClaims: false,
      cookies: { keys: ['test-idp-cookie-key'] },
      ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
      async findAccount(_ctx, sub) {
        const user = users.get(sub);
        if (!user) return undefined;
        return {
          accountId: sub,
          claims: async () => ({
            sub,
            ...(user.email ? { email: user.email, email_verified: user.emailVerified ?? true } : {}),
            ...(user.name ? { name: user.name } : {}),
            ...(user.groups ? { groups: user.groups } : {}),
          }),
        };
      },
      // First-party: no consent screen. The grant is made on the spot.
      async loadExistingGrant(ctx: KoaContextWithOIDC) {
        const session = ctx.oidc.session!;
        const client = ctx.oidc.client!;
        const existing = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
        if (existing) return ctx.oidc.provider.Grant.find(existing);
        const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId! });
        grant.addOIDCScope('openid email profile');
        session.ensureClientContainer(client.clientId);
        session.grantIdFor(client.clientId, await grant.save());
        return grant;
      },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      features: {
        devInteractions: { enabled: false },
        rpInitiatedLogout: {
          enabled: true,
          async logoutSource(ctx, form) {
            ctx.body = page('Afmelden bij de test-IdP', `${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Ja, afmelden</button>`);
          },
          async postLogoutSuccessSource(ctx) {
            ctx.body = page('Afgemeld bij de test-IdP', '<p>Je bent afgemeld.</p>');
          },
        },
      },
      async renderError(ctx, out) {
        ctx.type = 'html';
        ctx.body = page('Fout bij de test-IdP', `<pre>${String(out.error)}: ${String(out.error_description ?? '')}</pre>`);
      },
    };
    const provider = new Provider(issuer, configuration);
    provider.use(async (ctx, next) => {
      if (ctx.path === '/jwks') jwksFetches++;
      await next();
      if (ctx.path === '/token' && ctx.status === 200 && idp.rewriteIdToken) {
        const body = ctx.body as Record<string, unknown>;
        if (typeof body.id_token === 'string') ctx.body = { ...body, id_token: await idp.rewriteIdToken(body.id_token) };
      }
    });
    return provider;
  };

  let provider = build(keys[0]!);

  const interaction = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method === 'GET') {
      const details = await provider.interactionDetails(req, res);
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(
        page(
          'Inloggen bij de test-IdP',
          `<form method="post" action="/interaction/${details.uid}"><label for="login">Gebruikersnaam</label> <input id="login" name="login" autocomplete="username"> <button type="submit">Inloggen</button></form>`,
        ),
      );
      return;
    }
    const login = (await readForm(req)).get('login') ?? '';
    const user = users.get(login);
    const result = !user || user.disabled ? { error: 'access_denied', error_description: 'Dit account mag niet inloggen.' } : { login: { accountId: login } };
    await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  };

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const srv = createServer((req, res) => {
        if (req.url?.startsWith('/interaction/')) {
          interaction(req, res).catch((error: unknown) => {
            res.statusCode = 500;
            res.end(String(error));
          });
          return;
        }
        provider.callback()(req, res);
      });
      srv.once('error', reject);
      srv.listen(port, '127.0.0.1', () => {
        server = srv;
        resolve();
      });
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      const srv = server;
      server = null;
      if (!srv) return resolve();
      srv.close(() => resolve());
      srv.closeAllConnections();
    });

  const idp: TestIdp = {
    issuer,
    port,
    clientId,
    clientSecret,
    users,
    rewriteIdToken: null,
    async signIdToken(claims, signOptions = {}) {
      const key = signOptions.kid ? keys.find((k) => k.kid === signOptions.kid) : keys.at(-1);
      if (!key) throw new Error(`no key ${signOptions.kid}`);
      return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' }).sign(await importJWK(key, 'RS256'));
    },
    currentKid: () => keys.at(-1)!.kid,
    async rotateKeys() {
      await stop();
      keys.push(newKey());
      provider = build(keys.at(-1)!);
      await listen();
    },
    stop,
    start: listen,
    jwksFetches: () => jwksFetches,
  };
  await listen();
  return idp;
}

/** The claims and header of an ID token, for building a forged one from a real one. */
export function readIdToken(idToken: string): { claims: JWTPayload; kid: string | undefined } {
  return { claims: decodeJwt(idToken), kid: decodeProtectedHeader(idToken).kid };
}
