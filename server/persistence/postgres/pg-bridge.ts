/**
 * PostgreSQL behind a synchronous call, so the storage port stays synchronous (an append is
 * durable when it returns, and the room stores an update before it relays it).
 *
 * One worker thread (pg-worker.mjs) holds one `pg` connection. A call posts its request to the
 * worker and blocks the main thread with Atomics.wait on a shared counter until the worker has
 * posted the reply and bumped the counter; the reply is then taken with receiveMessageOnPort.
 * A round trip on loopback costs about what SQLite's fsync costs, and like SQLite it keeps
 * everything in this process in one order: no two calls ever interleave.
 *
 * Failure is loud, never silent: a call that gets no answer within `timeoutMs` throws
 * StorageUnavailable (the worker is stopped, which drops its connection, so PostgreSQL rolls back
 * whatever was not committed; the next call starts a fresh worker). For `pauseMs` after such a
 * time-out calls fail at once, so a database that is gone does not stall the process for
 * `timeoutMs` per call. A refused or lost connection throws StorageUnavailable at once. The
 * room closes the socket of an update that could not be stored (4503) and never relays it.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

export interface PgBridgeOptions {
  /** postgres://user:password@host:port/database (KOERS_DATABASE_URL). */
  url: string;
  /** Schema to work in (search_path); default: the server's own search_path (public). */
  schema?: string;
  /** Longest wait for one call, connecting included (KOERS_DATABASE_TIMEOUT_MS). */
  timeoutMs?: number;
  /** After a time-out, calls fail at once for this long. */
  pauseMs?: number;
  /** Shown in pg_stat_activity, unless the URL names one. */
  applicationName?: string;
}

const DEFAULT_DATABASE_TIMEOUT_MS = 5_000;
const DEFAULT_PAUSE_MS = 1_000;

/** PostgreSQL could not be reached or did not answer in time; nothing of the call is known to be stored. */
export class StorageUnavailable extends Error {
  override readonly name = 'StorageUnavailable';
}

/** PostgreSQL answered with an error for the statement (a constraint, a trigger, bad SQL). */
export class PgError extends Error {
  override readonly name = 'PgError';
  constructor(
    message: string,
    /** SQLSTATE, e.g. 23505 for a unique violation. */
    readonly code: string | undefined,
    readonly constraint: string | undefined,
  ) {
    super(message);
  }
}

export const UNIQUE_VIOLATION = '23505';

export interface Statement {
  sql: string;
  params?: readonly unknown[];
}

export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

type Request =
  | { op: 'query'; sql: string; params: readonly unknown[] }
  | { op: 'batch'; statements: readonly Statement[] }
  | { op: 'commit' | 'rollback' | 'close' };

interface Reply {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: { message: string; code?: string; constraint?: string; connection: boolean };
}

export class PgBridge {
  readonly timeoutMs: number;
  private readonly pauseMs: number;
  private readonly wake = new Int32Array(new SharedArrayBuffer(4));
  private worker: Worker | null = null;
  private port: MessagePort | null = null;
  private nextId = 0;
  /** Bumped whenever the worker (and so the connection) is replaced. */
  private generation = 0;
  private transactionGeneration: number | null = null;
  /** Whether a statement of the open transaction went to the worker (which begins it lazily). */
  private transactionSent = false;
  private pausedUntil = 0;
  private closed = false;

  constructor(private readonly options: PgBridgeOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_DATABASE_TIMEOUT_MS;
    this.pauseMs = options.pauseMs ?? DEFAULT_PAUSE_MS;
  }

