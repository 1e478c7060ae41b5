/**
 * The built client's files, each read and compressed once (brotli and gzip) and kept in memory:
 * dist/client is a few MB, and compressing per request would cost every page load the CPU that
 * a precompressed build saves. Compressing at first request rather than at build time keeps
 * `npm ci --omit=dev && npm start` and a plain `vite build` working without a build step of our own.
 * An entry is read again when the file's size or mtime changes, so a rebuild while the server
 * runs is picked up.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

export interface CachedFile {
  readonly bodies: Readonly<Record<Encoding, Buffer>>;
  /** Weak: the same entity in every encoding, so one tag serves them all. */
  readonly etag: string;
}

interface Entry extends CachedFile {
  readonly mtimeMs: number;
  readonly size: number;
}

function compress(raw: Buffer): Record<Encoding, Buffer> {
  const br = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  const gzip = gzipSync(raw, { level: 9 });
  // Already compressed formats (images, fonts) can grow; then the plain bytes go out.
  return { br: br.length < raw.length ? br : raw, gzip: gzip.length < raw.length ? gzip : raw, identity: raw };
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
      bodies: compress(raw),
      etag: `W/"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`,
      mtimeMs: info.mtimeMs,
      size: info.size,
    };
    this.entries.set(path, entry);
    return entry;
  }
}

/** Brotli when the browser takes it, then gzip, else the plain bytes (RFC 9110 q-values). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const takes = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (takes('br')) return 'br';
  if (takes('gzip')) return 'gzip';
  return 'identity';
}
