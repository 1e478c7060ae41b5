/** The outcome as a Word report with the house styles of the programme report. */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { DOCX_STYLES, STYLE } from '../../export/docx-styles.ts';
import type { OutcomeTables, Table as PlainTable } from './outcome-tables.ts';

const TEXT_WIDTH = 11906 - 2 * 1134;

export async function renderOutcomeDocx(tables: OutcomeTables): Promise<Uint8Array> {
  const document = new Document({
    title: tables.title,
    creator: 'Koers',
    lastModifiedBy: 'Koers',
    description: 'Uitkomst van een werkatelier, uit Koers.',
    styles: DOCX_STYLES,
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children: [
          new Paragraph({ style: STYLE.kicker, text: 'Werkatelier' }),
          new Paragraph({ style: STYLE.title, text: plain(tables.title) }),
          ...tables.facts.map(
            ([label, value]) => new Paragraph({ style: STYLE.fact, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(plain(value))] }),
          ),
          new Paragraph({ style: STYLE.heading1, text: 'Rangorde' }),
          ...(tables.ranking.rows.length > 0 ? table(tables.ranking) : [new Paragraph({ style: STYLE.empty, text: 'Er is niet gestemd.' })]),
          new Paragraph({ style: STYLE.heading1, text: 'Kaarten en wat ermee is gedaan' }),
          ...(tables.cards.rows.length > 0 ? table(tables.cards) : [new Paragraph({ style: STYLE.empty, text: 'Er zijn geen kaarten ingebracht.' })]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function table(source: PlainTable): (Table | Paragraph)[] {
  const total = source.widths.reduce((a, b) => a + b, 0);
  return [
    new Table({
      style: STYLE.table,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: source.widths.map((w) => Math.round((TEXT_WIDTH * w) / total)),
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: source.headers.map((h) => new TableCell({ children: [new Paragraph({ style: STYLE.tableHeader, text: h })] })),
        }),
        ...source.rows.map(
          (row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph({ style: STYLE.tableText, text: plain(String(cell)) })] })) }),
        ),
      ],
    }),
    // Word merges two adjacent tables unless a paragraph sits between them.
    new Paragraph({ style: STYLE.body, children: [] }),
  ];
}

/** XML 1.0 forbids most control characters; a participant's pasted one must not break the file. */
function plain(text: string): string {
  return text.replace(/[^\P{Cc}\t\n\r\u007f-\u009f]|[\ufffe\uffff]/gu, '');
}
