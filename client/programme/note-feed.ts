/** Comment threads and change requests: notes in the shared document, live for everyone. */
import type * as Y from 'yjs';
import { observeProgramme, readChangeRequests, readComments, type Comment, type NoteKind, type StoredChangeRequest } from '../../shared/doc/index.ts';
import type { Feature } from '../doc-session/document-session.ts';
import { Store, share } from './store.ts';

export class NoteFeed implements Feature {
  readonly comments = new Store<Comment[]>([]);
  readonly changeRequests = new Store<StoredChangeRequest[]>([]);
  private readonly stop: () => void;

  constructor(doc: Y.Doc) {
    const pending = new Set<NoteKind>();
    const refresh = () => {
      if (pending.has('comment')) this.comments.set(share(this.comments.get(), readComments(doc)));
      if (pending.has('changeRequest')) this.changeRequests.set(share(this.changeRequests.get(), readChangeRequests(doc)));
      pending.clear();
    };
    this.stop = observeProgramme(doc, (change) => {
      if (change.notesChanged.size === 0) return;
      if (pending.size === 0) queueMicrotask(refresh);
      for (const kind of change.notesChanged) pending.add(kind);
    });
  }

  destroy(): void {
    this.stop();
  }
}
