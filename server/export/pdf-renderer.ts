/**
 * Prints HTML to PDF in Debian's Chromium. One browser per server, launched on the first PDF
 * (most servers never print one) and closed on shutdown; every export gets its own page, so
 * the layout work happens in the browser process, not on the thread that serves sync.
 */
import type { Browser, BrowserContext } from 'playwright-core';
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
  private context: Promise<BrowserContext> | null = null;
  private closed = false;
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly log: Logger) {}

  async render(html: string, options: PdfOptions): Promise<Uint8Array> {
    if (this.closed) throw new Error('PDF renderer is closed');
    await this.acquire();
    try {
      const page = await (await this.printingContext()).newPage();
      page.setDefaultTimeout(PRINT_TIMEOUT_MS);
      try {
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
      } finally {
        await page.close().catch(() => undefined);
      }
    } finally {
      this.release();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const browser = this.browser;
    this.browser = null;
    this.context = null;
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
   */
  private printingContext(): Promise<BrowserContext> {
    if (!this.context) {
      const creating = this.launch().then((browser) => browser.newContext({ javaScriptEnabled: false, offline: true }));
      this.context = creating;
      creating.catch(() => {
        if (this.context === creating) this.context = null;
      });
    }
    return this.context;
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
              this.context = null;
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