  /** Runs one statement (in the open transaction, if any) and answers its rows. */
  query<R = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): R[] {
    return (this.call({ op: 'query', sql, params }) as QueryResult<R>).rows;
  }

  /** Runs one statement and answers how many rows it touched. */
  run(sql: string, params: readonly unknown[] = []): number {
    return (this.call({ op: 'query', sql, params }) as QueryResult<unknown>).rowCount;
  }

  /** Runs statements in one transaction, in one round trip: all or none. */
  batch(statements: readonly Statement[]): QueryResult<Record<string, unknown>>[] {
    if (statements.length === 0) return [];
    return this.call({ op: 'batch', statements }) as QueryResult<Record<string, unknown>>[];
  }

  /**
   * Runs `fn` inside BEGIN ... COMMIT; ROLLBACK when it throws. A call inside an open
   * transaction joins it. BEGIN goes with the transaction's first statement (the worker sends
   * it on that statement's connection), so a database that is away fails that statement, as
   * it would outside a transaction, and a transaction without statements costs nothing. Once
   * the connection is lost or the worker replaced, every further statement of the transaction
   * throws, so none of it ever runs outside the transaction; a COMMIT that PostgreSQL answers
   * with ROLLBACK (an earlier statement failed) throws too.
   */
  transaction<T>(fn: () => T): T {
    if (this.transactionGeneration !== null) return fn();
    this.transactionGeneration = this.generation;
    this.transactionSent = false;
    try {
      const result = fn();
      if (this.transactionSent) this.call({ op: 'commit' });
      return result;
    } catch (error) {
      if (this.transactionSent && this.transactionGeneration === this.generation) {
        try {
          this.call({ op: 'rollback' });
        } catch {
          // The connection is gone; PostgreSQL rolls back on its own.
        }
      }
      throw error;
    } finally {
      this.transactionGeneration = null;
      this.transactionSent = false;
    }
  }

  get isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    if (this.closed) return;
    if (this.worker) {
      try {
        this.call({ op: 'close' });
      } catch {
        // Ending a connection that is already gone.
      }
    }
    this.closed = true;
    this.stopWorker();
  }

  private call(request: Request): unknown {
    if (this.closed) throw new Error('the PostgreSQL storage is closed');
    if (this.transactionGeneration !== null && this.transactionGeneration !== this.generation && request.op !== 'rollback') {
      throw new StorageUnavailable('PostgreSQL: the connection of this transaction was lost; nothing of it was stored');
    }
    if (Date.now() < this.pausedUntil) {
      throw new StorageUnavailable(`PostgreSQL did not answer within ${this.timeoutMs} ms a moment ago; trying again shortly`);
    }
    const port = this.startWorker();
    const id = ++this.nextId;
    const transfer: ArrayBuffer[] = [];
    const inTransaction = this.transactionGeneration !== null && (request.op === 'query' || request.op === 'batch');
    if (inTransaction) this.transactionSent = true;
    const message = { id, tx: inTransaction, ...ownCopies(request, transfer) };
    port.postMessage(message, transfer);
    const deadline = performance.now() + this.timeoutMs;
    for (;;) {
      const seen = Atomics.load(this.wake, 0);
      for (let received = receiveMessageOnPort(port); received; received = receiveMessageOnPort(port)) {
        const reply = received.message as Reply;
        if (reply.id === id) return this.unwrap(reply);
      }
      const left = deadline - performance.now();
      if (left <= 0) {
        this.stopWorker();
        this.pausedUntil = Date.now() + this.pauseMs;
        throw new StorageUnavailable(`PostgreSQL did not answer within ${this.timeoutMs} ms`);
      }
      Atomics.wait(this.wake, 0, seen, left);
    }
  }

  private unwrap(reply: Reply): unknown {
    if (reply.ok) return reply.result;
    const error = reply.error!;
    if (error.connection) throw new StorageUnavailable(`PostgreSQL is not reachable: ${error.message}`);
    throw new PgError(error.message, error.code, error.constraint);
  }

  private startWorker(): MessagePort {
    if (this.port) return this.port;
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(new URL('./pg-worker.mjs', import.meta.url), {
      // The worker is plain JavaScript: no TypeScript loader needed there.
      execArgv: [],
      workerData: {
        port: port2,
        signal: this.wake.buffer,
        url: this.options.url,
        schema: this.options.schema ?? null,
        timeoutMs: this.timeoutMs,
        applicationName: this.options.applicationName ?? 'koers',
      },
      transferList: [port2],
    });
    worker.unref();
    // Errors of the thread itself end up as a time-out of the call waiting for it.
    worker.on('error', () => {});
    this.worker = worker;
    this.port = port1;
    return port1;
  }

  private stopWorker(): void {
    this.port?.close();
    void this.worker?.terminate();
    this.port = null;
    this.worker = null;
    this.generation++;
  }
}

/** Byte parameters are copied (the caller may reuse its buffer) and moved, not cloned, to the worker. */
function ownCopies(request: Request, transfer: ArrayBuffer[]): Request {
  const copy = (params: readonly unknown[] | undefined) =>
    params?.map((value) => {
      if (!(value instanceof Uint8Array)) return value;
      const own = new Uint8Array(value);
      transfer.push(own.buffer);
      return own;
    });
  if (request.op === 'query') return { ...request, params: copy(request.params) ?? [] };
  if (request.op === 'batch') return { ...request, statements: request.statements.map((s) => ({ sql: s.sql, params: copy(s.params) })) };
  return request;
}

/** The URL without its password, for logs and the start line. */
export function displayDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    parsed.search = '';
    return parsed.toString();
  } catch {
    return 'postgres://(onleesbaar adres)';
  }
}
