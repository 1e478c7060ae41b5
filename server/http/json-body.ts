/** A request's JSON body, or BAD_BODY when it is not JSON. */
import type { Context } from 'hono';

export const BAD_BODY = Symbol('bad json');

export async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return BAD_BODY;
  }
}
