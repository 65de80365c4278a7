/**
 * A small WordprocessingML writer for the body of word/document.xml (ECMA-376 Part 1 §17): paragraphs,
 * runs, note references, comment marks, hyperlinks and tables as XML text, written the way the
 * `docx` library (9.15.2) writes the same options, byte for byte, so the package reads as before.
 *
 * Why not docx's object tree: on the 400-passage benchmark briefing, in a fresh export process,
 * docx's building and formatting of the body (objects, `prepForXml`, `format`, `resolve`) and the
 * garbage it leaves were about 0.3 s of a 0.84 s export (bench/export.ts, whole process); these
 * functions write the same 0.6 MB of XML in a few milliseconds. The package (styles, numbering,
 * notes, comments, settings, header and footer) still comes from docx.
 */

/** docx's escaping: `& " ' < >` as entities, C0 control characters other than tab, line feed and carriage return dropped (not allowed in XML 1.0). */
export function escapeXml(value: string): string {
  return value.replace(ESCAPED, (char) => ESCAPES[char] ?? '');
}

// eslint-disable-next-line no-control-regex -- the C0 controls XML 1.0 forbids are matched to be dropped
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** `w:t` with preserved spaces around `text` (escaped). */
export const wText = (text: string): string => `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`;

/** Run properties of the body's runs (ECMA-376 §17.3.2), in the order CT_RPr lists them. */
export interface RunProps {
  /** Character style id (w:rStyle). */
  style?: string;
  /** w:b and w:bCs; `false` writes them off explicitly (`w:val="false"`), as docx does. */
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  /** Hex colour without `#` (w:color). */
  color?: string;
  /** Single underline (w:u). */
  underline?: boolean;
  subScript?: boolean;
  superScript?: boolean;
}

const onOff = (name: string, value: boolean): string => (value ? `<${name}/>` : `<${name} w:val="false"/>`);

/** `w:rPr` for `props`, or '' when it would be empty. */
export function runProperties(props: RunProps): string {
  let xml = '';
  if (props.style) xml += `<w:rStyle w:val="${escapeXml(props.style)}"/>`;
  if (props.bold !== undefined) xml += onOff('w:b', props.bold) + onOff('w:bCs', props.bold);
  if (props.italics !== undefined) xml += onOff('w:i', props.italics) + onOff('w:iCs', props.italics);
  if (props.strike !== undefined) xml += onOff('w:strike', props.strike);
  if (props.color) xml += `<w:color w:val="${escapeXml(props.color)}"/>`;
  if (props.underline) xml += '<w:u w:val="single"/>';
  if (props.subScript) xml += '<w:vertAlign w:val="subscript"/>';
  if (props.superScript) xml += '<w:vertAlign w:val="superscript"/>';
  return xml ? `<w:rPr>${xml}</w:rPr>` : '';
}

/** A run (`w:r`) of `props` around `content` (run content XML: `wText`, `<w:tab/>`, `<w:br/>` …). */
export const wRun = (props: RunProps, content: string): string => `<w:r>${runProperties(props)}${content}</w:r>`;

/** A run of plain `text`. */
export const plainRun = (text: string): string => wRun({}, wText(text));

/** The footnote reference of note `id` (w:footnoteReference in the FootnoteReference style, §17.11.14). */
export const footnoteReferenceRun = (id: number): string =>
  `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;

/** Comment range marks and the reference run (§17.13.4.3–5). */
export const commentRangeStart = (id: number): string => `<w:commentRangeStart w:id="${id}"/>`;
export const commentRangeEnd = (id: number): string => `<w:commentRangeEnd w:id="${id}"/>`;
export const commentReferenceRun = (id: number): string => `<w:r><w:commentReference w:id="${id}"/></w:r>`;

/** Paragraph properties of the body's paragraphs (§17.3.1), in the order CT_PPr lists them. */
export interface ParagraphProps {
  /** Paragraph style id (w:pStyle): a heading's `Heading1`…, `Quote`, `TitleBlock` … */
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  /** A list item: its numbering (a `w:numId` placeholder resolved after docx numbered the lists: ListNumbers) and level. */
  numbering?: { reference: string; level: number; instance: number };
  /** Spacing before and after, in twips. */
  spacing?: { before?: number; after?: number };
  /** Indents in twips (`w:ind`, ECMA-376 §17.3.1.12), overriding the style's: left, right, and the first line's hanging. */
  indent?: { left: number; right: number; hanging?: number };
}

/** `w:pPr` for `props` ('' when empty). A list item without a style gets Word's ListParagraph style, as docx gives it. */
export function paragraphProperties(props: ParagraphProps): string {
  let xml = '';
  if (props.numbering && !props.style) xml += '<w:pStyle w:val="ListParagraph"/>';
  if (props.style) xml += `<w:pStyle w:val="${escapeXml(props.style)}"/>`;
  if (props.keepNext !== undefined) xml += onOff('w:keepNext', props.keepNext);
  if (props.keepLines !== undefined) xml += onOff('w:keepLines', props.keepLines);
  if (props.numbering) {
    const { reference, level, instance } = props.numbering;
    xml += `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numIdPlaceholder(reference, instance)}"/></w:numPr>`;
  }
  if (props.spacing) {
    const { before, after } = props.spacing;
    xml += `<w:spacing${after !== undefined ? ` w:after="${after}"` : ''}${before !== undefined ? ` w:before="${before}"` : ''}/>`;
  }
  if (props.indent) {
    const { left, right, hanging } = props.indent;
    xml += `<w:ind w:left="${left}" w:right="${right}"${hanging !== undefined ? ` w:hanging="${hanging}"` : ''}/>`;
  }
  return xml ? `<w:pPr>${xml}</w:pPr>` : '';
}

/** A paragraph (`w:p`) of `props` around `content` (runs and marks); `<w:p/>` when both are empty, as docx writes it. */
export function wParagraph(props: ParagraphProps, content: string): string {
  const inner = paragraphProperties(props) + content;
  return inner ? `<w:p>${inner}</w:p>` : '<w:p/>';
}

/** The placeholder a list paragraph carries for its `w:numId` until docx has numbered the lists: `{reference-instance}`, docx's own list key. */
export const numIdPlaceholder = (reference: string, instance: number): string => `{${reference}-${instance}}`;

/**
 * Replaces the `w:numId` placeholders of `xml` (numIdPlaceholder) with the numbers in `numIds`
 * (list key → `w:num` id). Only `w:numId` values are touched, never text. Throws when a key has no number (a bug).
 */
export function resolveNumIds(xml: string, numIds: ReadonlyMap<string, number>): string {
  return xml.replace(/<w:numId w:val="\{([^"{}]+)\}"\/>/g, (_match, key: string) => {
    const id = numIds.get(key);
    if (id === undefined) throw new Error(`No list numbering for ${key}`);
    return `<w:numId w:val="${id}"/>`;
  });
}
