import type {
  ICharacterStyleOptions,
  IParagraphPropertiesOptions,
  IParagraphStyleOptions,
  IParagraphStylePropertiesOptions,
  IRunStylePropertiesOptions,
  IStylesOptions,
} from 'docx';
import { LineRuleType } from 'docx';

import { EXPORT_LABELS, type ExportLanguage } from '../common/labels';

type DefaultStyles = NonNullable<IStylesOptions['default']>;

/**
 * The document's language (BCP 47, as `w:lang` and `dc:language` take it): Word's spelling
 * checker and screen readers (Narrator, NVDA, JAWS) pick Dutch from it.
 */
export const LANGUAGE = 'nl-NL';

/**
 * Paragraph style properties plus widow/orphan control. docx writes `w:widowControl` for styles
 * and document defaults too (they go through the same ParagraphProperties), but its style option
 * types leave the property out; this type lets the styles say it without a cast.
 */
export type StyleParagraph = IParagraphStylePropertiesOptions & Pick<IParagraphPropertiesOptions, 'widowControl'>;

/**
 * Widow/orphan control (ECMA-376 §17.3.1.44): no single line of a paragraph left at the foot or
 * head of a page. When no level of the style hierarchy says it, the property is off, and Word's
 * own Normal differs per template, so the defaults and every text style state it.
 */
export const FLOWING: StyleParagraph = { widowControl: true };

/**
 * Run properties stating the briefing's export language (ECMA-376 §17.3.2.20 `w:lang`, its BCP 47
 * tag from common/labels: nl-NL or en-GB), for the defaults and the styles every part uses.
 */
export function runLanguage(language: ExportLanguage): IRunStylePropertiesOptions {
  return { language: { value: EXPORT_LABELS[language].languageTag } };
}

/** Word's built-in style id for the text of a comment ("annotation text"). */
export const COMMENT_STYLE = 'CommentText';

/** Word's built-in character style id of a comment's mark ("annotation reference"), in the text and in comments.xml. */
export const COMMENT_REFERENCE_STYLE = 'CommentReference';

/**
 * Styles every part relies on, each stating the export language (`language`, Dutch by default)
 * and widow control itself, so that a paragraph copied into a document with other defaults keeps
 * both: Normal (body text, headers, footers),
 * footnote text (word/footnotes.xml), comment text (word/comments.xml) and list paragraph, under
 * Word's built-in ids and names, so Dutch Word shows them as "Standaard", "Voetnoottekst",
 * "Tekst opmerking" and "Lijstalinea". Footnote and comment text: 10 pt, single spaced, no space
 * after (docx's own FootnoteText, whose options these replace as a whole).
 */
export function baseStyles(language: ExportLanguage = 'nl'): {
  defaults: Pick<DefaultStyles, 'footnoteText' | 'listParagraph'>;
  paragraphStyles: IParagraphStyleOptions[];
  characterStyles: ICharacterStyleOptions[];
} {
  const lang = runLanguage(language);
  const smallText = (): { paragraph: StyleParagraph; run: IRunStylePropertiesOptions } => ({
    paragraph: { ...FLOWING, spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
    run: { ...lang, size: 20 },
  });
  return {
    defaults: { footnoteText: smallText(), listParagraph: { paragraph: FLOWING, run: lang } },
    paragraphStyles: [
      { id: 'Normal', name: 'Normal', quickFormat: true, paragraph: FLOWING, run: lang },
      {
        id: COMMENT_STYLE,
        name: 'annotation text',
        basedOn: 'Normal',
        uiPriority: 99,
        semiHidden: true,
        unhideWhenUsed: true,
        ...smallText(),
      },
    ],
    // Word's own "annotation reference": 8 pt, used by the comment mark runs.
    characterStyles: [
      {
        id: COMMENT_REFERENCE_STYLE,
        name: 'annotation reference',
        uiPriority: 99,
        semiHidden: true,
        unhideWhenUsed: true,
        run: { size: 16 },
      },
    ],
  };
}
