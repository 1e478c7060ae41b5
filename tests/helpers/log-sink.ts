/** A real logger whose JSON lines are kept in memory, so tests can assert what was logged. */
import { createLogger, type Logger, type LogLevel } from '../../server/log.ts';

export interface LogEntry {
  level: string;
  msg: string;
  [field: string]: unknown;
}

export function collectingLogger(level: LogLevel = 'debug'): { logger: Logger; entries: LogEntry[]; lines: string[] } {
  const entries: LogEntry[] = [];
  const lines: string[] = [];
  const logger = createLogger(level, (line) => {
    lines.push(line);
    entries.push(JSON.parse(line) as LogEntry);
    if (process.env.KOERS_TEST_LOGS) process.stderr.write(line + '\n');
  });
  return { logger, entries, lines };
}
