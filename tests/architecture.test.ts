/**
 * Keeps the house plan true: client -> shared <- server, shared is pure, and only shared/doc
 * touches the Y.Doc layout.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push(m[1] ?? m[2]!);
  }
  return found;
}

function resolvesInto(file: string, spec: string, folder: string): boolean {
  if (!spec.startsWith('.')) return false;
  const target = relative(root, join(root, file, '..', spec));
  return target === folder || target.startsWith(folder + '/');
}

describe('architecture', () => {
  const shared = sourceFiles('shared');

  it('shared imports nothing from client or server, and no runtime-specific packages', () => {
    const forbiddenPackages = /^(node:|react|react-dom|ag-grid|@ag-grid|hono|@hono|ws$|better-sqlite3|y-websocket)/;
    const offences = shared.flatMap((file) =>
      importsOf(file)
        .filter((s) => resolvesInto(file, s, 'client') || resolvesInto(file, s, 'server') || forbiddenPackages.test(s))
        .map((s) => `${file} -> ${s}`),
    );
    expect(offences).toEqual([]);
  });

  it('shared uses no DOM globals, timers or network', () => {
    const forbidden = /\b(window|document|localStorage|setTimeout|setInterval|fetch|WebSocket|process)\s*[.(]/;
    const offences = shared.filter((file) => {
      const code = readFileSync(join(root, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      return forbidden.test(code);
    });
    expect(offences).toEqual([]);
  });

  it('client and server never import each other', () => {
    const offences = [
      ...sourceFiles('client').flatMap((f) => importsOf(f).filter((s) => resolvesInto(f, s, 'server')).map((s) => `${f} -> ${s}`)),
      ...sourceFiles('server').flatMap((f) => importsOf(f).filter((s) => resolvesInto(f, s, 'client')).map((s) => `${f} -> ${s}`)),
    ];
    expect(offences).toEqual([]);
  });

  it('only shared/doc knows the Y.Doc keys', () => {
    const everywhere = [...shared, ...sourceFiles('client'), ...sourceFiles('server')].filter(
      (f) => !f.startsWith('shared/doc/'),
    );
    const offences = everywhere.filter((file) =>
      /\.(getMap|getArray|getText|getXmlFragment)\(|['"]rows:/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(offences).toEqual([]);
  });
});
