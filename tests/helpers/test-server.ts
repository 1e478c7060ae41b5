/**
 * An in-process Koers server on 127.0.0.1, port 0, with its own temporary data folder.
 * Pass `dataDir` to start on an existing folder (a restart); the folder is then left alone.
 */
import { readProgramme } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { startServer, type RunningServer, type StartOptions } from '../../server/start.ts';
import { collectingLogger, type LogEntry } from './log-sink.ts';
import { makeTempDir, removeDir } from './temp-dir.ts';

export interface TestServer extends RunningServer {
  dataDir: string;
  logs: LogEntry[];
  /** GET /api/documents/:id over HTTP: what the server would answer anyone right now. */
  fetchProgramme(docId: string): Promise<Programme>;
  /** The current state straight from the server's memory or store (no HTTP). */
  programme(docId: string): Programme | undefined;
  /** Closes the server and removes the data folder if this server created it. */
  dispose(): Promise<void>;
}

export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  const ownsDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await makeTempDir('koers-server-'));
  const { logger, entries } = collectingLogger();
  let server: RunningServer;
  try {
    server = await startServer({ port: 0, host: '127.0.0.1', logger, ...options, dataDir });
  } catch (error) {
    if (ownsDir) await removeDir(dataDir);
    throw error;
  }
  return {
    ...server,
    dataDir,
    logs: entries,
    async fetchProgramme(docId) {
      const response = await fetch(`${server.url}/api/documents/${docId}`);
      if (!response.ok) throw new Error(`GET /api/documents/${docId}: ${response.status}`);
      return (await response.json()) as Programme;
    },
    programme: (docId) => server.registry.readDocument(docId, readProgramme),
    async dispose() {
      await server.close();
      if (ownsDir) await removeDir(dataDir);
    },
  };
}
