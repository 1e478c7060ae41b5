/**
 * The first beheerder. With KOERS_ADMIN_EMAIL and KOERS_ADMIN_PASSWORD it is created
 * unattended; otherwise a one-time setup token (memory only) lets the first visitor with the
 * link create it, and nobody else once any account exists.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { SignedInUser } from '../../shared/auth/me.ts';
import { ALL_PROGRAMMES } from '../../shared/auth/roles.ts';
import type { ServerConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import { EmailTaken } from './account-store.ts';
import type { Auth } from './create-auth.ts';
import { checkNewAccount, type NewAccount } from './user-input.ts';

export interface SetupGate {
  /** The token for the setup link, or null when no setup is needed. */
  readonly token: string | null;
  needed(): boolean;
  /** Creates the first beheerder when the token is right and no account exists; else null. */
  complete(token: string, account: NewAccount): Promise<SignedInUser | null>;
}

export async function prepareFirstAdmin(
  auth: Auth,
  config: Pick<ServerConfig, 'adminEmail' | 'adminPassword' | 'adminName'>,
  log: Logger,
): Promise<SetupGate> {
  if (config.adminEmail && config.adminPassword && auth.accounts.countUsers() === 0) {
    const checked = checkNewAccount({ email: config.adminEmail, name: config.adminName || 'Beheerder', password: config.adminPassword });
    if (!checked.ok) throw new Error(`KOERS_ADMIN_${checked.field === 'name' ? 'NAME' : checked.field === 'email' ? 'EMAIL' : 'PASSWORD'}: ${checked.error}`);
    try {
      const user = await auth.createUser({
        ...checked.value,
        grants: [{ scope: ALL_PROGRAMMES, role: 'beheerder' }],
      });
      log.info('beheerder created from the environment', { userId: user.id });
    } catch (error) {
      // Several processes on one database starting at once: one of them created it first.
      if (!(error instanceof EmailTaken)) throw error;
      log.info('beheerder from the environment was created by another process', { email: checked.value.email });
    }
  }
  let token: string | null = auth.accounts.countUsers() === 0 ? randomBytes(24).toString('base64url') : null;

  return {
    get token() {
      return token;
    },
    needed: () => auth.accounts.countUsers() === 0,
    async complete(given, account) {
      if (token === null || auth.accounts.countUsers() > 0 || !sameToken(given, token)) return null;
      // Taken before the (slow) hash, so two requests with the link cannot both create a beheerder.
      const used = token;
      token = null;
      try {
        const user = await auth.createUser({ ...account, grants: [{ scope: ALL_PROGRAMMES, role: 'beheerder' }] });
        log.info('first beheerder created through the setup link', { userId: user.id });
        return user;
      } catch (error) {
        token = used;
        throw error;
      }
    },
  };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
