import { type RawParagraph, trimParagraph } from '../raw-paragraph';
import { type InlineContext, ParagraphText } from './inline';
import type { LabelPicker } from './numbering';
import { numberingOf, outlineOf, type Styles } from './styles';
import { child, type XmlElement } from './xml';

/**
 * The block content of a document, header, note or cell (ECMA-376 §17.3.1, §17.4): paragraphs
 * and tables in reading order, through content controls, custom XML, inserted blocks and
 * alternate content. A paragraph says it is a heading by its outline level (own or its style's)
 * and a list item by its numbering (own or its style's), whose label is printed as Word prints
 * it: a number label stays part of the text (`1. Tekst`, as in text extracted from Word), a
 * bullet does not (it is the item's `label` only, `•`, `–`, `o`). A numbered heading (outline level and numbering) is a heading, its number
 * label kept (`1 Inleiding`). A paragraph whose mark was deleted (tracked) runs on into the next one.
 * Text boxes inside a paragraph are read as paragraphs right after it.
 */

/**
 * How a Word cell is merged (ECMA-376 §17.4.17 `w:gridSpan`, §17.4.84 `w:vMerge`): `gridSpan` grid
 * columns wide (1 when not stated); `vMerge` `restart` opens a vertically merged cell, `continue`
 * goes on with the one above (absent: not merged vertically).
 */
export interface DocCellMerge {
  gridSpan: number;
  vMerge?: 'restart' | 'continue';
}

export interface DocTable {
  type: 'table';
  /** Rows of cells; each cell its paragraphs (nested tables flattened into them). */
  rows: RawParagraph[][][];
  /** Per row, per cell, its merge (same shape as `rows`). */
  merges: DocCellMerge[][];
  /** How many rows from the top are header rows (`w:trPr/w:tblHeader`, §17.4.49), repeated on each page. */
  headerRows: number;
}
/** A paragraph or table of the document; `box`: the text box (`w:txbxContent`) it stands in. */
export type DocItem = (({ type: 'paragraph' } & RawParagraph) | DocTable) & { box?: XmlElement };

export interface BodyContext extends InlineContext {
  styles: Styles;
  label: LabelPicker;
  /**
   * Ids of the comments whose range is still open after the last paragraph read (it goes on into
   * the next paragraph, cell or text box); absent where comments are not read.
   */
  openComments?: readonly string[];
  /** Called after a paragraph that ends a section (its `w:pPr` holds a `w:sectPr`). */
  sectionEnd?: () => void;
}

const elements = (el: XmlElement): XmlElement[] => el.children.filter((c): c is XmlElement => typeof c !== 'string');

/** The paragraph mark was deleted (tracked) or is hidden text: the paragraph runs on into the next. */
const markDeleted = (pPr: XmlElement | undefined): boolean => {
  const mark = child(pPr, 'rPr');
  if (child(mark, 'del') ?? child(mark, 'moveFrom')) return true;
  const hide = child(mark, 'specVanish') ?? child(mark, 'vanish');
  return !!hide && !['0', 'false', 'off'].includes(hide.attrs.val ?? '');
};

/** An on/off property (ECMA-376 §17.17.4 ST_OnOff): on when present, unless its `w:val` says off. */
const isOn = (el: XmlElement | undefined): boolean => !!el && !/^(?:false|0|off)$/i.test(el.attrs.val ?? '');

/** A cell's merge from its `w:tcPr`. */
const mergeOf = (tcPr: XmlElement | undefined): DocCellMerge => {
  const span = Number.parseInt(child(tcPr, 'gridSpan')?.attrs.val ?? '', 10);
  const gridSpan = Number.isInteger(span) && span > 1 ? Math.min(span, 63) : 1;
  const vMerge = child(tcPr, 'vMerge');
  if (!vMerge) return { gridSpan };
  return { gridSpan, vMerge: vMerge.attrs.val === 'restart' ? 'restart' : 'continue' };
};

/** Prepends a list label (and a space) to a paragraph, shifting what is anchored in it. */
const withLabel = (p: RawParagraph, label: string): RawParagraph => {
  const n = label.length + 1;
  const shift = <R extends { start: number; end: number }>(r: R): R => ({ ...r, start: r.start + n, end: r.end + n });
  return {
    ...p,
    label,
    text: `${label} ${p.text}`,
    notes: p.notes.map((a) => ({ ...a, offset: a.offset + n })),
    ...(p.links ? { links: p.links.map(shift) } : {}),
    ...(p.comments ? { comments: p.comments.map(shift) } : {}),
  };
};

