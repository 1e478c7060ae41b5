/**
 * Progress of every indicator, kept up to date from the programme feed: after each burst of
 * changes the tracker (shared/monitoring) computes again only the indicators the touched rows
 * belong to, so a colleague's new measurement changes its indicator's badge at once.
 */
import type { ProgrammeFeed } from '../programme/programme-feed.ts';
import { Store } from '../programme/store.ts';
import type { Feature } from '../doc-session/document-session.ts';
import { ProgressTracker, type ProgrammeProgress } from '../../shared/monitoring/index.ts';

export class LiveProgress implements Feature {
  readonly progress = new Store<ProgrammeProgress | null>(null);
  private readonly tracker = new ProgressTracker();
  private readonly stop: () => void;

  constructor(feed: ProgrammeFeed) {
    const now = feed.programme.get();
    if (now) this.progress.set(this.tracker.compute(now));
    this.stop = feed.subscribe(({ programme, rowIds, all }) => {
      this.progress.set(all || !this.tracker.current ? this.tracker.compute(programme) : this.tracker.update(programme, rowIds));
    });
  }

  destroy(): void {
    this.stop();
  }
}
