import type { Fragment, Line, Para, Run } from './layout';
import type { Measure } from './measure';
import { CONTENT_WIDTH, MARGIN, STYLES } from './styles';

interface Piece {
  run: Run;
  text: string;
  width: number;
  kind: 'word' | 'space' | 'newline';
}

/** Space between two adjacent footnote numbers, so that "8" "9" does not read as 89. */
const NOTE_GAP = 2;

/** Splits runs into words, spaces and forced breaks; a word may span runs ("Willing" + note "2" + "."). */
function pieces(runs: Run[], measure: Measure): Piece[] {
  const out: Piece[] = [];
  for (const run of runs) {
    const previous = out.at(-1);
    if (run.noteNumber !== undefined && previous?.run.noteNumber !== undefined) previous.width += NOTE_GAP;
    for (const text of run.text.split(/(\n|[^\S\n]+)/)) {
      if (text === '') continue;
      const kind = text === '\n' ? 'newline' : /^\s+$/.test(text) ? 'space' : 'word';
      out.push({ run, text, kind, width: kind === 'newline' ? 0 : measure(text, run.font, run.size) });
    }
  }
  return out;
}

/** A word wider than the whole line is cut between characters, as much per line as fits. */
function splitWide(word: Piece[], width: number, measure: Measure): Piece[][] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let used = 0;
  for (const piece of word) {
    for (const char of piece.text) {
      const w = measure(char, piece.run.font, piece.run.size);
      if (used + w > width && line.length > 0) {
        lines.push(line);
        line = [];
        used = 0;
      }
      const last = line.at(-1);
      if (last && last.run === piece.run) {
        last.text += char;
        last.width += w;
      } else line.push({ run: piece.run, text: char, width: w, kind: 'word' });
      used += w;
    }
  }
  if (line.length) lines.push(line);
  return lines;
}

function toLine(para: Para, row: Piece[], x: number, height: number): Line {
  const fragments: Fragment[] = [];
  const notes: number[] = [];
  let cursor = 0;
  for (const piece of row) {
    const last = fragments.at(-1);
    if (last && last.run === piece.run) {
      last.text += piece.text;
      last.width += piece.width;
    } else {
      fragments.push({ run: piece.run, text: piece.text, x: cursor, width: piece.width });
      if (piece.run.noteNumber !== undefined) notes.push(piece.run.noteNumber);
    }
    cursor += piece.width;
  }
  return { para, fragments, x, height, notes, first: false, last: false };
}

/**
 * Greedy line breaking at spaces (left aligned, ragged right, as Word's default for these
 * styles): each line takes as many words as fit in `width`; spaces at a break are dropped.
 */
export function breakLines(para: Para, x: number, width: number, height: number, measure: Measure): Line[] {
  const rows: Piece[][] = [];
  let row: Piece[] = [];
  let used = 0;
  let spaces: Piece[] = [];
  const all = pieces(para.runs, measure);
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
    while (i < all.length && (all[i] as Piece).kind === 'word') word.push(all[i++] as Piece);
    const wordWidth = word.reduce((sum, p) => sum + p.width, 0);
    const spaceWidth = spaces.reduce((sum, p) => sum + p.width, 0);
    if (row.length && used + spaceWidth + wordWidth <= width) {
      row.push(...spaces, ...word);
      used += spaceWidth + wordWidth;
    } else {
      if (row.length) rows.push(row);
      if (wordWidth > width) {
        const parts = splitWide(word, width, measure);
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
  const lines = rows.map((r) => toLine(para, r, x, height));
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
