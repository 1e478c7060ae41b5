/**
 * The server's logger: real pino writing to an in-memory sink (what tests that assert on logs
 * use), and once through a child process to see that stdout gets every line before an exit.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createLogger, REDACTED, type LogLevel } from '../../server/log.ts';

function sinkLogger(level: LogLevel = 'debug') {
  const lines: string[] = [];
  const logger = createLogger(level, (line) => lines.push(line));
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines, entries };
}

describe('createLogger', () => {
  it('writes one JSON object per line with level, ISO time, message and fields', () => {
    const { logger, lines, entries } = sinkLogger();
    logger.info('room loaded', { docId: 'p1', updates: 3 });
    logger.warn('slow consumer');
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
    const [first, second] = entries();
    expect(first).toEqual({ level: 'info', time: expect.any(String), msg: 'room loaded', docId: 'p1', updates: 3 });
    expect(new Date(first!.time as string).toISOString()).toBe(first!.time);
    expect(second).toEqual({ level: 'warn', time: expect.any(String), msg: 'slow consumer' });
  });

  it.each([
    ['debug', ['debug', 'info', 'warn', 'error']],
    ['info', ['info', 'warn', 'error']],
    ['warn', ['warn', 'error']],
    ['error', ['error']],
    ['silent', []],
  ] as const)('at LOG_LEVEL=%s writes only %j', (level, written) => {
    const { logger, entries } = sinkLogger(level);
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(entries().map((e) => e.level)).toEqual(written);
  });

  it('serialises Error objects under any key with name, message and stack', () => {
    const { logger, entries } = sinkLogger();
    const error = new TypeError('kapot');
    logger.error('append failed', { error, cause: new RangeError('te groot'), docId: 'p1' });
    const [entry] = entries();
    expect(entry!.error).toEqual({ name: 'TypeError', message: 'kapot', stack: error.stack });
    expect(entry!.cause).toMatchObject({ name: 'RangeError', message: 'te groot' });
    expect(entry!.docId).toBe('p1');
  });

  it('redacts cookies, authorization headers, passwords and tokens at the top and nested', () => {
    const { logger, lines, entries } = sinkLogger();
    logger.info('request', {
      password: 'geheim-1',
      newPassword: 'geheim-2',
      token: 'geheim-3',
      cookie: 'koers_sessie=geheim-4',
      req: { headers: { cookie: 'koers_sessie=geheim-5', authorization: 'Bearer geheim-6', 'set-cookie': ['geheim-7'], accept: 'text/html' } },
      body: { account: { settings: { password: 'geheim-8' } } },
      accounts: [{ email: 'a@dronten.nl', password: 'geheim-9' }],
      userId: 'u1',
    });
    expect(lines[0]).not.toMatch(/geheim/);
    const [entry] = entries();
    expect(entry).toMatchObject({
      password: REDACTED,
      newPassword: REDACTED,
      token: REDACTED,
      cookie: REDACTED,
      req: { headers: { cookie: REDACTED, authorization: REDACTED, 'set-cookie': REDACTED, accept: 'text/html' } },
      body: { account: { settings: { password: REDACTED } } },
      accounts: [{ email: 'a@dronten.nl', password: REDACTED }],
      userId: 'u1',
    });
  });

  it('does not change the caller\'s object while redacting', () => {
    const { logger } = sinkLogger();
    const fields = { req: { headers: { cookie: 'koers_sessie=abc' } } };
    logger.info('request', fields);
    expect(fields.req.headers.cookie).toBe('koers_sessie=abc');
  });

  it('gives child loggers their bindings on every line, nested children included, with the same level and redaction', () => {
    const { logger, entries } = sinkLogger('info');
    const room = logger.child({ docId: 'p1' });
    const conn = room.child({ conn: 7, cookie: 'koers_sessie=geheim' });
    room.info('room loaded');
    conn.warn('connection closed by server', { code: 4422 });
    conn.debug('not written: below the parent level');
    logger.info('server started');
    const written = entries();
    expect(written.map((e) => e.msg)).toEqual(['room loaded', 'connection closed by server', 'server started']);
    expect(written[0]).toMatchObject({ docId: 'p1' });
    expect(written[1]).toMatchObject({ docId: 'p1', conn: 7, code: 4422, cookie: REDACTED });
    expect(written[2]).not.toHaveProperty('docId');
  });
});

describe('the default destination', () => {
  it('writes every line to stdout, the one just before process.exit included', async () => {
    const script = [
      "const { createLogger } = await import('./server/log.ts');",
      "const log = createLogger('info');",
      "for (let n = 0; n < 200; n++) log.info('line', { n, password: 'geheim' });",
      "log.info('last before exit');",
      'process.exit(0);',
    ].join('\n');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: process.cwd(),
    });
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { msg: string; password?: string });
    expect(lines).toHaveLength(201);
    expect(lines.at(-1)!.msg).toBe('last before exit');
    expect(lines.slice(0, 200).every((line) => line.password === REDACTED)).toBe(true);
  });
});
