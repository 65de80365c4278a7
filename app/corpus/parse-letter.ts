import { classifyParagraphs, type HeadingEvidence } from './block-kinds';
import { extractCitations, type FoundCitation } from './citations';
import { normaliseLineEnds } from './decode';
import { detectFormat } from './detect-format';
import { inferMeta } from './metadata';
import { nfcFootnote, nfcParagraph } from './nfc';
import { ownPapers } from './own-paper';
import { parsePdfExtraction } from './pdf-parser';
import { readMasthead, withPublication } from './pdf-text/masthead';
import type { RawParagraph } from './raw-paragraph';
import type { Block, Citation, Footnote, Letter, LetterFormat } from './types';
import { parseWordText } from './word-parser';

export interface LetterInput {
  /** Path relative to the corpus root, `/` separators. */
  file: string;
  /** Decoded text (see decodeLetterBytes). */
  text: string;
  /** sha-256 hex of the file's bytes. */
  hash: string;
}

/** A found citation's text, key and pages (its offsets are not kept). */
const found = (c: FoundCitation) => ({ text: c.text, key: c.key, ...(c.pages ? { pages: c.pages } : {}) });

/**
 * Citations in blocks and their footnotes, in reading order; unresolved (`target: null`). The
 * paper the reference column states as the letter's own (own-paper.ts) is not a citation there.
 */
const citationsOf = (blocks: Block[], footnotes: Footnote[]): Citation[] => {
  const byId = new Map(footnotes.map((f) => [f.id, f]));
  const done = new Set<string>();
  const out: Citation[] = [];
  const own = new Set(ownPapers(blocks).map((p) => p.key));
  for (const block of blocks) {
    for (const c of extractCitations(block.text)) {
      if (block.kind === 'reference' && own.has(c.key)) continue;
      out.push({ ...found(c), block: block.id, target: null });
    }
    for (const anchor of block.notes) {
      const note = byId.get(anchor.footnote);
      if (!note || done.has(note.id)) continue;
      done.add(note.id);
      for (const c of extractCitations(note.text)) out.push({ ...found(c), block: block.id, footnote: note.id, target: null });
    }
  }
  return out;
};

/**
 * A Letter from a format reader's paragraphs and numbered footnotes: text in Unicode NFC
 * (nfc.ts: every format passes here, so verbatim checks compare normalised text), blocks
 * classified (block-kinds.ts), metadata inferred (metadata.ts), citations extracted, `citedBy`
 * empty until the corpus is linked. Shared by the text parsers here and the Word reader (docx/);
 * `headings`: the evidence the file gives for its headings (block-kinds.ts HeadingEvidence).
 */
export const buildLetter = (
  input: Pick<LetterInput, 'file' | 'hash'>,
  format: LetterFormat,
  rawParagraphs: RawParagraph[],
  rawFootnotes: Footnote[],
  headings: HeadingEvidence = 'guess',
): Letter => {
  const paragraphs = rawParagraphs.map(nfcParagraph);
  const footnotes = rawFootnotes.map(nfcFootnote);
  const { blocks, signatories } = classifyParagraphs(paragraphs, headings);
  return {
    ...inferMeta(blocks, footnotes, signatories),
    file: input.file,
    format,
    hash: input.hash,
    blocks,
    footnotes,
    citations: citationsOf(blocks, footnotes),
    citedBy: [],
  };
};

/**
 * Parses one corpus letter (Word/Tika or PDF extraction, see shared/corpus/FORMATS.md) into
 * blocks, footnotes, citations and inferred metadata. Pure and total: any string gives a
 * Letter; should a parser fail on malformed input, the letter falls back to one paragraph per line.
 */
export const parseLetter = (input: LetterInput): Letter => {
  const bare = input.text.startsWith('\uFEFF') ? input.text.slice(1) : input.text;
  // Decoded text has LF line ends already (decodeLetterBytes); only other callers need the rewrite.
  const text = bare.includes('\r') ? normaliseLineEnds(bare) : bare;
  const format = detectFormat(text);
  try {
    if (format === 'pdf') {
      const parsed = parsePdfExtraction(text);
      const { publication, paragraphs, title } = readMasthead(parsed.paragraphs);
      const letter = withPublication(buildLetter(input, format, paragraphs, parsed.footnotes), publication, title);
      return parsed.problems?.length ? { ...letter, warnings: parsed.problems } : letter;
    }
    const parsed = parseWordText(text);
    return buildLetter(input, format, parsed.paragraphs, parsed.footnotes);
  } catch {
    const paragraphs = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0)
      .map((l) => ({ text: l, notes: [] }));
    return buildLetter(input, format, paragraphs, []);
  }
};
