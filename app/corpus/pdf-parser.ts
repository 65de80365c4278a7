import type { Message } from '../ipc/messages';
import { parseExtractedPdf } from './pdf-text';
import { extractSentinels, NOTE_CLOSE, NOTE_OPEN, type RawParagraph, stripSentinelChars, trimParagraph } from './raw-paragraph';
import type { Footnote } from './types';

/**
 * Parser for text extracted from PDF (shared/corpus/FORMATS.md, "Text extracted from PDF").
 *
 * - A line `Pagina N van M` counts as an empty line (page noise).
 * - A run of blank lines is a paragraph break when it holds only space-only lines, a page-level
 *   break (page break or page foot separator) when it holds an empty line.
 * - A page-level break continues the interrupted paragraph unless its last line is space-only
 *   (the paragraph separator that follows the page noise).
 * - A page-foot segment starts with `N text` where `N` is glued to a word or punctuation on the
 *   page before it (`planningsproces.1`): it is that note's body; the segment is removed and the
 *   glued number becomes an anchor right after the preceding character.
 * - Wrapped lines are joined with a space; a line ending in `-` joins without space and keeps
 *   the hyphen (`NAVO-` + `luchtruim`); a soft hyphen (U+00AD) is removed.
 * - A line break is kept (new paragraph) when the line plus the next line's first word would
 *   have fitted in 80% of the wrap width: the writer ended the line (headings, signatures).
 */

export interface PdfParse {
  paragraphs: RawParagraph[];
  footnotes: Footnote[];
  /** Keyed messages (`pdf.*`) on what could not be settled (numbering gaps); none for the sample layout. */
  problems?: Message[];
}

type Item = { kind: 'line'; text: string } | { kind: 'gap'; page: boolean; lastSpace: boolean };

const SOFT_HYPHEN = '\u00AD';
/** Page numbering printed in a page header or foot is page noise, like the blank lines around it. */
const PAGE_NUMBER = /^\s*(?:Pagina|Page) \d{1,4} (?:van|of) \d{1,4}\s*$/i;
const FOOT_START = /^(\d{1,3}) \S/;

/** Lines and blank-line runs. */
const toItems = (lines: string[]): Item[] => {
  const items: Item[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    items.push({
      kind: 'gap',
      page: run.some((l) => l === ''),
      lastSpace: run[run.length - 1] !== '',
    });
    run = [];
  };
  for (const line of lines) {
    if (PAGE_NUMBER.test(line)) run.push('');
    else if (line.trim() === '') run.push(line);
    else {
      flush();
      items.push({ kind: 'line', text: line });
    }
  }
  flush();
  return items;
};

const gluedNumber = (n: string): RegExp => new RegExp(`(?<=[^\\s\\d])${n}(?=\\s|$)`);

/** Joins wrapped lines per the hyphen rules. */
const joinLines = (lines: string[]): string => {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (out === '') out = line;
    else if (out.endsWith(SOFT_HYPHEN)) out = out.slice(0, -1) + line;
    else if (/\S-$/.test(out)) out += line;
    else out += ` ${line}`;
  }
  return out.split(SOFT_HYPHEN).join('');
};

/** Finds page-foot note segments, turns their glued references into sentinels, returns the notes. */
const takeFootnotes = (items: Item[]): { body: Item[]; notes: Map<string, string> } => {
  const notes = new Map<string, string>();
  const body: Item[] = [];
  let i = 0;
  while (i < items.length) {
    const item = items[i]!;
    const prevGap = body[body.length - 1];
    const start = item.kind === 'line' ? FOOT_START.exec(item.text.trim()) : null;
    if (start && prevGap?.kind === 'gap' && prevGap.page) {
      // The segment runs to the next page-level gap (or the end of the text).
      let end = i;
      while (end < items.length && !(items[end]!.kind === 'gap' && (items[end] as { page: boolean }).page)) end++;
      const segment = items.slice(i, end).filter((x): x is { kind: 'line'; text: string } => x.kind === 'line');
      const found = attachFoot(body, segment, notes);
      if (found) {
        body.pop(); // the gap before the foot; the gap after it decides continuation
        i = end;
        continue;
      }
    }
    body.push(item);
    i++;
  }
  return { body, notes };
};

