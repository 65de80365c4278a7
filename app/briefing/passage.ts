import type { Block, Footnote, Letter } from '../corpus/types';
import { DossierError } from '../ipc/errors';
import { type Message, message } from '../ipc/messages';
import { type CitationFormat, formatCitation } from './citation';
import { isLinkUrl } from './link-url';
import { bodyParagraphNumbers } from './locator';
import type { BriefingFootnote, Inline, NoteLink, Passage, PassagePart } from './model';
import { officialSourceRefOf } from './official-source';
import { sourceRefOf } from './source';
import { quotedCells, quotedHeaderRows } from './table-grid';

/** A position in a letter: a block id and a UTF-16 offset into that block's text. */
export interface LetterPoint {
  block: string;
  offset: number;
}

export interface LetterRange {
  start: LetterPoint;
  /** Exclusive. */
  end: LetterPoint;
}

export interface CreatePassageOptions {
  /** The citation form; `official` (issue 15) unless asked otherwise. `full`/`short` are the forms of Dossier before it. */
  citation?: CitationFormat;
}

/**
 * Turns a selection in a letter (within one block or across several) into a Passage: one part per
 * source block, each part's `text` exactly the source slice. A footnote anchor at offset `o` is
 * inside a part `[start, end)` when `start < o <= end` (its marker stood right after a quoted
 * word); each such source note becomes a `quote` BriefingFootnote with the letter's text verbatim
 * and its web and e-mail links (`links`; a Word note's links to bookmarks stay plain text). A part
 * of a list item keeps the item's `label` (verbatim, never renumbered) and nesting `level`.
 * The passage's citation is the official source citation (./official-citation) by default, its
 * parts located by page or body paragraph (./locator). A part of a letter's `table` block carries
 * the cells the range touches (`cells`, ./table-grid), so the quote stays a table.
 */
export function createPassage(
  letter: Letter,
  range: LetterRange,
  ids: () => string,
  options: CreatePassageOptions = {},
): { passage: Passage; footnotes: BriefingFootnote[] } {
  const first = blockIndexOf(letter, range.start.block);
  const last = blockIndexOf(letter, range.end.block);
  if (last < first) throw badRange(letter, message('passage.reason-end-before-start'));
  checkOffset(letter, first, range.start.offset);
  checkOffset(letter, last, range.end.offset);
  if (first === last && range.end.offset <= range.start.offset) {
    throw badRange(letter, message('passage.reason-empty', { paragraph: first + 1 }));
  }

  const footnotes: BriefingFootnote[] = [];
  const byLetterNote = new Map<string, string>();
  const noteFor = (letterNote: string): string | null => {
    const existing = byLetterNote.get(letterNote);
    if (existing) return existing;
    const note = letter.footnotes.find((candidate) => candidate.id === letterNote);
    if (!note) return null; // an anchor without a body (the parser reports it); nothing to quote
    const id = ids();
    const links = noteLinksOf(note);
    footnotes.push({
      id,
      origin: 'quote',
      text: note.text,
      source: { file: letter.file, footnote: note.id },
      ...(links.length > 0 ? { links } : {}),
    });
    byLetterNote.set(letterNote, id);
    return id;
  };

  const parts: PassagePart[] = [];
  for (let index = first; index <= last; index++) {
    const block = letter.blocks[index]!;
    const start = index === first ? range.start.offset : 0;
    const end = index === last ? range.end.offset : block.text.length;
    // A selection that merely touches the edge of a neighbouring block quotes nothing from it.
    if (end <= start && first !== last) continue;
    parts.push(makePart(block, index, start, end, noteFor));
  }
  if (parts.length === 0) throw badRange(letter, message('passage.reason-no-text'));

  const format = options.citation ?? 'official';
  const official = format === 'official';
  if (official) locate(letter, parts);
  const source = official ? officialSourceRefOf(letter) : sourceRefOf(letter);
  const passage: Passage = {
    type: 'passage',
    id: ids(),
    source,
    parts,
    citation: formatCitation(source, parts, format),
  };
  return { passage, footnotes };
}

