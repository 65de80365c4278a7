import { buildLetter } from '../parse-letter';
import type { Letter, Signatory } from '../types';
import { type BodyContext, readBlocks } from './body';
import { readComments } from './comments';
import { type Inflater, readParts } from './container';
import { DocxError, MESSAGES } from './errors';
import { noteNumbering, NoteRegister, numberNotes, readNoteBodies } from './notes';
import { readNumbering } from './numbering';
import { corePropertiesOf, openPackage, type WordPackage } from './package';
import { readCoreProperties } from './properties';
import { readStyles } from './styles';
import { paragraphsOf } from './tables';
import { child, type XmlElement } from './xml';

/**
 * Reads a Word file (.docx, ECMA-376 WordprocessingML) into the same Letter model the text
 * parsers produce (blocks, footnotes, citations, metadata), with `format: 'docx'`. Reading order:
 * the first page's header (where a letter's reference column often stands, as text extracted
 * from Word has it first), then the body with its text boxes and tables. Tracked changes are read
 * as accepted and flagged on the letter (`trackedChanges`, also for changes only in a header or footer); comments are kept beside their range
 * (`Block.comments`), outside the text. The file's own properties (title, created) fill in a
 * title or date the letter does not state; its author stands in for an unknown signatory.
 *
 * Pure and bounded: `bytes` is the whole file; `hash` its sha-256 hex (computed by the caller).
 * Throws DocxError (Dutch `message`; `notALetter` for images, spreadsheets and the like) for
 * anything it cannot read: an old .doc, an encrypted or damaged file, a zip past the size
 * limits, XML with a DTD, nesting too deep to walk, a template or macro-enabled file, a file that is not a Word document,
 * an empty document. Never throws anything else for any input. `inflate`: a native raw-DEFLATE
 * inflater (main passes Node's zlib, about twice as fast); without it fflate inflates.
 */
export const parseDocx = (bytes: Uint8Array, file: string, hash: string, inflate?: Inflater): Letter => {
  try {
    return read(bytes, file, hash, inflate);
  } catch (error) {
    if (error instanceof DocxError) throw error;
    // The walk recurses per level of nesting (tables in cells, text boxes, content controls).
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw new DocxError(MESSAGES.tooDeep);
    throw new DocxError(MESSAGES.damaged);
  }
};

/** The header parts shown on the first page of the first section. */
const firstHeader = (pkg: WordPackage, body: XmlElement): XmlElement | undefined => {
  const firstBreak = body.children.find(
    (c): c is XmlElement => typeof c !== 'string' && c.name === 'p' && !!child(child(c, 'pPr'), 'sectPr'),
  );
  const sectPr = firstBreak ? child(child(firstBreak, 'pPr'), 'sectPr') : child(body, 'sectPr');
  const refs = (sectPr?.children ?? []).filter((c): c is XmlElement => typeof c !== 'string' && c.name === 'headerReference');
  const titlePage = !!child(sectPr, 'titlePg') && child(sectPr, 'titlePg')?.attrs.val !== '0';
  const ref =
    (titlePage ? refs.find((r) => r.attrs.type === 'first') : undefined) ?? refs.find((r) => (r.attrs.type ?? 'default') === 'default');
  const rel = ref ? pkg.rels.get(ref.attrs['r:id'] ?? '') : undefined;
  return rel && !rel.external ? pkg.part(rel.target) : undefined;
};

/** Whether a header or footer part (with its text boxes) holds tracked changes. */
const marginsTracked = (pkg: WordPackage): boolean =>
  [...pkg.rels.values()].some((r) => (r.type === 'header' || r.type === 'footer') && !r.external && !!pkg.part(r.target)?.trackedChanges);

const NAME = /^[\p{Lu}][\p{L}.'’\- ]{1,59}$/u;

const read = (bytes: Uint8Array, file: string, hash: string, inflate?: Inflater): Letter => {
  const pkg = openPackage(readParts(bytes, inflate));
  const document = pkg.part(pkg.main);
  const body = document && child(document, 'body');
  if (!body) throw new DocxError(MESSAGES.noDocument);
  const register = new NoteRegister();
  const base = { styles: readStyles(pkg.related('styles')), label: readNumbering(pkg.related('numbering')), rels: pkg.rels };
  const quiet: BodyContext = { ...base, noteReference: (k, id) => `${k}${id}`, customMark: () => undefined, comments: new Map() };
  const commentsPart = pkg.related('comments');
  const ctx: BodyContext = {
    ...base,
    noteReference: register.reference,
    customMark: register.customMark,
    sectionEnd: register.sectionEnd,
    comments: readComments(commentsPart, quiet),
    openComments: [],
  };
  const header = firstHeader(pkg, body);
  const items = [...(header ? readBlocks(header, { ...ctx, noteReference: quiet.noteReference }) : []), ...readBlocks(body, ctx)];
  const paragraphs = paragraphsOf(items);
  if (!paragraphs.some((p) => p.text.trim() !== '')) throw new DocxError(MESSAGES.empty);
  const footnotesPart = pkg.related('footnotes');
  const endnotesPart = pkg.related('endnotes');
  const bodies = {
    fn: readNoteBodies(footnotesPart, 'footnote', { ...quiet, rels: pkg.relsOf('footnotes') }),
    en: readNoteBodies(endnotesPart, 'endnote', { ...quiet, rels: pkg.relsOf('endnotes') }),
  };
  const footnotes = numberNotes(register, bodies, noteNumbering(pkg.related('settings'), body));
  // Word, LibreOffice, pandoc and Google Docs write a styles part: headings are then stated, never guessed.
  const letter = buildLetter({ file, hash }, 'docx', paragraphs, footnotes, base.styles.size > 0 ? 'stated' : 'cautious');
  const core = readCoreProperties(corePropertiesOf(pkg));
  const author: Signatory[] = core.author && NAME.test(core.author) ? [{ name: core.author, function: '' }] : [];
  const tracked = [document, footnotesPart, endnotesPart].some((part) => part?.trackedChanges) || marginsTracked(pkg);
  return {
    ...letter,
    title: letter.title ?? core.title,
    date: letter.date ?? core.created,
    ...(!letter.date && core.created ? { dateSource: 'file-properties' as const } : {}),
    signatories: letter.signatories.length > 0 ? letter.signatories : author,
    ...(tracked ? { trackedChanges: true } : {}),
  };
};
