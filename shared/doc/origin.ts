/**
 * Every transaction carries a typed origin: who made the change and what kind of change it
 * is. The client's Y.UndoManager tracks its own origin object, so undo never touches a
 * colleague's edits; the server logs and attributes by it.
 */

export type OriginKind = 'edit' | 'seed' | 'server' | 'import' | 'restore';

export class EditOrigin {
  constructor(
    readonly kind: OriginKind,
    readonly userId: string,
    readonly userName: string = userId,
  ) {}

  toString(): string {
    return `${this.kind}:${this.userId}`;
  }
}

export function userOrigin(userId: string, userName?: string): EditOrigin {
  return new EditOrigin('edit', userId, userName ?? userId);
}

export const SEED_ORIGIN = new EditOrigin('seed', 'koers', 'Koers');
