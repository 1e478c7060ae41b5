/**
 * Signed cookie values: `<value>.<HMAC-SHA256 in base64url>`. Done with node:crypto rather
 * than Hono's signed cookies because the /sync upgrade must verify a raw Cookie header
 * synchronously, and one format must serve both.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function signValue(value: string, secret: string): string {
  return `${value}.${mac(value, secret)}`;
}

/** The value when the signature matches, else null. */
export function unsignValue(signed: string, secret: string): string | null {
  const dot = signed.lastIndexOf('.');
  if (dot <= 0) return null;
  const value = signed.slice(0, dot);
  const given = Buffer.from(signed.slice(dot + 1), 'base64url');
  const expected = Buffer.from(mac(value, secret), 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}

function mac(value: string, secret: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url');
}
