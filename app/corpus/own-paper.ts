import { extractCitations } from './citations';
import type { Block } from './types';

/** A published paper the letter states as its own in its reference column. */
export interface OwnPaper {
  /** The reference as written, e.g. `Kamerstuk 36 045, nr. 300`. */
  text: string;
  /** Its citation key, e.g. `kst-36045-300`. */
  key: string;
}

/** A reference line that names the paper itself: its label (`Kamerstuk(ken) [I|II]`, `Kamerstuknummer`, colon optional) and value. */
const KAMERSTUK = /^(Kamerstuk(?:ken)?(?: I{1,2})?|Kamerstuknummer)\b\s*:?\s*(.*)$/i;
const AANHANGSEL = /^Aanhangsel(?: van de)? Handelingen\b/i;
const PAPER_KEY = /^(?:kst|ah)-/;

/**
 * The papers a letter's reference column (its `reference` blocks: the column, the header, the
 * head of a nota) states as the letter's own: a line that starts with the paper's label
 * (`Kamerstuk 36 045, nr. 300`, `Kamerstukken II 2025/26, 36 045, nr. 300`, `Kamerstuk:` with the
 * value on the next line, `Aanhangsel Handelingen II 2024/25, nr. 1016`) and holds a Kamerstuk or
 * Aanhangsel citation (citations.ts). Such a line is the letter's own reference, not a citation of
 * another paper; a paper cited in the body or notes is never taken. In document order.
 */
export const ownPapers = (blocks: readonly Block[]): OwnPaper[] => {
  const out: OwnPaper[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'reference') continue;
    const text = block.text.trim();
    const kst = KAMERSTUK.exec(text);
    if (!kst && !AANHANGSEL.test(text)) continue;
    let written = text;
    if (kst) {
      // `Kamerstuk:` alone: the value is the next reference line, as the column writes `Datum` / `4 juni 2025`.
      const next = blocks[i + 1];
      const value = kst[2]!.trim() || (next?.kind === 'reference' ? next.text.trim() : '');
      written = `${/nummer$/i.test(kst[1]!) ? 'Kamerstuk' : kst[1]} ${value}`;
    }
    const found = extractCitations(written).filter((c) => PAPER_KEY.test(c.key));
    for (const c of found) out.push({ text: c.text, key: c.key });
  }
  return out;
};
