/**
 * The transaction origin of everything another process published: a room applies it with this
 * origin, so its after-apply hooks (cell history) skip it and nothing publishes it again.
 */
export const REMOTE = Object.freeze({ fanout: 'remote' });
