import type PDFDocument from 'pdfkit';
import type { PDFStructureElement } from 'pdfkit';

import type { AnnotationMarks } from './annotations';
import { drawLinkAnnotation } from './hyperlink';
import type { Fragment, Line, PageLayout, PlacedLine } from './layout';
import { OutlineBuilder } from './outline';
import { drawShaped, drawText, Shaper } from './shaping';
import { MARGIN, NOTE_BAND, PAGE, STYLES, SUPERSCRIPT } from './styles';
import type { StructureTree } from './tagging';
import { drawDecorations, SUBSCRIPT } from './text-decoration';

/** Liberation Sans: ascender and natural line height, in ems. */
const ASCENT = 0.905;
const NATURAL = 1.149;

/** Baseline of a line: the natural line box centred in the leading. */
function baseline(line: Line, top: number): number {
  const size = STYLES[line.para.style].size;
  return top + (line.height - size * NATURAL) / 2 + size * ASCENT;
}

interface Context {
  doc: PDFDocument;
  tree: StructureTree;
  marks: AnnotationMarks;
  outline: OutlineBuilder;
  shaper: Shaper;
}

/** A fragment's text at its place on the line, in the pieces it was measured in (see Shaper). */
function drawFragment(ctx: Context, line: Line, fragment: Fragment, base: number): void {
  const { run } = fragment;
  const size = STYLES[line.para.style].size;
  const rise = run.noteNumber !== undefined || run.superscript ? size * SUPERSCRIPT.rise : run.subscript ? -size * SUBSCRIPT.drop : 0;
  ctx.doc.fillColor(run.color);
  const pieces = fragment.pieces ?? Shaper.chunks(fragment.text);
  drawShaped(ctx.doc, ctx.shaper, run.font, run.size, line.x + fragment.x, base - rise, pieces);
  drawDecorations(ctx.doc, run, line.x + fragment.x, base - rise, fragment.width);
}

/**
 * The line's text as marked content of its paragraph's element (`before` draws first: a note's
 * number); a linked fragment instead as a Link element inside it, with its text and its link
 * annotation over the fragment, described in Dutch (PDF/UA-1 §7.18.5).
 */
function drawContent(ctx: Context, placed: PlacedLine, element: PDFStructureElement, tag: string, base: number, before?: () => void): void {
  const { doc, tree } = ctx;
  const { line, y } = placed;
  let plain: Fragment[] = [];
  let lead = before;
  let marked = false;
  const flush = (force: boolean): void => {
    if (!plain.length && !lead && !force) return;
    const [fragments, first] = [plain, lead];
    tree.mark(element, tag, () => {
      first?.();
      for (const fragment of fragments) drawFragment(ctx, line, fragment, base);
    });
    [plain, lead, marked] = [[], undefined, true];
  };
  for (const fragment of line.fragments) {
    const { link } = fragment.run;
    if (!link) {
      plain.push(fragment);
      continue;
    }
    flush(false);
    tree.annotation(
      element,
      'Link',
      (structParent) =>
        drawLinkAnnotation(doc, { x: line.x + fragment.x, y, width: fragment.width, height: line.height }, link, structParent),
      () => drawFragment(ctx, line, fragment, base),
    );
  }
  flush(!marked);
}

/** A table row's rules (a nota's title block): across the text width, at the edge of the row's space before / after. */
function drawRowRules({ doc, tree }: Context, { line, y }: PlacedLine): void {
  const style = STYLES[line.para.style];
  const at = [
    ...(line.first && line.para.ruleAbove ? [y - style.spaceBefore] : []),
    ...(line.last && line.para.ruleBelow ? [y + line.height + style.spaceAfter] : []),
  ];
  tree.artifact('Layout', () => {
    doc.lineWidth(0.5).strokeColor('#7F7F7F');
    for (const ruleY of at)
      doc
        .moveTo(MARGIN.left, ruleY)
        .lineTo(PAGE.width - MARGIN.right, ruleY)
        .stroke();
  });
}

