import { type LinePiece, type ParagraphLevels, paragraphLevels, visualOrder } from './bidi';
import { breakOpportunities } from './break-opportunities';
import { fontSegments } from './fallback';
import type { Fragment, Line, Para, Run } from './layout';
import type { Measure } from './measure';
import { withNoteCommas } from './runs';
import { BREAK_HYPHEN, withSoftHyphens } from './soft-hyphen';
import { CONTENT_WIDTH, type FontKey, MARGIN, STYLES } from './styles';

interface Piece extends LinePiece {
  kind: 'word' | 'space' | 'newline';
  /** A word piece the line may break before (a break opportunity inside a word: after a hyphen or slash). */
  breakBefore?: boolean;
}

/**
 * Words longer than this (UTF-16 units) are measured as the sum of their characters' widths
 * instead of as a whole: no such word fits on a line (even at 8 pt in the narrowest glyphs), so it
 * is cut by `splitWide` anyway, and measuring a multi-million-character word whole takes the
 * font's layout engine seconds and gigabytes. Per character, the cost stays linear.
 */
const LONG_WORD = 1000;

/** Widths of single characters (code points) per font, cached without building a key per lookup. */
class CharWidths {
  private readonly units = new Map<FontKey, Map<string, number>>();

  constructor(private readonly measure: Measure) {}

  /** Width in points of `char` (one code point) in `run`'s font and size. */
  width(char: string, run: Run): number {
    let units = this.units.get(run.font);
    if (!units) this.units.set(run.font, (units = new Map()));
    let unit = units.get(char);
    if (unit === undefined) units.set(char, (unit = this.measure(char, run.font, 1)));
    return unit * run.size;
  }

  /** Sum of the widths of `text`'s characters (no kerning), in points. */
  sum(text: string, run: Run): number {
    let width = 0;
    for (const char of text) width += this.width(char, run);
    return width;
  }
}

/** White space a line may break at: all but the no-break spaces (U+00A0, U+2007, U+202F, U+FEFF) and `\n`. */
const SPACES = /(\n|[^\S\n\u00a0\u2007\u202f\ufeff]+)/;

/**
 * Splits runs into words, spaces and forced breaks; a word may span runs ("Willing" + note "2" +
 * "."). Text comes in Unicode NFC (the briefing through nfcBriefing, letters as they are read; not
 * normalised again here). A space the Unicode line breaking rules (and the no-break
 * rules for parliamentary numbers) give no break after is glue, part of the word; a word is
 * marked breakable where those rules allow (after a hyphen, inside a URL). A word's characters
 * its font lacks, and letters with combining marks, become pieces in a fallback face (fallback.ts).
 */
function pieces(runs: Run[], full: string, measure: Measure, chars: CharWidths): Piece[] {
  const out: Piece[] = [];
  const width = (text: string, run: Run) => (text.length > LONG_WORD ? chars.sum(text, run) : measure(text, run.font, run.size));
  const texts = runs.map((run) => run.text);
  const breaks = breakOpportunities(full);
  let offset = 0;
  runs.forEach((run, index) => {
    const faceRuns = new Map<FontKey, Run>([[run.font, run]]);
    const inFace = (font: FontKey): Run => {
      let faceRun = faceRuns.get(font);
      if (!faceRun) faceRuns.set(font, (faceRun = { ...run, font }));
      return faceRun;
    };
    for (const text of (texts[index] as string).split(SPACES)) {
      const start = offset;
      offset += text.length;
      if (text === '') continue;
      if (text === '\n') out.push({ run, text, kind: 'newline', width: 0, at: start });
      else if (/^\s+$/.test(text) && (breaks.has(offset) || offset === full.length))
        out.push({ run, text, kind: 'space', width: width(text, run), at: start });
      else {
        const segments = measure.covers ? fontSegments(text, run.font, measure.covers) : [{ text, font: run.font }];
        let at = start;
        for (const segment of segments) {
          const segmentRun = inFace(segment.font);
          for (const part of cutAt(segment.text, at, breaks)) {
            out.push({ run: segmentRun, text: part, kind: 'word', width: width(part, segmentRun), breakBefore: breaks.has(at), at });
            at += part.length;
          }
        }
      }
    }
  });
  return out;
}

