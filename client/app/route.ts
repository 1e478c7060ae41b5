/**
 * Hash routing without a router library:
 *   #/                                           the overview
 *   #/programma/<id>                             a programme, the current version
 *   #/programma/<id>/versies                     its versions (timeline)
 *   #/programma/<id>/versies/<versie>            one frozen version, read-only
 *   #/programma/<id>/verschillen/<van>/<naar>    differences; <naar> may be "huidig"
 *   #/programma/<id>/werkateliers                its werkateliers
 *   #/programma/<id>/voortgang                   its progress dashboard
 *   #/begroting/<id>                             a budget plan
 *   #/werkatelier/<wid>                          one werkatelier (the facilitator's controls, or a participant's phone)
 *   #/werkatelier/<wid>/scherm                   its audience screen, for the projector
 *   #/doe-mee[/<code>]                           joining a werkatelier, without an account (code typed in when absent)
 *   #/beheer/gebruikers                          accounts and roles
 *   #/beheer/groepen                             groups at the organisation's provider -> roles
 *   #/aanmelden/<reden>                          a sign-in at the organisation that did not work
 *   #/account/wachtwoord                         changing one's own password
 *   #/inrichten/<token>                          creating the first beheerder
 */
import { useEffect, useState } from 'react';

/** What the programme page shows; the live session stays open across these. */
export type ProgrammeView =
  | { kind: 'live' }
  | { kind: 'versions' }
  | { kind: 'version'; versionId: string }
  | { kind: 'diff'; from: string; to: string }
  | { kind: 'workshops' }
  | { kind: 'progress' };

export type Route =
  | { name: 'overview' }
  | { name: 'programme'; id: string; view: ProgrammeView }
  | { name: 'budget'; id: string }
  | { name: 'workshop'; workshopId: string }
  | { name: 'workshop-screen'; workshopId: string }
  | { name: 'join'; code: string }
  | { name: 'users' }
  | { name: 'group-roles' }
  | { name: 'sign-in-failed'; reason: string }
  | { name: 'password' }
  | { name: 'setup'; token: string }
  | { name: 'unknown'; hash: string };

/** The live state in a differences link. */
export const CURRENT_IN_ROUTE = 'huidig';

const SCREEN_IN_ROUTE = 'scherm';

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'overview' };
  let parts: string[];
  try {
    parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { name: 'unknown', hash };
  }
  if (!path.startsWith('/') || /[?#]/.test(path)) return { name: 'unknown', hash };
  const [head, first, ...rest] = parts;
  if (head === 'programma' && first) {
    const view = viewOf(rest);
    return view ? { name: 'programme', id: first, view } : { name: 'unknown', hash };
  }
  if (head === 'begroting' && first && rest.length === 0) return { name: 'budget', id: first };
  if (head === 'werkatelier' && first && rest.length === 0) return { name: 'workshop', workshopId: first };
  if (head === 'werkatelier' && first && rest.length === 1 && rest[0] === SCREEN_IN_ROUTE) return { name: 'workshop-screen', workshopId: first };
  // Someone who typed only the address, or followed a link without a code, types the code in.
  if (head === 'doe-mee' && rest.length === 0) return { name: 'join', code: first ?? '' };
  if (head === 'inrichten' && first && rest.length === 0) return { name: 'setup', token: first };
  if (head === 'beheer' && first === 'gebruikers' && rest.length === 0) return { name: 'users' };
  if (head === 'beheer' && first === 'groepen' && rest.length === 0) return { name: 'group-roles' };
  if (head === 'aanmelden' && first && rest.length === 0) return { name: 'sign-in-failed', reason: first };
  if (head === 'account' && first === 'wachtwoord' && rest.length === 0) return { name: 'password' };
  return { name: 'unknown', hash };
}

function viewOf(parts: string[]): ProgrammeView | null {
  if (parts.length === 0) return { kind: 'live' };
  if (parts[0] === 'versies' && parts.length === 1) return { kind: 'versions' };
  if (parts[0] === 'versies' && parts.length === 2) return { kind: 'version', versionId: parts[1]! };
  if (parts[0] === 'verschillen' && parts.length === 3) return { kind: 'diff', from: parts[1]!, to: parts[2]! };
  if (parts[0] === 'werkateliers' && parts.length === 1) return { kind: 'workshops' };
  if (parts[0] === 'voortgang' && parts.length === 1) return { kind: 'progress' };
  return null;
}

export function programmeHref(id: string, view: ProgrammeView = { kind: 'live' }): string {
  const base = `#/programma/${encodeURIComponent(id)}`;
  switch (view.kind) {
    case 'live':
      return base;
    case 'versions':
      return `${base}/versies`;
    case 'version':
      return `${base}/versies/${encodeURIComponent(view.versionId)}`;
    case 'diff':
      return `${base}/verschillen/${encodeURIComponent(view.from)}/${encodeURIComponent(view.to)}`;
    case 'workshops':
      return `${base}/werkateliers`;
    case 'progress':
      return `${base}/voortgang`;
  }
}

export function budgetHref(id: string): string {
  return `#/begroting/${encodeURIComponent(id)}`;
}

export function workshopHref(workshopId: string): string {
  return `#/werkatelier/${encodeURIComponent(workshopId)}`;
}

export function workshopScreenHref(workshopId: string): string {
  return `${workshopHref(workshopId)}/${SCREEN_IN_ROUTE}`;
}

export const overviewHref = '#/';
export const usersHref = '#/beheer/gebruikers';
export const groupRolesHref = '#/beheer/groepen';
export const passwordHref = '#/account/wachtwoord';

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
