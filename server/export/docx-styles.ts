/**
 * The Word report's named styles. Every paragraph and table in the report refers to one of
 * these by name and carries no formatting of its own, so a municipality restyles the whole
 * report by changing "Koers Kop 1" or "Koers Tabel" in Word once (or by attaching its house
 * template with the same style names).
 */
import { AlignmentType, ImportedXmlComponent, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';

export const STYLE = {
  kicker: 'KoersBovenschrift',
  title: 'KoersTitel',
  coverTitle: 'KoersOmslagtitel',
  contentsHeading: 'KoersInhoudKop',
  fact: 'KoersGegeven',
  heading1: 'KoersKop1',
  heading2: 'KoersKop2',
  label: 'KoersLabel',
  body: 'KoersTekst',
  empty: 'KoersNogLeeg',
  tableHeader: 'KoersTabelkop',
  tableText: 'KoersTabeltekst',
  list: 'KoersLijst',
  footer: 'KoersVoettekst',
  table: 'KoersTabel',
} as const;

export const ACTIVITY_NUMBERING = 'koers-activiteiten';

const FONT = 'Arial';
const INK = '1F2933';
const ACCENT = '1D4E89';

export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 20, color: INK }, paragraph: { spacing: { after: 100, line: 276 } } },
  },
  paragraphStyles: [
    { id: STYLE.body, name: 'Koers Tekst', basedOn: 'Normal', next: STYLE.body, quickFormat: true },
    {
      id: STYLE.kicker,
      name: 'Koers Bovenschrift',
      basedOn: 'Normal',
      next: STYLE.title,
      run: { size: 24, color: ACCENT, allCaps: true },
      paragraph: { spacing: { before: 2400, after: 200 } },
    },
    {
      id: STYLE.title,
      name: 'Koers Titel',
      basedOn: 'Title',
      next: STYLE.fact,
      quickFormat: true,
      run: { font: FONT, size: 52, bold: true, color: ACCENT },
      paragraph: { spacing: { after: 600 } },
    },
    // The combined export's cover: its own name, so the table of contents lists programmes (Koers Titel) but not the cover.
    { id: STYLE.coverTitle, name: 'Koers Omslagtitel', basedOn: STYLE.title, next: STYLE.fact },
    {
      id: STYLE.contentsHeading,
      name: 'Koers Inhoud kop',
      basedOn: 'Normal',
      next: STYLE.body,
      run: { font: FONT, size: 32, bold: true, color: ACCENT },
      paragraph: { keepNext: true, spacing: { before: 240, after: 160 } },
    },
    { id: STYLE.fact, name: 'Koers Gegeven', basedOn: 'Normal', next: STYLE.fact, run: { size: 22 }, paragraph: { spacing: { after: 80 } } },
    {
      id: STYLE.heading1,
      name: 'Koers Kop 1',
      basedOn: 'Heading1',
      next: STYLE.body,
      quickFormat: true,
      run: { font: FONT, size: 32, bold: true, color: ACCENT },
      paragraph: { outlineLevel: 0, keepNext: true, spacing: { before: 480, after: 160 } },
    },
    {
      id: STYLE.heading2,
      name: 'Koers Kop 2',
      basedOn: 'Heading2',
      next: STYLE.label,
      quickFormat: true,
      run: { font: FONT, size: 26, bold: true, color: INK },
      paragraph: { outlineLevel: 1, keepNext: true, spacing: { before: 360, after: 120 } },
    },
    {
      id: STYLE.label,
      name: 'Koers Label',
      basedOn: 'Normal',
      next: STYLE.body,
      quickFormat: true,
      run: { bold: true, color: ACCENT },
      paragraph: { keepNext: true, spacing: { before: 160, after: 60 } },
    },
    { id: STYLE.empty, name: 'Koers Nog leeg', basedOn: STYLE.body, next: STYLE.body, run: { italics: true, color: '6B7280' } },
    { id: STYLE.tableText, name: 'Koers Tabeltekst', basedOn: 'Normal', next: STYLE.tableText, run: { size: 18 }, paragraph: { spacing: { after: 60 } } },
    { id: STYLE.tableHeader, name: 'Koers Tabelkop', basedOn: STYLE.tableText, next: STYLE.tableText, run: { bold: true }, paragraph: { keepNext: true } },
    { id: STYLE.list, name: 'Koers Genummerde lijst', basedOn: 'ListParagraph', next: STYLE.list, paragraph: { spacing: { after: 60 } } },
    { id: STYLE.footer, name: 'Koers Voettekst', basedOn: 'Footer', run: { size: 16, color: '4B5563' } },
  ],
  // docx has no builder for table styles; this is the WordprocessingML it would write.
  importedStyles: [
    ImportedXmlComponent.fromXmlString(
      `<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:type="table" w:styleId="${STYLE.table}" w:customStyle="1">` +
        '<w:name w:val="Koers Tabel"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>' +
        '<w:tblPr><w:tblBorders>' +
        `<w:top w:val="single" w:sz="6" w:space="0" w:color="${ACCENT}"/><w:left w:val="single" w:sz="4" w:space="0" w:color="9CA3AF"/>` +
        `<w:bottom w:val="single" w:sz="6" w:space="0" w:color="${ACCENT}"/><w:right w:val="single" w:sz="4" w:space="0" w:color="9CA3AF"/>` +
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="9CA3AF"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="9CA3AF"/>' +
        '</w:tblBorders><w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tblPr/><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="DCE6F2"/></w:tcPr></w:tblStylePr>' +
        '</w:style>',
    ),
  ],
};

export const DOCX_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: ACTIVITY_NUMBERING,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 440, hanging: 360 } } },
        },
      ],
    },
  ],
};
