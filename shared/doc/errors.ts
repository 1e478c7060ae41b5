/** An operation that cannot run: the message is Dutch, for the user; `code` is for logs and tests. */
export class DocError extends Error {
  constructor(
    readonly code: 'unknown-row' | 'unknown-field' | 'invalid-value' | 'invalid-parent' | 'invalid-position',
    message: string,
  ) {
    super(message);
    this.name = 'DocError';
  }
}
