/**
 * Structured logging on pino: one JSON object per line on stdout, so logs can be grepped and
 * parsed alike. The `Logger` interface takes the message first (as every caller writes it) and
 * hides pino's object-first signature. LOG_LEVEL=silent keeps test output clean; tests that
 * assert on logs pass their own sink, which pino uses as its destination.
 */
import pino from 'pino';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
type LogFields = Record<string, unknown>;
/** Receives one JSON line per entry, without the trailing newline. */
export type LogSink = (line: string) => void;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds these fields to every line, e.g. `{ docId }` per room or `{ conn }` per socket. */
  child(bindings: LogFields): Logger;
}

/** Written in place of a redacted value. */
export const REDACTED = '[redacted]';

// Secrets never reach a log line, however a caller nests them. pino's redaction needs declared
// paths (no "any depth" wildcard), so each key is declared at the top and up to three levels down:
// deep enough for `{ req: { headers: { cookie } } }` and `{ error: { body: { password } } }`.
const SECRET_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'cookie',
  '"set-cookie"',
  'authorization',
  // OpenID Connect: the client secret and what the provider hands over.
  'clientSecret',
  'client_secret',
  'id_token',
  'idToken',
  'access_token',
  'refresh_token',
  'code_verifier',
  'codeVerifier',
];
const SECRET_DEPTH = 3;
const REDACT_PATHS: readonly string[] = SECRET_KEYS.flatMap((key) =>
  Array.from({ length: SECRET_DEPTH + 1 }, (_, depth) => [...Array<string>(depth).fill('*'), bracketed(key)].join('.').replace('.[', '[')),
);

function bracketed(key: string): string {
  return key.startsWith('"') ? `[${key}]` : key;
}

export function createLogger(level: LogLevel, sink?: LogSink): Logger {
  const destination = sink
    ? { write: (line: string) => sink(line.endsWith('\n') ? line.slice(0, -1) : line) }
    : // Synchronous, so the last lines before process.exit (shutdown, a failed start) are not lost.
      pino.destination({ dest: 1, sync: true });
  return wrap(
    pino(
      {
        level,
        base: undefined, // no pid and hostname: one process per deployment, and tests compare lines
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }), log: serialiseErrors },
        redact: { paths: [...REDACT_PATHS], censor: REDACTED },
      },
      destination,
    ),
  );
}

function wrap(inner: pino.Logger): Logger {
  return {
    debug: (msg, fields) => inner.debug(fields ?? {}, msg),
    info: (msg, fields) => inner.info(fields ?? {}, msg),
    warn: (msg, fields) => inner.warn(fields ?? {}, msg),
    error: (msg, fields) => inner.error(fields ?? {}, msg),
    child: (bindings) => wrap(inner.child(serialiseErrors(bindings))),
  };
}

// Error objects serialise to {} in JSON; keep what helps when reading the log, under whatever key
// the caller chose (`error`, `cause`, ...), not only pino's `err`.
function serialiseErrors(fields: LogFields): LogFields {
  let out: LogFields | null = null;
  for (const [key, value] of Object.entries(fields)) {
    if (!(value instanceof Error)) continue;
    out ??= { ...fields };
    out[key] = { name: value.name, message: value.message, stack: value.stack };
  }
  return out ?? fields;
}
