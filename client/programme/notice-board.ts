/**
 * What the programme page tells the officer outside the grid: short notices (errors stay longer
 * than confirmations) and one confirmation question at a time.
 */
import { Store } from './store.ts';

export interface Notice {
  id: number;
  message: string;
  tone: 'error' | 'info';
}

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  resolve(ok: boolean): void;
}

export class NoticeBoard {
  readonly notices = new Store<Notice[]>([]);
  readonly confirmRequest = new Store<ConfirmRequest | null>(null);
  private seq = 0;

  notify = (message: string, tone: Notice['tone'] = 'error'): void => {
    const notice: Notice = { id: ++this.seq, message, tone };
    this.notices.set([...this.notices.get().slice(-2), notice]);
    window.setTimeout(() => this.dismiss(notice.id), tone === 'error' ? 10_000 : 5_000);
  };

  dismiss = (id: number): void => {
    this.notices.set(this.notices.get().filter((n) => n.id !== id));
  };

  /** A new question answers an open one with "no": only one dialog at a time. */
  confirm = (request: Omit<ConfirmRequest, 'resolve'>): Promise<boolean> => {
    this.confirmRequest.get()?.resolve(false);
    return new Promise((resolve) => {
      this.confirmRequest.set({
        ...request,
        resolve: (ok) => {
          this.confirmRequest.set(null);
          resolve(ok);
        },
      });
    });
  };
}
