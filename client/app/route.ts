/**
 * Hash routing without a router library:
 *   #/                                           the overview
 *   #/programma/<id>                             a programme, the current version
 *   #/programma/<id>/versies                     its versions (timeline)
 *   #/programma/<id>/versies/<versie>            one frozen version, read-only
 *   #/programma/<id>/verschillen/<van>/<naar>    differences; <naar> may be "huidig"
 */
import { useEffect, useState } from 'react';

/** What the programme page shows; the live session stays open across these. */
export type ProgrammeView =
  | { kind: 'live' }
  | { kind: 'versions' }
  | { kind: 'version'; versionId: string }
  | { kind: 'diff'; from: string; to: string };

export type Route =
  | { name: 'overview' }
  | { name: 'programme'; id: string; view: ProgrammeView }
  | { name: 'unknown'; hash: string };

/** The live state in a differences link. */
export const CURRENT_IN_ROUTE = 'huidig';

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'overview' };
  const match = /^\/programma\/([^/?#]+)(\/[^?#]*)?$/.exec(path);
  if (!match) return { name: 'unknown', hash };
  try {
    const id = decodeURIComponent(match[1]!);
    const rest = (match[2] ?? '').split('/').filter(Boolean).map(decodeURIComponent);
    const view = viewOf(rest);
    return view ? { name: 'programme', id, view } : { name: 'unknown', hash };
  } catch {
    return { name: 'unknown', hash };
  }
}

function viewOf(parts: string[]): ProgrammeView | null {
  if (parts.length === 0) return { kind: 'live' };
  if (parts[0] === 'versies' && parts.length === 1) return { kind: 'versions' };
  if (parts[0] === 'versies' && parts.length === 2) return { kind: 'version', versionId: parts[1]! };
  if (parts[0] === 'verschillen' && parts.length === 3) return { kind: 'diff', from: parts[1]!, to: parts[2]! };
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
  }
}

export const overviewHref = '#/';

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
