import { EXPORT_LABELS, type ExportLanguage } from '../common/labels';
import { pageLabel } from '../common/page-label';
import { LINK_STYLE_XML, XLINK_NAMESPACE } from './hyperlink';
import { escapeXml } from './xml';

/** The namespaces of the ODF 1.3 document parts this exporter writes (ODF 1.3 Part 3 §1.5). */
export const NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"',
  XLINK_NAMESPACE,
].join(' ');

/** Paragraph style names (display names are Dutch where the Word export's are). */
export const ODT_STYLE = {
  title: 'Title',
  titleBlock: 'Titelblok',
  /** A paragraph in a cell of a nota's title block table (nota-table.ts). */
  titleBlockCell: 'Titelblokcel',
  heading: ['Heading_20_1', 'Heading_20_2', 'Heading_20_3'],
  body: 'Text_20_body',
  quote: 'Quotations',
  /** A quoted list item with its label hanging (`Citaatlijst_0`…`_4` by indent level) or indented without one (`Citaatinspringing_1`…`_4`). */
  quoteItem: ['Citaatlijst_0', 'Citaatlijst_1', 'Citaatlijst_2', 'Citaatlijst_3', 'Citaatlijst_4'],
  quoteIndent: ['Quotations', 'Citaatinspringing_1', 'Citaatinspringing_2', 'Citaatinspringing_3', 'Citaatinspringing_4'],
  /** The text style of a quoted list item's label printed apart: upright (the quote is italic). */
  quoteLabel: 'Citaatlabel',
  citation: 'Bronvermelding',
  footnote: 'Footnote',
  comment: 'Opmerking',
  classification: 'Rubricering',
  footer: 'Footer',
} as const;

/** `fo:language` and `fo:country` (ODF 1.3 Part 3 §20.227/§20.202) of the export language's tag (nl-NL, en-GB). */
function languageAttributes(language: ExportLanguage): string {
  const [lang, country] = EXPORT_LABELS[language].languageTag.split('-');
  return `fo:language="${lang}" fo:country="${country}"`;
}
const FONT = 'style:font-name="Liberation Sans" fo:font-family="\'Liberation Sans\'"';

/**
 * The quoted list item styles (ODT_STYLE.quoteItem / quoteIndent), children of Quotations: the
 * text one list step (0.635 cm, as the lists) further in per level through the padding, so the
 * quote's rule stays at its edge; a label hangs one step left of the text, a tab after it.
 */
function quoteListStyles(): string {
  const PADDING = 0.282; // Quotations' 8 pt, in cm
  const STEP = 0.635;
  // LibreOffice keeps a paragraph's borders and padding as one property, and its indents (margins
  // and first-line indent) as another: a style setting only the padding loses the inherited rule,
  // one setting only the first-line indent loses the 1 cm margin (the label then hung left of the
  // quote, outside its rule). So each style states the rule and the margins again. LibreOffice also
  // draws the rule at the hanging first line's start, so a hanging style is one step further in by
  // its margin and one step less by its padding, which keeps the rule at 1 cm.
  const style = (name: string, steps: number, hanging: boolean) => {
    const margin = hanging ? 1 + STEP : 1;
    const padding = (PADDING + STEP * (hanging ? steps - 1 : steps)).toFixed(3);
    return (
      `<style:style style:name="${name}" style:display-name="${name.replace('_', ' ')}" style:family="paragraph" style:parent-style-name="${ODT_STYLE.quote}">` +
      `<style:paragraph-properties fo:border-left="1.5pt solid #7f7f7f" fo:margin-left="${margin}cm" fo:margin-right="1cm" fo:padding-left="${padding}cm"` +
      (hanging
        ? ` fo:text-indent="-${STEP}cm"><style:tab-stops><style:tab-stop style:position="${padding}cm"/></style:tab-stops></style:paragraph-properties>`
        : '/>') +
      `</style:style>`
    );
  };
  const labelled = ODT_STYLE.quoteItem.map((name, level) => style(name, level + 1, true));
  const indented = ODT_STYLE.quoteIndent.slice(1).map((name, index) => style(name, index + 1, false));
  return [...labelled, ...indented].join('');
}

function paragraphStyle(name: string, display: string, paragraph: string, text: string, extra = ''): string {
  return (
    `<style:style style:name="${name}" style:display-name="${display}" style:family="paragraph" style:parent-style-name="Standard"${extra}>` +
    `<style:paragraph-properties ${paragraph}/><style:text-properties ${text}/></style:style>`
  );
}

/**
 * styles.xml (ODF 1.3 Part 3 §3.1.3): the named styles mirroring the Word export's (body 10.5 pt
 * Liberation Sans, headings 14/12/10.5 pt bold with outline levels, quotes italic and indented 1
 * cm with a grey rule, the citation line 9 pt, footnotes 8 pt), all in the export language
 * (`language`: `fo:language`/`fo:country` nl/NL or en/GB) with widow/orphan
 * control; the list styles; an A4 page whose header and footer carry the classification marking,
 * and the footer "Pagina X van Y" as page-number and page-count fields.
 */
