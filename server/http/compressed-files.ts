/**
 * The built client's files, each read and compressed once (brotli and gzip) and kept in memory:
 * dist/client is a few MB, and compressing per request would cost every page load the CPU that
 * a precompressed build saves. Compressing at first request rather than at build time keeps
 * `npm ci --omit=dev && npm start` and a plain `vite build` working without a build step of our own.
 * An entry is read again when the file's size or mtime changes, so a rebuild while the server
 * runs is picked up.
 *
 * Compression runs in libuv's thread pool (zlib's async API), never on the event loop: brotli at
 * its best quality takes about 2.7 s for the 1.5 MB main script, and the sockets of everyone
 * editing must not wait for that. Until the brotli bytes are ready, a browser that also takes
 * gzip gets gzip (55 ms to make), so the first page load after a deploy is not held up either.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

type Encoding = 'br' | 'gzip' | 'identity';

/** How long a request waits for brotli before it takes gzip instead: small files are ready by then. */
const BROTLI_GRACE_MS = 50;

interface CachedFile {
  /** Weak: the same entity in every encoding, so one tag serves them all. */
  readonly etag: string;
  readonly identity: Buffer;
  readonly gzip: Promise<Buffer>;
  readonly br: Promise<Buffer>;
}

interface Entry extends CachedFile {
  readonly mtimeMs: number;
  readonly size: number;
}

/** Already compressed formats (images, fonts) can grow; then (or if zlib fails) the plain bytes go out. */
const smaller = (raw: Buffer) => (packed: Buffer) => (packed.length < raw.length ? packed : raw);

function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export class CompressedFiles {
  private readonly entries = new Map<string, Entry>();

  /** Null when there is no regular file at the path. */
  async get(path: string): Promise<CachedFile | null> {
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    const known = this.entries.get(path);
    if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known;
    const raw = await readFile(path);
    const entry: Entry = {
      etag: `W/"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`,
      identity: raw,
      gzip: gzipAsync(raw, { level: 9 }).then(smaller(raw), () => raw),
      br: brotliAsync(raw, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
      }).then(smaller(raw), () => raw),
      mtimeMs: info.mtimeMs,
      size: info.size,
    };
    this.entries.set(path, entry);
    return entry;
  }
}

/** The bytes to send and the encoding they are in, for what the browser accepts. */
export async function bodyFor(file: CachedFile, acceptEncoding: string | undefined): Promise<{ body: Buffer; encoding: Encoding }> {
  const accepted = acceptedEncodings(acceptEncoding);
  if (accepted.br) {
    const br = accepted.gzip ? await settledWithin(file.br, BROTLI_GRACE_MS) : await file.br;
    if (br) return { body: br, encoding: br === file.identity ? 'identity' : 'br' };
  }
  if (accepted.gzip) {
    const gz = await file.gzip;
    return { body: gz, encoding: gz === file.identity ? 'identity' : 'gzip' };
  }
  return { body: file.identity, encoding: 'identity' };
}

/** Which of brotli and gzip the browser takes (RFC 9110 q-values; q=0 means "not this one"). */
function acceptedEncodings(acceptEncoding: string | undefined): { br: boolean; gzip: boolean } {
  const q = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(name, weight ? Number(weight.slice(2)) || 0 : 1);
  }
  const takes = (name: string) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  return { br: takes('br'), gzip: takes('gzip') };
}
