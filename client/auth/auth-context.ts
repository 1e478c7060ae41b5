/** The signed-in user and the session actions, for screens deep in the tree (top bars, banners). */
import { createContext, useContext } from 'react';
import type { SignedInUser } from '../../shared/auth/me.ts';

interface AuthActions {
  signOut(): Promise<void>;
  refresh(): Promise<void>;
  expired(): void;
}

export interface SignedInContext extends AuthActions {
  me: SignedInUser;
}

export const AuthContext = createContext<SignedInContext | null>(null);

export function useSignedIn(): SignedInContext {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useSignedIn buiten een aangemelde sessie');
  return value;
}