/** Splits a foot segment into notes `N …`, `N+1 …` and anchors each on the page above it. */
const attachFoot = (body: Item[], segment: { text: string }[], notes: Map<string, string>): boolean => {
  const parts: { num: string; lines: string[] }[] = [];
  for (const line of segment) {
    const m = FOOT_START.exec(line.text.trim());
    const expected = parts.length === 0 ? null : String(Number(parts[parts.length - 1]!.num) + 1);
    if (m && (parts.length === 0 || m[1] === expected)) parts.push({ num: m[1]!, lines: [line.text.trim().slice(m[1]!.length)] });
    else if (parts.length > 0) parts[parts.length - 1]!.lines.push(line.text);
  }
  const first = parts[0];
  if (!first || notes.has(`fn${first.num}`) || !anchor(body, first.num)) return false;
  notes.set(`fn${first.num}`, joinLines(first.lines).trim());
  for (const part of parts.slice(1)) {
    if (notes.has(`fn${part.num}`) || !anchor(body, part.num)) continue;
    notes.set(`fn${part.num}`, joinLines(part.lines).trim());
  }
  return true;
};

/** Replaces the last glued `num` on the current page (lines since the previous page gap) with a sentinel. */
const anchor = (body: Item[], num: string): boolean => {
  const re = gluedNumber(num);
  for (let k = body.length - 1; k >= 0; k--) {
    const item = body[k]!;
    if (item.kind === 'gap') {
      if (item.page && k < body.length - 1) return false;
      continue;
    }
    const matches = [...item.text.matchAll(new RegExp(re.source, 'g'))];
    const m = matches[matches.length - 1];
    if (m) {
      item.text = `${item.text.slice(0, m.index)}${NOTE_OPEN}fn${num}${NOTE_CLOSE}${item.text.slice(m.index + num.length)}`;
      return true;
    }
  }
  return false;
};

/** Parses PDF-extracted text into paragraphs and footnotes. */
export const parsePdfText = (input: string): PdfParse => {
  const text = stripSentinelChars(input.startsWith(' ') ? input.slice(1) : input);
  const { body, notes } = takeFootnotes(toItems(text.split('\n')));
  const plain = (l: string) => l.trim().replace(/\uE000[^\uE001]*\uE001/g, '');
  const width = Math.max(0, ...body.map((x) => (x.kind === 'line' ? plain(x.text).length : 0)));
  const intentional = (prev: string, next: string): boolean => {
    const p = plain(prev);
    if (width < 40 || /-$|\u00AD$/.test(p)) return false;
    const word = plain(next).split(/\s/)[0] ?? '';
    return p.length + 1 + word.length <= width * 0.8;
  };
  const paragraphs: RawParagraph[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length === 0) return;
    const p = trimParagraph(extractSentinels(joinLines(lines)));
    if (p.text.length > 0 || p.notes.length > 0) paragraphs.push(p);
    lines = [];
  };
  for (const item of body) {
    if (item.kind === 'gap') {
      if (!item.page || item.lastSpace) flush();
      continue;
    }
    const prev = lines[lines.length - 1];
    if (prev !== undefined && intentional(prev, item.text)) flush();
    lines.push(item.text);
  }
  flush();
  const order: string[] = [];
  for (const p of paragraphs) for (const n of p.notes) if (!order.includes(n.footnote)) order.push(n.footnote);
  const footnotes = order.map((id, i) => ({
    id,
    label: String(i + 1),
    text: notes.get(id) ?? '',
  }));
  return { paragraphs, footnotes };
};

/**
 * Text extracted from PDF, whatever the program: the sample layout (FORMATS.md "Text extracted
 * from PDF": most lines end with a space, a single-space line between paragraphs) goes to
 * parsePdfText above, any other extraction (pdftotext, pdf.js, …) to parseExtractedPdf
 * (pdf-text/), which also gives pages and numbering problems.
 */
export const parsePdfExtraction = (input: string): PdfParse => {
  const lines = input.split('\n').filter((l) => l.trim() !== '');
  const spaced = lines.filter((l) => /[ \u00A0]$/.test(l)).length;
  return lines.length > 0 && spaced / lines.length >= 0.6 ? parsePdfText(input) : parseExtractedPdf(input);
};