/** `text` (starting at `start` in the paragraph) cut at the break opportunities strictly inside it. */
function cutAt(text: string, start: number, breaks: Set<number>): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 1; i < text.length; i++) {
    if (breaks.has(start + i)) {
      parts.push(text.slice(from, i));
      from = i;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * A word wider than the whole line is cut between characters (code points), as much per line as
 * fits. Linear in the word's length: each line's part is one slice of the run's text.
 */
function splitWide(word: Piece[], width: number, chars: CharWidths): Piece[][] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let used = 0;
  const add = (run: Run, text: string, w: number, at: number) => {
    const last = line.at(-1);
    if (last && last.run === run) {
      last.text += text;
      last.width += w;
    } else line.push({ run, text, width: w, kind: 'word', at });
    used += w;
  };
  for (const { run, text, at } of word) {
    let start = 0;
    let part = 0;
    for (let i = 0; i < text.length;) {
      const size = (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
      const w = chars.width(text.slice(i, i + size), run);
      if (used + part + w > width && (line.length > 0 || i > start)) {
        if (i > start) add(run, text.slice(start, i), part, at + start);
        lines.push(line);
        [line, used, start, part] = [[], 0, i, 0];
      }
      part += w;
      i += size;
    }
    if (text.length > start) add(run, text.slice(start), part, at + start);
  }
  if (line.length) lines.push(line);
  return lines;
}

/** `row` (in the order it is drawn) as a line; `indent`: where its text starts, from the line's left edge (a right-to-left paragraph's lines are set flush right). */
function toLine(para: Para, row: LinePiece[], x: number, height: number, indent = 0): Line {
  const fragments: Fragment[] = [];
  const notes: number[] = [];
  let cursor = indent;
  for (const piece of row) {
    const last = fragments.at(-1);
    if (last && last.run === piece.run) {
      last.text += piece.text;
      last.width += piece.width;
      last.pieces?.push(piece.text);
    } else {
      fragments.push({ run: piece.run, text: piece.text, x: cursor, width: piece.width, pieces: [piece.text] });
      if (piece.run.noteNumber !== undefined) notes.push(piece.run.noteNumber);
    }
    cursor += piece.width;
  }
  return { para, fragments, x, height, notes, first: false, last: false };
}

/**
 * A row of pieces as it is drawn: in a paragraph with right-to-left text in visual order (bidi.ts;
 * flush right when the paragraph's direction is right to left), and soft hyphens printed where the
 * row breaks at one and left out elsewhere (soft-hyphen.ts).
 */
function drawnLine(
  para: Para,
  row: Piece[],
  wrapped: boolean,
  levels: ParagraphLevels | null,
  box: { x: number; width: number; height: number },
  measure: Measure,
): Line {
  const width = (text: string, run: Run) => measure(text, run.font, run.size);
  if (!levels) return toLine(para, withSoftHyphens(row, wrapped, width), box.x, box.height);
  // Reordered first: the levels are indexed by the paragraph's text, soft hyphens still in it.
  const ordered = withSoftHyphens(visualOrder(row, levels, width), wrapped, width);
  const used = ordered.reduce((sum, piece) => sum + piece.width, 0);
  return toLine(para, ordered, box.x, box.height, levels.base % 2 === 1 ? Math.max(0, box.width - used) : 0);
}

/**
 * Greedy line breaking at the Unicode break opportunities (UAX #14; see breakOpportunities),
 * left aligned, ragged right, as Word's default for these styles: each line takes as many words
 * (or parts of words after a hyphen or slash) as fit in `width`; spaces at a break are dropped.
 * Consecutive footnote numbers get a superscript comma between them (`¹,²`).
 */
export function breakLines(para: Para, x: number, width: number, height: number, measure: Measure): Line[] {
  const rows: Piece[][] = [];
  let row: Piece[] = [];
  let used = 0;
  let spaces: Piece[] = [];
  const chars = new CharWidths(measure);
  const runs = withNoteCommas(para.runs);
  const full = runs.map((run) => run.text).join('');
  const all = pieces(runs, full, measure, chars);
  // Rows that end because the next word did not fit (not at a forced break or the paragraph's end).
  const wrapped = new Set<Piece[]>();
  for (let i = 0; i < all.length;) {
    const piece = all[i] as Piece;
    if (piece.kind === 'newline') {
      rows.push(row);
      [row, used, spaces] = [[], 0, []];
      i += 1;
      continue;
    }
    if (piece.kind === 'space') {
      if (row.length) spaces.push(piece);
      i += 1;
      continue;
    }
    const word: Piece[] = [];
    while (i < all.length && (all[i] as Piece).kind === 'word' && !(word.length && (all[i] as Piece).breakBefore))
      word.push(all[i++] as Piece);
    const wordWidth = word.reduce((sum, p) => sum + p.width, 0);
    const spaceWidth = spaces.reduce((sum, p) => sum + p.width, 0);
    // Ending in a soft hyphen, the word may end the line with a printed hyphen: room for it is kept.
    const last = word.at(-1);
    const hyphen = last?.text.endsWith('\u00ad') ? measure(BREAK_HYPHEN, last.run.font, last.run.size) : 0;
    if (row.length && used + spaceWidth + wordWidth + hyphen <= width) {
      row.push(...spaces, ...word);
      used += spaceWidth + wordWidth;
    } else {
      if (row.length) rows.push(row);
      if (row.length) wrapped.add(row);
      if (wordWidth > width) {
        const parts = splitWide(word, width, chars);
        rows.push(...parts.slice(0, -1));
        row = parts.at(-1) ?? [];
        used = row.reduce((sum, p) => sum + p.width, 0);
      } else {
        row = [...word];
        used = wordWidth;
      }
    }
    spaces = [];
  }
  if (row.length || rows.length === 0) rows.push(row);
  const levels = paragraphLevels(full);
  const lines = rows.map((r) => drawnLine(para, r, wrapped.has(r), levels, { x, width, height }, measure));
  (lines[0] as Line).first = true;
  (lines.at(-1) as Line).last = true;
  return lines;
}

/** Breaks each paragraph into lines in its style's text column (indents and label column left out). */
export function breakParas(paras: Para[], measure: Measure): Array<{ para: Para; lines: Line[] }> {
  return paras.map((para) => {
    const style = STYLES[para.style];
    const x = MARGIN.left + style.indentLeft + style.labelWidth;
    const width = CONTENT_WIDTH - style.indentLeft - style.indentRight - style.labelWidth;
    return { para, lines: breakLines(para, x, width, style.leading, measure) };
  });
}
