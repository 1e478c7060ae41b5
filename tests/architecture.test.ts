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
      /\.(getMap|getArray|getText|getXmlFragment)\(|['"](rows|budget):/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(offences).toEqual([]);
  });
});

/**
 * Yjs internals: what Yjs exports or carries without promising it across releases. The wire
 * format's decoder and structs (decodeUpdate, the update decoders, Item, GC, Skip, ID), the
 * content classes that say what an item holds (ContentAny, ContentDeleted, ...), the fields
 * with a leading underscore on types (`_item` the holder, `_map`, `_start`, `_length`, ...),
 * an item's `parentSub`, and the store and delete-set helpers (getItem, findIndexSS,
 * iterateDeletedStructs, `store.clients`, ...). Left out: the public API that answers plain
 * data (encodeStateVector, decodeStateVector of a sync step 1, snapshots, events' `keys`).
 */
const YJS_INTERNALS: ReadonlyArray<[string, RegExp]> = [
  ['the update decoder', /\bdecodeUpdate(V2)?\b|\bUpdateDecoderV[12]\b|\bDSDecoderV[12]\b|\bLazyStructReader\b|\bparseUpdateMeta/],
  ['a struct class', /\bY\.(Item|GC|Skip|AbstractStruct|ID|createID)\b/],
  ['a content class', /\bContent(Any|Binary|Deleted|Doc|Embed|Format|JSON|String|Type)\b/],
  ['a private field of a type', /\._(item|map|start|length|eH|dEH|prelimContent|searchMarker|integrate|copy|write)\b/],
  ['an item field', /\.parentSub\b/],
  // Yjs's getItem is Y.getItem or imported bare; localStorage.getItem (a lower-case object's method) is not it.
  ['the struct store or a delete set', /\b(findIndexSS|iterateDeletedStructs|createDeleteSet\w*|readDeleteSet|findRootTypeKey)\b|(?<![a-z]\??\.)\bgetItem\b|\.store\.(clients|pendingStructs|pendingDs)\b/],
];

function internalsIn(file: string): string[] {
  const code = readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');
  return YJS_INTERNALS.filter(([, pattern]) => pattern.test(code)).map(([what]) => `${file}: ${what}`);
}

describe('architecture: Yjs internals', () => {
  const everywhere = [...sourceFiles('shared'), ...sourceFiles('client'), ...sourceFiles('server')];
  const reader = (f: string) => f.startsWith('shared/doc/update-reader/');

  it('only shared/doc/update-reader/ reads Yjs internals', () => {
    expect(everywhere.filter((f) => !reader(f)).flatMap(internalsIn)).toEqual([]);
  });

  it('the list recognises what the update reader really reads', () => {
    // Proves the patterns match real code, so the test above can fail.
    const seen = new Set(everywhere.filter(reader).flatMap(internalsIn).map((line) => line.split(': ')[1]));
    expect([...seen].sort()).toEqual(['a content class', 'a private field of a type', 'a struct class', 'an item field', 'the struct store or a delete set', 'the update decoder'].sort());
  });

  it('catches the reads that used to live outside it', () => {
    const old = ['type._item?.deleted', 'type._map.get(field)', 'row._item?.parentSub', 'item.content instanceof Y.ContentDeleted', 'Y.decodeUpdate(bytes)', 'struct instanceof Y.Skip'];
    for (const line of old) expect(YJS_INTERNALS.some(([, p]) => p.test(line)), line).toBe(true);
    for (const line of ['Y.encodeStateVector(doc)', 'Y.decodeStateVector(payload)', 'event.keys.get(key)', 'map.get("_mapped")']) {
      expect(YJS_INTERNALS.some(([, p]) => p.test(line)), line).toBe(false);
    }
  });
});
