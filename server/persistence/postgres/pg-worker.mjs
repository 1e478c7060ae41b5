/**
 * The thread behind PgBridge (pg-bridge.ts): one `pg` connection, one request at a time.
 * The main thread posts a request on `port` and blocks on the shared counter; this thread runs
 * it, posts the reply, then bumps the counter and wakes the main thread. Plain JavaScript, so
 * it runs as it is under `node --import tsx`, under Vitest and in a built deployment alike.
 *
 * A lost connection (PostgreSQL restarted, pg_terminate_backend, network gone) fails the request
 * in flight and the next request connects anew. A transaction is bound to its connection: once
 * that connection is lost, every further statement of the transaction fails until the main
 * thread ends it, so no statement of a half-done transaction ever runs on a new connection.
 */
import { workerData } from 'node:worker_threads';
import pg from 'pg';

const { port, signal, url, schema, timeoutMs, applicationName } = workerData;
const wake = new Int32Array(signal);

// Sequence numbers, counts and times are int8: as JavaScript numbers (exact below 2^53).
pg.types.setTypeParser(pg.types.builtins.INT8, (text) => Number(text));

/** @type {pg.Client | null} */
let client = null;
/** Whether the main thread has a transaction open (its statements come with `tx`). */
let txOpen = false;
/** The connection the open transaction runs on, once its first statement sent BEGIN. */
let tx = null;
let txLost = false;

function quoteIdent(name) {
  return `"${String(name).replace(/"/g, '""')}"`;
}

/** True for errors after which the connection cannot be trusted: not an SQL error of a statement. */
function isConnectionError(error) {
  const code = error && typeof error === 'object' ? error.code : undefined;
  if (code === 'KOERS_TX_LOST') return true;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return true; // ECONNREFUSED, ECONNRESET, ETIMEDOUT, ENOTFOUND, EPIPE
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code.startsWith('08') || code.startsWith('57P'); // connection exception, shutdown
  // pg's own: "Connection terminated unexpectedly", "... due to connection timeout", "... not queryable".
  return /connection|terminated|timeout|not queryable/i.test(error instanceof Error ? error.message : String(error));
}

function forget(c) {
  if (client === c) client = null;
  if (tx === c) txLost = true;
  c.end().catch(() => {});
}

async function connection() {
  if (client) return client;
  const c = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    application_name: applicationName,
    keepAlive: true,
  });
  c.on('error', () => forget(c));
  c.on('end', () => forget(c));
  try {
    await c.connect();
    // PostgreSQL stops a statement itself a little after the main thread has given up on it.
    await c.query(`SET statement_timeout = ${Math.max(1, Math.round(timeoutMs))}`);
    if (schema) await c.query(`SET search_path TO ${quoteIdent(schema)}`);
  } catch (error) {
    c.end().catch(() => {});
    throw error;
  }
  client = c;
  return c;
}

function toParam(value) {
  return value instanceof Uint8Array && !Buffer.isBuffer(value) ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : value;
}

/** Rows as plain objects; bytea as a Uint8Array of its own (a Buffer may be a view into a shared pool). */
function toResult(result, transfer) {
  // Several statements in one text (a migration) answer one result each: the last one counts.
  if (Array.isArray(result)) result = result[result.length - 1] ?? { rows: [], rowCount: 0 };
  const rows = result.rows.map((row) => {
    for (const key of Object.keys(row)) {
      const value = row[key];
      if (value instanceof Uint8Array) {
        const own = new Uint8Array(value);
        transfer.push(own.buffer);
        row[key] = own;
      }
    }
    return row;
  });
  return { rows, rowCount: result.rowCount ?? 0 };
}

/**
 * Inside a transaction, its first statement sends BEGIN on the connection the rest runs on. A
 * BEGIN that fails ran nothing, so the next statement may try again; once BEGIN ran, a lost
 * connection fails every further statement of the transaction.
 */
async function statementConnection(request) {
  if (request.tx && !txOpen) {
    txOpen = true;
    tx = null;
    txLost = false;
  }
  if (!txOpen) return connection();
  if (txLost) throw Object.assign(new Error('the connection of this transaction was lost'), { code: 'KOERS_TX_LOST' });
  if (tx) return tx;
  const c = await connection();
  await c.query('BEGIN');
  tx = c;
  return c;
}

/** COMMIT on a transaction an error aborted answers ROLLBACK: nothing of it is stored, so say so. */
async function commit(c) {
  const result = await c.query('COMMIT');
  if (result.command === 'ROLLBACK') {
    throw Object.assign(new Error('the transaction was rolled back after an error in it; nothing of it was stored'), { code: 'KOERS_TX_ABORTED' });
  }
}

async function runOne(c, statement, transfer) {
  const params = statement.params?.map(toParam);
  return toResult(await (params && params.length > 0 ? c.query(statement.sql, params) : c.query(statement.sql)), transfer);
}

async function handle(request, transfer) {
  switch (request.op) {
    case 'query':
      return runOne(await statementConnection(request), request, transfer);
    case 'batch': {
      if (request.tx || txOpen) {
        const c = await statementConnection(request);
        const results = [];
        for (const statement of request.statements) results.push(await runOne(c, statement, transfer));
        return results;
      }
      const c = await connection();
      await c.query('BEGIN');
      try {
        const results = [];
        for (const statement of request.statements) results.push(await runOne(c, statement, transfer));
        await commit(c);
        return results;
      } catch (error) {
        if (client === c) await c.query('ROLLBACK').catch(() => {});
        throw error;
      }
    }
    case 'commit':
    case 'rollback': {
      const c = tx;
      const lost = txLost;
      txOpen = false;
      tx = null;
      txLost = false;
      if (lost) {
        if (request.op === 'commit') throw Object.assign(new Error('the connection of this transaction was lost'), { code: 'KOERS_TX_LOST' });
        return null;
      }
      if (!c) return null; // no statement of it ever began: nothing to end
      if (request.op === 'commit') await commit(c);
      else await c.query('ROLLBACK');
      return null;
    }
    case 'close': {
      const c = client;
      client = null;
      txOpen = false;
      tx = null;
      if (c) await c.end().catch(() => {});
      return null;
    }
    default:
      throw new Error(`unknown request ${String(request.op)}`);
  }
}

let queue = Promise.resolve();

port.on('message', (request) => {
  queue = queue.then(async () => {
    const transfer = [];
    let reply;
    try {
      reply = { id: request.id, ok: true, result: await handle(request, transfer) };
    } catch (error) {
      const connectionLost = isConnectionError(error);
      // The connection may be half-dead: the next request starts afresh.
      if (connectionLost && client && error?.code !== 'KOERS_TX_LOST') forget(client);
      reply = {
        id: request.id,
        ok: false,
        error: {
          message: error instanceof Error ? error.message : String(error),
          code: typeof error?.code === 'string' ? error.code : undefined,
          constraint: typeof error?.constraint === 'string' ? error.constraint : undefined,
          connection: connectionLost,
        },
      };
      transfer.length = 0;
    }
    port.postMessage(reply, transfer);
    Atomics.add(wake, 0, 1);
    Atomics.notify(wake, 0);
  });
});
