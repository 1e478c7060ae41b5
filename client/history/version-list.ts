/**
 * The versions of one programme as the page knows them. Versions live on the server, not in the
 * shared document; the server marks the doc when one is frozen (shared/doc/version-mark.ts), so
 * a colleague's new version is fetched as soon as its mark arrives, and again when the window
 * gets focus (after a long sleep, say).
 */
import type * as Y from 'yjs';
import { observeVersionMark } from '../../shared/doc/index.ts';
import type { VersionInfo } from '../../shared/history/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { Store } from '../programme/store.ts';
import { HttpError } from '../app/http.ts';
import { fetchVersion, listVersions } from './api.ts';

export class VersionList {
  /** Newest first; null until the first answer. */
  readonly versions = new Store<VersionInfo[] | null>(null);
  readonly error = new Store<string | null>(null);
  private readonly cleanups: (() => void)[] = [];
  private inFlight: Promise<void> | null = null;
  /** Versions never change, so each is fetched once. */
  private readonly programmes = new Map<string, Promise<Programme>>();

  constructor(
    private readonly documentId: string,
    doc: Y.Doc,
  ) {
    void this.refresh();
    const onFocus = () => void this.refresh();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void this.refresh();
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    const unobserve = observeVersionMark(doc, (mark) => {
      // A refresh already under way may have left before the version was stored: ask again then.
      if (mark && !this.find(mark.id)) void this.refresh().then(() => (this.find(mark.id) ? undefined : this.refresh()));
    });
    this.cleanups.push(() => {
      unobserve();
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
    });
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  refresh(): Promise<void> {
    this.inFlight ??= listVersions(this.documentId)
      .then((list) => {
        this.versions.set(sameList(this.versions.get(), list) ? this.versions.get() : list);
        this.error.set(null);
      })
      .catch((error: unknown) => {
        this.error.set(error instanceof HttpError ? error.message : 'De versies konden niet worden geladen.');
      })
      .finally(() => {
        this.inFlight = null;
      });
    return this.inFlight;
  }

  /** A version we just made: shown at once, without waiting for the next refresh. */
  added(version: VersionInfo): void {
    const list = this.versions.get() ?? [];
    if (!list.some((v) => v.id === version.id)) this.versions.set([version, ...list]);
  }

  programmeOf(versionId: string): Promise<Programme> {
    let promise = this.programmes.get(versionId);
    if (!promise) {
      promise = fetchVersion(this.documentId, versionId);
      promise.catch(() => this.programmes.delete(versionId));
      this.programmes.set(versionId, promise);
    }
    return promise;
  }

  find(id: string): VersionInfo | undefined {
    return this.versions.get()?.find((v) => v.id === id);
  }
}

/** The newest version the raad adopted: from then on council-owned fields are locked. */
export function adoptedVersion(versions: readonly VersionInfo[] | null): VersionInfo | null {
  return versions?.find((v) => v.status === 'raad-vastgesteld') ?? null;
}

function sameList(a: readonly VersionInfo[] | null, b: readonly VersionInfo[]): boolean {
  return a !== null && a.length === b.length && a.every((v, i) => v.id === b[i]!.id);
}