/** Official citations: each part's page (letters with pages) and body-paragraph number (./locator). */
function locate(letter: Letter, parts: PassagePart[]): void {
  const numbers = bodyParagraphNumbers(letter.blocks);
  for (const part of parts) {
    const page = letter.blocks[part.blockIndex]!.page;
    const paragraph = numbers[part.blockIndex];
    if (page) part.page = page;
    if (paragraph) part.paragraph = paragraph;
  }
}

/** A quoted table part's `cells` and `headerRows` (see table-grid.ts). */
function tableOf(
  cells: NonNullable<Block['cells']>,
  headerRows: number,
  start: number,
  end: number,
): Pick<PassagePart, 'cells' | 'headerRows'> {
  const header = quotedHeaderRows(cells, headerRows, start, end);
  return { cells: quotedCells(cells, start, end), ...(header > 0 ? { headerRows: header } : {}) };
}

function makePart(
  block: Block,
  blockIndex: number,
  start: number,
  end: number,
  noteFor: (letterNote: string) => string | null,
): PassagePart {
  const anchors = block.notes
    .filter((anchor) => anchor.offset > start && anchor.offset <= end)
    .sort((a, b) => a.offset - b.offset)
    .flatMap((anchor) => {
      const footnote = noteFor(anchor.footnote);
      return footnote ? [{ offset: anchor.offset, footnote }] : [];
    });
  return {
    block: block.id,
    blockIndex,
    blockKind: block.kind,
    start,
    end,
    text: block.text.slice(start, end),
    children: splitAtAnchors(block.text, start, end, anchors),
    omittedBefore: false,
    omittedAfter: false,
    ...(block.label ? { label: block.label } : {}),
    ...(block.level !== undefined ? { level: block.level } : {}),
    // A table stays a table (version 3): its cells within the quoted range.
    ...(block.kind === 'table' && block.cells ? tableOf(block.cells, block.headerRows ?? 0, start, end) : {}),
  };
}

/** A letter note's links a briefing may hold (web and e-mail addresses, ./link-url), in order, not overlapping, within its text. */
function noteLinksOf(note: Footnote): NoteLink[] {
  const links: NoteLink[] = [];
  let cursor = 0;
  for (const link of [...(note.links ?? [])].sort((a, b) => a.start - b.start)) {
    if (link.start < cursor || link.end <= link.start || link.end > note.text.length || !isLinkUrl(link.href)) continue;
    links.push({ start: link.start, end: link.end, href: link.href });
    cursor = link.end;
  }
  return links;
}

/** Text runs of `text.slice(start, end)` split at the anchors (offsets in `text`), with refs between. */
export function splitAtAnchors(
  text: string,
  start: number,
  end: number,
  anchors: ReadonlyArray<{ offset: number; footnote: string }>,
): Inline[] {
  const children: Inline[] = [];
  let cursor = start;
  for (const anchor of anchors) {
    if (anchor.offset > cursor) children.push({ type: 'text', text: text.slice(cursor, anchor.offset) });
    children.push({ type: 'footnote-ref', footnote: anchor.footnote });
    cursor = Math.max(cursor, anchor.offset);
  }
  if (end > cursor) children.push({ type: 'text', text: text.slice(cursor, end) });
  return children;
}

function blockIndexOf(letter: Letter, blockId: string): number {
  const index = letter.blocks.findIndex((block) => block.id === blockId);
  if (index < 0) {
    throw new DossierError('not-found', message('passage.block-missing', { block: blockId, file: letter.file }));
  }
  return index;
}

function checkOffset(letter: Letter, index: number, offset: number): void {
  const length = letter.blocks[index]!.text.length;
  if (!Number.isInteger(offset) || offset < 0 || offset > length) {
    throw badRange(letter, message('passage.reason-offset-outside', { offset, paragraph: index + 1, length }));
  }
}

function badRange(letter: Letter, reason: Message): DossierError {
  return new DossierError('invalid-range', message('passage.invalid-selection', { file: letter.file, reason }));
}
