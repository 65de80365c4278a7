import type { Line, PageLayout, Para } from './layout';
import type { BreakFix, LinePos } from './page-breaks';
import { keepFix, splitFix } from './page-breaks';
import type { Snapshot } from './paginator';
import { Paginator } from './paginator';
import { STYLES } from './styles';

interface LaidOut {
  para: Para;
  lines: Line[];
}

/** Places a paragraph's lines, starting a new page before each line in `breaks`; returns their positions. */
function placePara(paginator: Paginator, { para, lines }: LaidOut, breaks: Set<number>): LinePos[] {
  const style = STYLES[para.style];
  if (para.pageBreakBefore) paginator.pageBreak();
  const positions = lines.map((line, i) => {
    if (breaks.has(i)) paginator.pageBreak();
    paginator.place(line, i === 0 ? style.spaceBefore : 0);
    return paginator.position();
  });
  paginator.addSpace(para.spaceAfter ?? style.spaceAfter);
  return positions;
}

/**
 * Lays out paragraphs (already broken into lines) on pages: lines and their footnotes are
 * placed by `Paginator` (every note at the foot of its reference's page), and the paragraph
 * rules of `page-breaks` (orphans, widows, headings kept with what follows, citations kept
 * with their passage) are enforced on the exact result: when a placed paragraph breaks a rule,
 * placement rewinds to the paragraph the fix concerns, forces the page break there and goes
 * on. A fix only adds a break to the paragraph it touches, or moves one of its breaks
 * earlier, and later paragraphs start afresh: the breaks only advance in one order, so the
 * process ends; usually no rewind is needed at all.
 */
export function paginate(paras: LaidOut[], notes: Map<number, Line[]>): PageLayout[] {
  const paginator = new Paginator(notes);
  const breaks = paras.map(() => new Set<number>());
  const snapshots: Snapshot[] = [];
  const placed: LinePos[][] = [];
  const flags = paras.map(({ para }) => para);
  for (let index = 0; index < paras.length;) {
    snapshots[index] = paginator.snapshot();
    placed[index] = placePara(paginator, paras[index] as LaidOut, breaks[index] as Set<number>);
    const split = splitFix(placed[index] as LinePos[]);
    const fix = [split === undefined ? undefined : { para: index, line: split }, keepFix(flags, placed, index)].find(
      (f): f is BreakFix => f !== undefined && !breaks[f.para]?.has(f.line),
    );
    if (!fix) {
      index++;
      continue;
    }
    // A break moved earlier replaces the later ones of that paragraph (their pages are redone).
    const own = breaks[fix.para] as Set<number>;
    for (const line of own) if (line > fix.line) own.delete(line);
    own.add(fix.line);
    for (let later = fix.para + 1; later <= index; later++) breaks[later]?.clear();
    paginator.restore(snapshots[fix.para] as Snapshot);
    placed.length = fix.para;
    index = fix.para;
  }
  return paginator.finish();
}
