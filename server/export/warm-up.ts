/**
 * The export libraries (docx, exceljs, react-dom/server for the PDF's HTML, playwright-core) are
 * not loaded before the server's first HTTP answer (issue 15: start time). Loaded on the first
 * export instead, they stalled every room for 160-600 ms at a moment nobody expects. So the
 * server loads them right after it listens, one per event-loop turn, while rooms are still
 * loading and clients are still reconnecting; an export later finds them in the module cache.
 * Chromium itself still starts on the first PDF (pdf-renderer.ts).
 */
import type { Logger } from '../log.ts';

const LIBRARIES: ReadonlyArray<readonly [string, () => Promise<unknown>]> = [
  ['docx', () => import('./docx.ts')],
  ['exceljs', () => import('./xlsx.ts')],
  ['react-dom/server', () => import('./report-html.ts')],
  ['playwright-core', () => import('playwright-core')],
];

export function warmExportLibraries(log: Logger, done: () => void = () => {}): void {
  const started = performance.now();
  const load = (index: number) => {
    const library = LIBRARIES[index];
    if (!library) {
      log.info('export libraries loaded', { ms: Math.round(performance.now() - started) });
      return done();
    }
    setImmediate(() => {
      library[1]().then(
        () => load(index + 1),
        (error: unknown) => {
          // The export that needs it will fail with its own message; the others still load.
          log.warn('export library could not be loaded ahead', { library: library[0], error });
          load(index + 1);
        },
      );
    });
  };
  load(0);
}
