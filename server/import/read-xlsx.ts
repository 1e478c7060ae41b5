/**
 * Reads an .xlsx into raw tables, one per sheet. The zip guard first inflates it as a stream
 * with a cap on real bytes and rows; exceljs then parses it in a worker thread with a heap
 * limit (xlsx-worker.ts), so a large workbook neither stalls other users nor fills the heap.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isEncryptedOoxml } from './detect.ts';
import { UnreadableFile, finding, type ImportFinding } from './findings.ts';
import { MAX_WORKBOOK_HEAP_MB } from './limits.ts';
import type { RawTable } from './table.ts';
import { CORRUPT_XLSX, OLD_XLS, PASSWORD_PROTECTED, XLSX_TOO_HEAVY, zipRefusal } from './xlsx-messages.ts';
import { inspectZip } from './zip-guard.ts';

export { CORRUPT_XLSX, OLD_XLS, PASSWORD_PROTECTED } from './xlsx-messages.ts';

/** Under tsx or vitest this module is TypeScript; in the built server (dist/server, scripts/build-server.mjs) it is JavaScript. */
const BUILT = !import.meta.url.endsWith('.ts');
// The built server has the worker as an entry of its own beside this bundle. A worker thread
// does not inherit a TypeScript loader: from source, a small eval'd script loads the entry
// through tsx's API, the same under `tsx server/main.ts` and under vitest.
function workerEntry(): { entry: string | URL; eval: boolean } {
  if (BUILT) return { entry: new URL('./xlsx-worker.js', import.meta.url), eval: false };
  const worker = new URL('./xlsx-worker.ts', import.meta.url).href;
  // require.resolve finds the CommonJS build; the ESM one sits beside it.
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return { entry: `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.tsImport(${JSON.stringify(worker)}, ${JSON.stringify(worker)}))`, eval: true };
}

export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<RawTable[]> {
  const whole = { sheet: fileName };
  const zip = await inspectZip(bytes);
  if (!zip.ok) throw new UnreadableFile(finding('error', whole, zipRefusal(zip.reason)));
  const answer = await parseInWorker(bytes, fileName);
  if ('finding' in answer) throw new UnreadableFile(answer.finding);
  return answer.tables;
}

export function readOle(bytes: Uint8Array, fileName: string): never {
  throw new UnreadableFile(finding('error', { sheet: fileName }, isEncryptedOoxml(bytes) ? PASSWORD_PROTECTED : OLD_XLS));
}

type WorkerAnswer = { tables: RawTable[] } | { finding: ImportFinding };

function parseInWorker(bytes: Uint8Array, fileName: string): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    const { entry, eval: evaluate } = workerEntry();
    const worker = new Worker(entry, {
      eval: evaluate,
      workerData: { bytes, fileName },
      resourceLimits: { maxOldGenerationSizeMb: MAX_WORKBOOK_HEAP_MB },
    });
    let answered = false;
    worker.once('message', (answer: WorkerAnswer) => {
      answered = true;
      resolve(answer);
      void worker.terminate();
    });
    worker.once('error', (error: Error & { code?: string }) => {
      if (answered) return;
      answered = true;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') resolve({ finding: finding('error', { sheet: fileName }, XLSX_TOO_HEAVY) });
      else reject(error);
    });
    worker.once('exit', () => {
      if (!answered) resolve({ finding: finding('error', { sheet: fileName }, CORRUPT_XLSX) });
    });
  });
}
