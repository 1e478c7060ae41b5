/** Hash routing without a router library: `#/` is the overview, `#/programma/<id>` a programme. */
import { useEffect, useState } from 'react';

export type Route = { name: 'overview' } | { name: 'programme'; id: string } | { name: 'unknown'; hash: string };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'overview' };
  const match = /^\/programma\/([^/?#]+)\/?$/.exec(path);
  if (match) {
    try {
      return { name: 'programme', id: decodeURIComponent(match[1]!) };
    } catch {
      return { name: 'unknown', hash };
    }
  }
  return { name: 'unknown', hash };
}

export function programmeHref(id: string): string {
  return `#/programma/${encodeURIComponent(id)}`;
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
