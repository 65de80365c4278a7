import type { INumberingOptions, IStylesOptions } from 'docx';
import { AlignmentType, BorderStyle, LevelFormat } from 'docx';

/**
 * Arial for everything. Every Word installation (Windows and macOS) has it, it covers Latin-1,
 * Latin Extended-A and General Punctuation — so "Yeşilgöz", "Čavušoğlu", ‘ ’ “ ” – … all
 * render — and LibreOffice substitutes the metric-compatible Liberation Sans, the font the PDF
 * exporter embeds, so both exports break lines alike. Nothing is embedded in the .docx.
 */
export const FONT = 'Arial';

/** Style ids (OOXML `w:styleId`). `Quote` is Word's own built-in name, shown as "Citaat" in Dutch Word. */
export const STYLE = {
  quote: 'Quote',
  citation: 'SourceCitation',
  titleBlock: 'TitleBlock',
  classification: 'Classification',
} as const;

/** Numbering references for `numbering.config`; each list gets its own `instance`, so each list starts at 1. */
export const LIST = { bullet: 'dossier-bullet', ordered: 'dossier-ordered' } as const;

const HALF_POINTS = (pt: number): number => pt * 2;
const TWIPS_PER_CM = 567;

/**
 * The document's styles (word/styles.xml): Arial 10.5 pt body, Word's built-in Heading1..3 so the
 * navigation pane and a table of contents work, and own paragraph styles for quoted passages,
 * their citation line and the title block (docx has no Quote style of its own).
 */
export function documentStyles(): IStylesOptions {
  const heading = (size: number) => ({
    run: { font: FONT, size: HALF_POINTS(size), bold: true, color: '000000' },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: HALF_POINTS(10.5) },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: { run: { font: FONT, size: HALF_POINTS(18), bold: true }, paragraph: { spacing: { after: 240 } } },
      heading1: heading(14),
      heading2: heading(12),
      heading3: { ...heading(10.5), run: { font: FONT, size: HALF_POINTS(10.5), bold: true, italics: true } },
    },
    paragraphStyles: [
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true },
        paragraph: {
          indent: { left: TWIPS_PER_CM, right: TWIPS_PER_CM },
          spacing: { before: 60, after: 60 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: '7F7F7F', space: 8 } },
        },
      },
      {
        id: STYLE.citation,
        name: 'Bronvermelding',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: HALF_POINTS(9), color: '404040' },
        paragraph: { indent: { left: TWIPS_PER_CM, right: TWIPS_PER_CM }, spacing: { after: 200 } },
      },
      {
        id: STYLE.titleBlock,
        name: 'Titelblok',
        basedOn: 'Normal',
        next: STYLE.titleBlock,
        paragraph: { spacing: { after: 0 }, indent: { left: 3 * TWIPS_PER_CM, hanging: 3 * TWIPS_PER_CM } },
      },
      {
        id: STYLE.classification,
        name: 'Rubricering',
        basedOn: 'Normal',
        run: { bold: true, size: HALF_POINTS(9) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
      },
    ],
  };
}

/** Real Word numbering (word/numbering.xml) for bulleted and numbered lists, one level each. */
export function documentNumbering(): INumberingOptions {
  const indent = { left: 720, hanging: 360 };
  return {
    config: [
      {
        reference: LIST.bullet,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '•',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent }, run: { font: FONT } },
          },
        ],
      },
      {
        reference: LIST.ordered,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent } },
          },
        ],
      },
    ],
  };
}