/** Reads the blocks inside `container` (a `w:body`, `w:hdr`, `w:footnote`, `w:tc`, `w:txbxContent`, …). */
export const readBlocks = (container: XmlElement, ctx: BodyContext): DocItem[] => {
  const out: DocItem[] = [];
  let running: ParagraphText | null = null;
  const walk = (el: XmlElement): void => {
    for (const c of elements(el)) {
      if (c.ns === 'mc' && c.name === 'AlternateContent') {
        const choice = elements(c).find((x) => x.name === 'Choice');
        if (choice) walk(choice);
        continue;
      }
      if (c.ns !== 'w') continue;
      if (c.name === 'p') paragraph(c);
      else if (c.name === 'tbl') out.push(table(c));
      else if (c.name === 'sdt') walk(child(c, 'sdtContent') ?? c);
      else if (c.name === 'customXml' || c.name === 'ins' || c.name === 'moveTo' || c.name === 'sdtContent') walk(c);
    }
  };
  const paragraph = (p: XmlElement): void => {
    const pPr = child(p, 'pPr');
    const style = ctx.styles.get(child(pPr, 'pStyle')?.attrs.val ?? '') ?? ctx.styles.get('Normal') ?? {};
    let text = running;
    if (!text) {
      text = new ParagraphText(ctx);
      if (ctx.openComments?.length) text.reopen(ctx.openComments);
    }
    text.hiddenByStyle = !!style.hidden;
    text.read(p);
    if (markDeleted(pPr)) {
      running = text;
      return;
    }
    running = null;
    const open = text.closeComments();
    if (ctx.openComments) ctx.openComments = open;
    const raw = trimParagraph({ text: text.text, notes: text.notes, links: text.links, comments: text.comments });
    const own = numberingOf(pPr);
    const numId = own?.numId ?? style.numbering?.numId;
    const level = Math.min(8, Math.max(0, own?.ilvl ?? style.numbering?.ilvl ?? 0));
    const list = numId !== undefined ? ctx.label(numId, level) : null;
    if (raw.text !== '' || raw.notes.length > 0) {
      const outline = outlineOf(pPr) ?? style.outline;
      if (outline !== undefined)
        out.push({
          type: 'paragraph',
          ...(list && !list.bullet && list.label !== '' ? withLabel(raw, list.label) : raw),
          kind: 'heading',
          level: outline + 1,
        });
      else if (list && list.label !== '')
        out.push({
          type: 'paragraph',
          ...(!list.bullet ? withLabel(raw, list.label) : list.label.trim() !== '' ? { ...raw, label: list.label.trim() } : raw),
          kind: 'list-item',
          ...(level > 0 ? { level } : {}),
        });
      else out.push({ type: 'paragraph', ...raw });
    }
    for (const box of text.textBoxes) for (const item of readBlocks(box, ctx)) out.push(item.box ? item : { ...item, box });
    if (child(pPr, 'sectPr')) ctx.sectionEnd?.();
  };
  const table = (tbl: XmlElement): DocTable => {
    const rows: RawParagraph[][][] = [];
    const merges: DocCellMerge[][] = [];
    let headerRows = 0;
    for (const tr of elements(tbl)) {
      if (tr.name !== 'tr') continue;
      // A row deleted as a tracked change (`w:trPr/w:del`, §17.13.5.12) is left out: changes read as accepted.
      if (child(child(tr, 'trPr'), 'del')) continue;
      // Only a run of header rows from the top repeats (Word ignores w:tblHeader further down).
      if (headerRows === rows.length && isOn(child(child(tr, 'trPr'), 'tblHeader'))) headerRows++;
      const cells: RawParagraph[][] = [];
      const rowMerges: DocCellMerge[] = [];
      for (const tc of elements(tr)) {
        if (tc.name !== 'tc' && tc.name !== 'sdt') continue;
        const cell = tc.name === 'sdt' ? (child(child(tc, 'sdtContent'), 'tc') ?? tc) : tc;
        cells.push(readBlocks(cell, ctx).flatMap((item) => (item.type === 'table' ? item.rows.flat(2) : [item])));
        rowMerges.push(mergeOf(child(cell, 'tcPr')));
      }
      rows.push(cells);
      merges.push(rowMerges);
    }
    return { type: 'table', rows, merges, headerRows };
  };
  walk(container);
  if (running) paragraph({ name: 'p', ns: 'w', attrs: {}, children: [] });
  return out;
};
