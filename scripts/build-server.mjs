// `npm run build:server`: bundles the server's TypeScript once into dist/server (ESM, Node 20),
// so `npm run serve` starts plain JavaScript with node instead of compiling through tsx at every
// start (issue 15: 1.4-1.6 s to the first HTTP answer before). Packages stay external: they
// load from node_modules as they are (better-sqlite3's native module, exceljs, docx and
// playwright-core, which the export routes import on demand). The lazily imported modules of
// our own (docx/xlsx rendering) become chunks, so they still load on demand; the import worker
// is an entry of its own (server/import/read-xlsx.ts starts it).
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const outdir = join(root, 'dist/server');
rmSync(outdir, { recursive: true, force: true });
const started = performance.now();
await build({
  absWorkingDir: root,
  entryPoints: { main: 'server/main.ts', 'xlsx-worker': 'server/import/xlsx-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // Pure-JS packages are bundled: one file to read and compile instead of hundreds to resolve
  // (the ESM loader was most of the start time). Kept external: better-sqlite3 (native), pino
  // (its transports load files by path), and what only the exports load, on demand.
  external: ['better-sqlite3', 'playwright-core', 'exceljs', 'docx'],
  // Bundled CommonJS (ws, react-dom/server) calls require; ESM output has none of its own.
  banner: { js: "import { createRequire as __koersRequire } from 'node:module'; const require = __koersRequire(import.meta.url);" },
  jsx: 'automatic',
  sourcemap: 'linked',
  logLevel: 'warning',
});
// The PostgreSQL bridge starts its worker as ./pg-worker.mjs beside the module that asks for it
// (plain JavaScript, importing only `pg` from node_modules): beside main.js once bundled.
copyFileSync(join(root, 'server/persistence/postgres/pg-worker.mjs'), join(outdir, 'pg-worker.mjs'));
console.log(`server built into dist/server in ${Math.round(performance.now() - started)} ms`);