export function stylesXml(classification: string, language: ExportLanguage = 'nl'): string {
  const label = pageLabel(language);
  const lang = languageAttributes(language);
  const marking = classification.trim()
    ? `<text:p text:style-name="${ODT_STYLE.classification}">${escapeXml(classification.trim())}</text:p>`
    : '';
  const keep = 'fo:widows="2" fo:orphans="2"';
  const heading = (level: number, size: number, italic = false) =>
    `<style:style style:name="Heading_20_${level}" style:display-name="Heading ${level}" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="${ODT_STYLE.body}" style:default-outline-level="${level}">` +
    `<style:paragraph-properties fo:margin-top="12pt" fo:margin-bottom="6pt" fo:keep-with-next="always"/>` +
    `<style:text-properties fo:font-size="${size}pt" fo:font-weight="bold"${italic ? ' fo:font-style="italic"' : ''}/></style:style>`;
  const bullets = ['•', '–', '◦', '•', '–'];
  const formats = ['1', 'a', 'i', '1', 'a'];
  const level = (index: number) =>
    `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="${0.635 * (index + 2)}cm" fo:text-indent="-0.635cm" fo:margin-left="${0.635 * (index + 2)}cm"/></style:list-level-properties>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NAMESPACES} office:version="1.3">` +
    `<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>` +
    `<office:styles>` +
    `<style:default-style style:family="paragraph"><style:paragraph-properties ${keep}/><style:text-properties ${FONT} fo:font-size="10.5pt" ${lang}/></style:default-style>` +
    `<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties fo:margin-bottom="6pt" fo:line-height="115%" ${keep}/><style:text-properties ${FONT} fo:font-size="10.5pt" ${lang}/></style:style>` +
    paragraphStyle(ODT_STYLE.body, 'Text body', '', '') +
    paragraphStyle(ODT_STYLE.title, 'Title', 'fo:margin-bottom="12pt"', 'fo:font-size="18pt" fo:font-weight="bold"') +
    paragraphStyle(ODT_STYLE.titleBlock, 'Titelblok', 'fo:margin-bottom="0pt" fo:margin-left="3cm" fo:text-indent="-3cm"', '') +
    paragraphStyle(ODT_STYLE.titleBlockCell, 'Titelblokcel', 'fo:margin-bottom="0pt" fo:keep-with-next="always"', '') +
    heading(1, 14) +
    heading(2, 12) +
    heading(3, 10.5, true) +
    paragraphStyle(
      ODT_STYLE.quote,
      'Quotations',
      'fo:margin-left="1cm" fo:margin-right="1cm" fo:margin-top="3pt" fo:margin-bottom="3pt" fo:border-left="1.5pt solid #7f7f7f" fo:padding-left="8pt"',
      'fo:font-style="italic"',
    ) +
    quoteListStyles() +
    paragraphStyle(
      ODT_STYLE.citation,
      'Bronvermelding',
      'fo:margin-left="1cm" fo:margin-right="1cm" fo:margin-bottom="10pt" fo:keep-together="always"',
      'fo:font-size="9pt" fo:color="#404040"',
    ) +
    // Indented as LibreOffice's own Footnote style: the number hangs in the indent, a space before the text.
    paragraphStyle(
      ODT_STYLE.footnote,
      'Footnote',
      'fo:margin-left="0.598cm" fo:text-indent="-0.598cm" fo:margin-bottom="0pt" fo:line-height="100%"',
      'fo:font-size="8pt"',
    ) +
    paragraphStyle(ODT_STYLE.comment, 'Opmerking', 'fo:margin-bottom="0pt"', 'fo:font-size="10pt"') +
    paragraphStyle(
      ODT_STYLE.classification,
      'Rubricering',
      'fo:text-align="center" fo:margin-bottom="0pt"',
      'fo:font-size="9pt" fo:font-weight="bold"',
    ) +
    paragraphStyle(ODT_STYLE.footer, 'Footer', 'fo:text-align="end" fo:margin-bottom="0pt"', 'fo:font-size="9pt"') +
    // The number in the text (anchor) and in the note area (symbol), both raised, as in the Word export.
    `<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>` +
    `<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>` +
    // A quoted list item's label printed apart: upright inside the italic quote, as the Word and PDF exports print it.
    `<style:style style:name="${ODT_STYLE.quoteLabel}" style:display-name="Citaatlabel" style:family="text"><style:text-properties fo:font-style="normal"/></style:style>` +
    LINK_STYLE_XML +
    `<text:list-style style:name="Opsomming">${bullets.map((bullet, index) => `<text:list-level-style-bullet text:level="${index + 1}" text:bullet-char="${bullet}">${level(index)}</text:list-level-style-bullet>`).join('')}</text:list-style>` +
    `<text:list-style style:name="Nummering">${formats.map((format, index) => `<text:list-level-style-number text:level="${index + 1}" style:num-format="${format}" style:num-suffix=".">${level(index)}</text:list-level-style-number>`).join('')}</text:list-style>` +
    `<text:notes-configuration text:note-class="footnote" text:default-style-name="${ODT_STYLE.footnote}" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>` +
    `</office:styles>` +
    `<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.25cm" fo:margin-bottom="1.25cm" fo:margin-left="2.54cm" fo:margin-right="2.54cm"/>` +
    `<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout></office:automatic-styles>` +
    `<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">` +
    `<style:header>${marking || '<text:p/>'}</style:header>` +
    `<style:footer>${marking}<text:p text:style-name="${ODT_STYLE.footer}">${escapeXml(label.before)}<text:page-number text:select-page="current">1</text:page-number>${escapeXml(label.between)}<text:page-count>1</text:page-count>${escapeXml(label.after)}</text:p></style:footer>` +
    `</style:master-page></office:master-styles></office:document-styles>`
  );
}
