import type { INumberingOptions, IStylesOptions } from 'docx';
import { AlignmentType, BorderStyle, LevelFormat } from 'docx';

import type { ExportLanguage } from '../common/labels';
import { LIST_BULLETS, LIST_NUMBER_FORMATS } from '../common/list-marks';
import type { StyleParagraph } from './base-styles';
import { baseStyles, FLOWING, runLanguage } from './base-styles';

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
 * The document's styles (word/styles.xml): Arial 10.5 pt body in the export language (`w:lang`
 * nl-NL, or en-GB for an English briefing: `language`, Dutch by default) with
 * widow/orphan control on, from the document defaults down to every text style (see
 * base-styles.ts); Word's built-in Heading1..3 so the navigation pane, a table of contents and
 * screen readers see the structure, each kept on the page of the paragraph after it and never
 * split; and own paragraph styles for quoted passages, their citation line and the title block
 * (docx has no Quote style of its own).
 */
export function documentStyles(language: ExportLanguage = 'nl'): IStylesOptions {
  const lang = runLanguage(language);
  const heading = (size: number, italics = false) => {
    const paragraph: StyleParagraph = { ...FLOWING, spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true };
    return {
      run: { ...lang, font: FONT, size: HALF_POINTS(size), bold: true, ...(italics ? { italics } : {}), color: '000000' },
      paragraph,
    };
  };
  const documentParagraph: StyleParagraph = { ...FLOWING, spacing: { after: 120, line: 276 } };
  const titleParagraph: StyleParagraph = { ...FLOWING, spacing: { after: 240 }, keepNext: true, keepLines: true };
  const quoteParagraph: StyleParagraph = {
    ...FLOWING,
    indent: { left: TWIPS_PER_CM, right: TWIPS_PER_CM },
    spacing: { before: 60, after: 60 },
    border: { left: { style: BorderStyle.SINGLE, size: 12, color: '7F7F7F', space: 8 } },
  };
  const citationParagraph: StyleParagraph = { ...FLOWING, indent: { left: TWIPS_PER_CM, right: TWIPS_PER_CM }, spacing: { after: 200 } };
  const base = baseStyles(language);
  return {
    default: {
      document: { run: { ...lang, font: FONT, size: HALF_POINTS(10.5) }, paragraph: documentParagraph },
      title: { run: { ...lang, font: FONT, size: HALF_POINTS(18), bold: true }, paragraph: titleParagraph },
      heading1: heading(14),
      heading2: heading(12),
      heading3: heading(10.5, true),
      ...base.defaults,
    },
    paragraphStyles: [
      ...base.paragraphStyles,
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true },
        paragraph: quoteParagraph,
      },
      {
        id: STYLE.citation,
        name: 'Bronvermelding',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: HALF_POINTS(9), color: '404040' },
        paragraph: citationParagraph,
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
    characterStyles: base.characterStyles,
  };
}

/**
 * Real Word numbering (word/numbering.xml) for bulleted and numbered lists, five levels each
 * (0–4, as the briefing model's list item `level`): bullets •, –, ◦ and numbers 1., a., i., each
 * level 360 twips (18 pt) further in, as the PDF export draws them (common/list-marks).
 */
export function documentNumbering(): INumberingOptions {
  const indent = (level: number) => ({ left: 720 + 360 * level, hanging: 360 });
  return {
    config: [
      {
        reference: LIST.bullet,
        levels: LIST_BULLETS.map((bullet, level) => ({
          level,
          format: LevelFormat.BULLET,
          text: bullet,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: indent(level) }, run: { font: FONT } },
        })),
      },
      {
        reference: LIST.ordered,
        levels: LIST_NUMBER_FORMATS.map((format, level) => ({
          level,
          format,
          text: `%${level + 1}.`,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: indent(level) } },
        })),
      },
    ],
  };
}
