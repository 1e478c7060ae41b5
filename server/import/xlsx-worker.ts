/**
 * Worker thread entry: parses one workbook (parse-workbook.ts) and posts the tables or the
 * finding that refuses the file. Started by read-xlsx.ts, one worker per import.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { UnreadableFile } from './findings.ts';
import { parseWorkbook } from './parse-workbook.ts';

const { bytes, fileName } = workerData as { bytes: Uint8Array; fileName: string };
try {
  parentPort!.postMessage({ tables: await parseWorkbook(bytes, fileName) });
} catch (error) {
  if (!(error instanceof UnreadableFile)) throw error;
  parentPort!.postMessage({ finding: error.finding });
}
