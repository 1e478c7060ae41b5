/**
 * Prints HTML to PDF in Debian's Chromium. One browser per server, launched on the first PDF
 * (most servers never print one) and closed on shutdown; every export gets its own page, so
 * the layout work happens in the browser process, not on the thread that serves sync.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Logger } from '../log.ts';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const PRINT_TIMEOUT_MS = 60_000;
/** More pages at once only queue up in Chromium and cost memory. */
const MAX_PARALLEL_PAGES = 2;

export interface PdfOptions {
  footerTemplate: string;
}

export class PdfRenderer {
  private browser: Promise<Browser> | null = null;
  private drawingPage: Page | null = null;
  private drawing: Promise<void> = Promise.resolve();
  private readonly contexts: { print: Promise<BrowserContext> | null; draw: Promise<BrowserContext> | null } = { print: null, draw: null };
  private closed = false;
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly log: Logger) {}

  async render(html: string, options: PdfOptions): Promise<Uint8Array> {
    return this.withPage('print', async (page) => {
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: options.footerTemplate,
        margin: { top: '18mm', bottom: '20mm', left: '20mm', right: '20mm' },
      });
      return new Uint8Array(pdf);
    });
  }

  /**
   * A page of this browser for other work than printing: 'draw' runs scripts (the report's
   * charts are drawn by Observable Plot in the page, server/export/chart-images.ts), still
   * offline.
   */
  async withPage<T>(kind: 'print' | 'draw', use: (page: Page) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('PDF renderer is closed');
    await this.acquire();
    try {
      const page = await (await this.contextFor(kind)).newPage();
      page.setDefaultTimeout(PRINT_TIMEOUT_MS);
      try {
        return await use(page);
      } finally {
        await page.close().catch(() => undefined);
      }
    } finally {
      this.release();
    }
  }

  /**
   * One drawing page kept open between exports, set up once by `prepare` (loading the chart
   * library takes longer than drawing a report's charts); one user at a time. A page that failed
   * is closed and set up again for the next user.
   */
  async withDrawingPage<T>(prepare: (page: Page) => Promise<void>, use: (page: Page) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('PDF renderer is closed');
    const turn = this.drawing.then(async () => {
      await this.acquire();
      try {
        if (!this.drawingPage || this.drawingPage.isClosed()) {
          const page = await (await this.contextFor('draw')).newPage();
          page.setDefaultTimeout(PRINT_TIMEOUT_MS);
          await prepare(page);
          this.drawingPage = page;
        }
        try {
          return await use(this.drawingPage);
        } catch (error) {
          await this.drawingPage.close().catch(() => undefined);
          this.drawingPage = null;
          throw error;
        }
      } finally {
        this.release();
      }
    });
    this.drawing = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  async close(): Promise<void> {
    this.closed = true;
    const browser = this.browser;
    this.browser = null;
    this.contexts.print = this.contexts.draw = null;
    this.drawingPage = null;
    if (!browser) return;
    try {
      await (await browser).close();
      this.log.info('pdf browser closed');
    } catch {
      // It never started or already died; nothing is left to close.
    }
  }

  /**
   * One context for all prints: the report is self-contained, so it needs no scripts and no
   * network (offline), and a new page in a warm context is far quicker than a new context.
   * Drawing charts needs scripts, so it has a context of its own, offline too.
   */
  private contextFor(kind: 'print' | 'draw'): Promise<BrowserContext> {
    let context = this.contexts[kind];
    if (!context) {
      const options = kind === 'print' ? { javaScriptEnabled: false, offline: true } : { javaScriptEnabled: true, offline: true };
      const creating = this.launch().then((browser) => browser.newContext(options));
      this.contexts[kind] = context = creating;
      creating.catch(() => {
        if (this.contexts[kind] === creating) this.contexts[kind] = null;
      });
    }
    return context;
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      const started = performance.now();
      // playwright-core is loaded with the first PDF, not at server start.
      const launching = import('playwright-core').then(({ chromium }) =>
        chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true }),
      );
      this.browser = launching;
      launching.then(
        (browser) => {
          this.log.info('pdf browser started', { ms: Math.round(performance.now() - started) });
          browser.on('disconnected', () => {
            if (this.browser === launching) {
              this.browser = null; // a crash: relaunch on the next PDF
              this.contexts.print = this.contexts.draw = null;
              this.drawingPage = null;
            }
            if (!this.closed) this.log.warn('pdf browser disconnected');
          });
          if (this.closed) void browser.close();
        },
        (error: unknown) => {
          if (this.browser === launching) this.browser = null;
          this.log.error('pdf browser failed to start', { error });
        },
      );
    }
    return this.browser;
  }

  private async acquire(): Promise<void> {
    if (this.active < MAX_PARALLEL_PAGES) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next(); // the slot passes straight to the next waiter
    else this.active--;
  }
}