function drawLine(ctx: Context, placed: PlacedLine, owner: unknown, tag: string): void {
  const { doc, tree } = ctx;
  const { line, y } = placed;
  const { para } = line;
  const style = STYLES[para.style];
  ctx.marks.drawBackground(placed);
  if ((line.first && para.ruleAbove) || (line.last && para.ruleBelow)) drawRowRules(ctx, placed);
  if (para.quoteRule) {
    tree.artifact('Layout', () => {
      // At the quote's own left edge, also beside a quoted list item indented further in.
      doc.rect(MARGIN.left + STYLES.quote.indentLeft - 9, y, 1.5, line.height).fill('#7F7F7F');
    });
  }
  if (line.first) {
    if (para.outline) ctx.outline.add(para.outline.level, para.outline.title, y);
    for (const name of para.destinations ?? []) doc.addNamedDestination(name, 'XYZ', MARGIN.left, y, null);
  }
  const base = baseline(line, y);
  const element = tree.element(owner, tag, para.parents);
  const label = line.first ? para.label : undefined;
  const drawLabel = (): void => {
    if (!label) return;
    doc.fillColor(style.color);
    drawText(doc, ctx.shaper, label.font, style.size, MARGIN.left + style.indentLeft, base, label.text);
  };
  if (label && tag !== 'Note') {
    // A label of its own in the structure (Lbl), before the paragraph's body.
    tree.mark(tree.element({ label: para }, label.tag, para.parents), label.tag, drawLabel);
  }
  drawContent(ctx, placed, element, tag, base, tag === 'Note' ? drawLabel : undefined);
  ctx.marks.drawMarkers(placed, element);
}

/**
 * A table row: its cell borders (and a header row's grey ground) as artifacts, then each cell's
 * lines as paragraphs in the Table › TR › TH/TD structure. A header row drawn again at the top of
 * a page is an artifact as a whole (its content is tagged once, where the table starts).
 */
function drawRow(ctx: Context, placed: PlacedLine): void {
  const { doc, tree } = ctx;
  const { line, y } = placed;
  const row = line.row!;
  tree.artifact('Layout', () => {
    for (const column of row.columns) {
      if (row.header) doc.rect(column.x, y, column.width, line.height).fill('#EDEDED');
      doc.lineWidth(0.5).strokeColor('#000000');
      if (!column.openTop && !column.openBottom) doc.rect(column.x, y, column.width, line.height).stroke();
      else {
        // A cell that goes on above or below (merged, or continued on the next page): no rule there.
        const right = column.x + column.width;
        const bottom = y + line.height;
        doc.moveTo(column.x, y).lineTo(column.x, bottom).moveTo(right, y).lineTo(right, bottom);
        if (!column.openTop) doc.moveTo(column.x, y).lineTo(right, y);
        if (!column.openBottom) doc.moveTo(column.x, bottom).lineTo(right, bottom);
        doc.stroke();
      }
    }
  });
  for (const cell of row.cells) {
    for (const inner of cell) {
      const at: PlacedLine = { line: inner.line, y: y + inner.y };
      if (!line.repeated) drawLine(ctx, at, inner.line.para, inner.line.para.tag);
      else {
        const base = baseline(inner.line, at.y);
        tree.artifact('Pagination', () => {
          for (const fragment of inner.line.fragments) drawFragment(ctx, inner.line, fragment, base);
        });
      }
    }
  }
}

/**
 * Draws the laid-out pages: body lines in their structure elements, then the note band — a
 * short rule and the notes, each note one Note element even when it continues on the next page;
 * a table row as its bordered cells (drawRow).
 */
export function renderPages(doc: PDFDocument, pages: PageLayout[], tree: StructureTree, marks: AnnotationMarks, shaper: Shaper): void {
  const ctx: Context = { doc, tree, marks, outline: new OutlineBuilder(doc), shaper };
  for (const page of pages) {
    doc.addPage();
    for (const placed of page.lines) {
      if (placed.line.row) drawRow(ctx, placed);
      else drawLine(ctx, placed, placed.line.para, placed.line.para.tag);
    }
    if (page.bandTop === undefined) continue;
    const ruleY = page.bandTop + NOTE_BAND.gap / 2;
    tree.artifact('Layout', () => {
      doc
        .lineWidth(0.5)
        .strokeColor('#000000')
        .moveTo(MARGIN.left, ruleY)
        .lineTo(MARGIN.left + NOTE_BAND.ruleWidth, ruleY)
        .stroke();
    });
    for (const placed of page.noteLines) drawLine(ctx, placed, `note-${placed.note}`, 'Note');
  }
}
