/**
 * The Word report (.docx): the report outline rendered with named styles only. One section per
 * programme, each opening on its own title page; a table of contents after the first title page
 * (filled in with every heading, linked; Word adds the page numbers when it opens the file);
 * header rows repeat on every page a table spans and no row is split across two pages; the
 * footer reads "pagina X van Y". Version name, status and date are in the core
 * and custom properties too, so a document management system can index them.
 */
import {
  Document,
  Footer,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { ACTIVITY_NUMBERING, DOCX_NUMBERING, DOCX_STYLES, STYLE } from './docx-styles.ts';
import { reportOutline, type Block, type ReportPart } from './report-outline.ts';
import type { ExportSnapshot } from './snapshot.ts';
import { yieldToEventLoop } from './yield.ts';

// A4 portrait with 2 cm margins, in twips.
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** The programme report by default; the voortgangsrapportage passes its own parts and subject. */
export async function renderDocx(snapshot: ExportSnapshot, parts = reportOutline(snapshot), kind = 'Uitvoeringsprogramma'): Promise<Uint8Array> {
  const sections: ISectionOptions[] = [];
  const lists = { next: 0 };
  for (const [index, part] of parts.entries()) {
    sections.push(renderPart(part, snapshot, lists, index === 0));
    await yieldToEventLoop();
  }
  const { version } = snapshot;
  const document = new Document({
    title: `${snapshot.title} - ${version.name}`,
    subject: `${kind} (${version.status}, ${version.date})`,
    creator: 'Koers',
    lastModifiedBy: 'Koers',
    description: `Export uit Koers. Versie: ${version.name}; status: ${version.status}; datum: ${version.date}.`,
    keywords: [kind.toLowerCase(), ...snapshot.programmes.map((p) => p.name)].join(', '),
    customProperties: [
      { name: 'Versie', value: version.name },
      { name: 'Versiestatus', value: version.status },
      { name: 'Versiedatum', value: version.date },
      { name: 'Programma', value: snapshot.title },
    ],
    styles: DOCX_STYLES,
    numbering: DOCX_NUMBERING,
    // Word fills in the page numbers of the table of contents when it opens the file.
    features: { updateFields: true },
    sections,
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function renderPart(part: ReportPart, snapshot: ExportSnapshot, lists: { next: number }, first: boolean): ISectionOptions {
  const children: (Paragraph | Table | TableOfContents)[] = [];
  // The combined export's cover lists the programmes and their goals; one programme lists its goals and uitwerkingen.
  const contents = !first ? null : part.programme ? PROGRAMME_CONTENTS : COVER_CONTENTS;
  for (const block of part.blocks) children.push(...renderBlock(block, lists, contents, !part.programme));
  const footerTitle = part.programme?.name ?? snapshot.title;
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, footer: 567 },
      },
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            style: STYLE.footer,
            children: [
              new TextRun(`${footerTitle} - ${snapshot.version.name}`),
              new TextRun({ children: ['\tpagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] }),
            ],
            tabStops: [{ type: 'right', position: TEXT_WIDTH }],
          }),
        ],
      }),
    },
    children,
  };
}

type ContentsLevels = { styleName: string; level: number }[];

const PROGRAMME_CONTENTS: ContentsLevels = [
  { styleName: 'Koers Kop 1', level: 1 },
  { styleName: 'Koers Kop 2', level: 2 },
];

const COVER_CONTENTS: ContentsLevels = [
  { styleName: 'Koers Titel', level: 1 },
  { styleName: 'Koers Kop 1', level: 2 },
];

function renderBlock(block: Block, lists: { next: number }, contents: ContentsLevels | null, cover: boolean): (Paragraph | Table | TableOfContents)[] {
  switch (block.type) {
    case 'titlePage':
      return [
        new Paragraph({ style: STYLE.kicker, text: block.kicker }),
        new Paragraph({ style: cover ? STYLE.coverTitle : STYLE.title, text: block.title }),
        ...block.facts.map(
          ([label, value]) =>
            new Paragraph({ style: STYLE.fact, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }),
        ),
        // The table of contents names the programmes; without one the cover lists them.
        ...(contents ? [] : (block.contents ?? []).map((name) => new Paragraph({ style: STYLE.fact, text: `- ${name}` }))),
        new Paragraph({ style: STYLE.body, children: [new PageBreak()] }),
        ...(contents
          ? [
              new Paragraph({ style: STYLE.contentsHeading, text: 'Inhoud' }),
              new TableOfContents('Inhoud', { hyperlink: true, stylesWithLevels: contents }),
              new Paragraph({ style: STYLE.body, children: [new PageBreak()] }),
            ]
          : []),
      ];
    case 'heading':
      return [new Paragraph({ style: block.level === 1 ? STYLE.heading1 : STYLE.heading2, text: block.text })];
    case 'label':
      return [new Paragraph({ style: STYLE.label, text: block.text })];
    case 'paragraph':
      return textParagraphs(block.text, block.empty ? STYLE.empty : STYLE.body);
    case 'numberedList': {
      const instance = ++lists.next;
      return block.items.map(
        (item) => new Paragraph({ style: STYLE.list, text: item, numbering: { reference: ACTIVITY_NUMBERING, level: 0, instance } }),
      );
    }
    case 'table':
      return [
        new Table({
          style: STYLE.table,
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: block.columns.map((c) => Math.round((TEXT_WIDTH * c.width) / 100)),
          tableLook: { firstRow: true, noVBand: true },
          rows: [
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: block.columns.map(
                (c) => new TableCell({ children: [new Paragraph({ style: STYLE.tableHeader, text: c.header })] }),
              ),
            }),
            ...block.rows.map(
              (row) =>
                new TableRow({
                  // A row reads as one: Word moves it to the next page whole (one taller than a page still breaks).
                  cantSplit: true,
                  children: row.map(
                    (cell) => new TableCell({ children: cell.flatMap((text) => textParagraphs(text, STYLE.tableText)) }),
                  ),
                }),
            ),
          ],
        }),
        // Word needs a paragraph between two tables, or it merges them into one.
        new Paragraph({ style: STYLE.body, children: [] }),
      ];
    case 'image': {
      // A chart: SVG for Word versions that show it, its PNG for the others (and for LibreOffice).
      const scale = Math.min(1, TEXT_WIDTH / 15 / block.image.width);
      const transformation = { width: Math.round(block.image.width * scale), height: Math.round(block.image.height * scale) };
      const altText = { name: 'Grafiek', title: 'Grafiek', description: stripControl(block.alt) };
      return [
        new Paragraph({
          style: STYLE.body,
          children: [
            new ImageRun({ type: 'svg', data: new TextEncoder().encode(block.image.svg), fallback: { type: 'png', data: block.image.png }, transformation, altText }),
          ],
        }),
      ];
    }
  }
}

/** A cell's line breaks become paragraphs of the same style, never manual formatting. */
function textParagraphs(text: string, style: string): Paragraph[] {
  const lines = text.split(/\r?\n/);
  return lines.map((line) => new Paragraph({ style, text: stripControl(line) }));
}

/** XML 1.0 forbids most control characters; a pasted one must not make Word refuse the file. */
function stripControl(text: string): string {
  return text.replace(/[^\P{Cc}\t\n\r\u007f-\u009f]|[\ufffe\uffff]/gu, '');
}
