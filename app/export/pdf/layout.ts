import type { FontKey, StyleName } from './styles';

/**
 * The exporter's own layout model. pdfkit has no footnotes, so the exporter breaks lines and
 * pages itself: the briefing becomes paragraphs of styled runs (`Para`), paragraphs become
 * lines (`Line`), lines and note lines are placed on pages (`PageLayout`), and only then is
 * anything drawn.
 */

/**
 * Where a run links to: a named destination in this document (a footnote, a paragraph of an
 * appended letter) and the Dutch description a screen reader announces (the link
 * annotation's /Contents, as PDF/UA-1 §7.18.5 asks).
 */
export interface LinkTarget {
  destination: string;
  /** An external address (http(s) or mailto) instead of `destination`: see hyperlink.ts. */
  url?: string;
  description: string;
}

/** A piece of text in one style. */
export interface Run {
  text: string;
  font: FontKey;
  size: number;
  color: string;
  /** Footnote reference: printed superscript. */
  noteNumber?: number;
  /** Printed raised like a footnote number without being one (the comma in `¹,²`, superscript text). */
  superscript?: boolean;
  /** Printed lowered (subscript text; `size` is already the reduced one). */
  subscript?: boolean;
  /** A line under / through the text (text formats; a link's underline). */
  underline?: boolean;
  strikethrough?: boolean;
  /** Annotation ids whose range covers this run. */
  comments?: string[];
  /** What this run links to (footnote reference → note, citation → appended letter). */
  link?: LinkTarget;
}

/** A node of the structure tree above a paragraph, e.g. a passage's BlockQuote or a list's L and LI. */
export interface StructParent {
  /** Unique within the document: the same key means the same element. */
  key: string;
  tag: string;
}

export interface Para {
  style: StyleName;
  runs: Run[];
  /** Structure type of the paragraph's own content (P, H1…H3, LBody, Note…). */
  tag: string;
  parents: StructParent[];
  /** Hanging label (bullet, list number, title-block label) and its structure type. */
  label?: { text: string; font: FontKey; tag: string };
  /** Never leave this paragraph last on a page (headings). */
  keepWithNext?: boolean;
  /** Keep the first line on the page of the previous paragraph's last line (a passage's citation). */
  keepWithPrevious?: boolean;
  pageBreakBefore?: boolean;
  /** Overrides the style's space after (e.g. below the title block). */
  spaceAfter?: number;
  /** Bookmark: level 1–3, or 0 for the appendix group entry. */
  outline?: { level: number; title: string };
  /** Named destinations that point at this paragraph. */
  destinations?: string[];
  /** Annotations on the paragraph as a whole (a passage's comments). */
  comments?: string[];
  /** Draw the quote rule at the left. */
  quoteRule?: boolean;
  /** A table row's rules across the text width: above its first line / below its last (a nota's title block). */
  ruleAbove?: boolean;
  ruleBelow?: boolean;
  /** A table: laid out by table.ts as one line per row (this paragraph's own runs are empty). */
  table?: TableSpec;
}

/** A table to lay out: its cells' paragraphs row by row, over `width` points from `x`. */
export interface TableSpec {
  rows: Para[][][];
  columns: number;
  /** How many rows from the top are header rows, drawn again at the top of each page the table runs onto. */
  headerRows: number;
  /** Per row, per cell, its merge (app/briefing/table-grid.ts `GridSpan`; absent: none merged). */
  spans?: Array<Array<{ colSpan?: number; rowSpan?: number; covered?: true }>>;
  x: number;
  width: number;
}

/**
 * A cell's box in a table row: its edges, and the rules not drawn where the cell goes on in the
 * row below (`openBottom`: a merged cell, or a row continued on the next page) or above (`openTop`).
 */
export interface CellBox {
  x: number;
  width: number;
  openTop?: boolean;
  openBottom?: boolean;
}

/** A table row (or the part of a row on one page) as laid out: its cell boxes and each cell's lines, placed relative to the row's top. */
export interface RowBox {
  columns: CellBox[];
  cells: PlacedLine[][];
  header: boolean;
}

/** A run's share of one line, positioned relative to the line's left edge. */
export interface Fragment {
  run: Run;
  text: string;
  x: number;
  width: number;
  /** `text` as line breaking measured it, piece by piece (drawn shaped the same way); absent: cut as pdfkit measures. */
  pieces?: string[];
}

export interface Line {
  para: Para;
  fragments: Fragment[];
  /** Absolute x of the line's text column. */
  x: number;
  /** Vertical space the line takes (its leading). */
  height: number;
  /** Numbers of the footnotes referenced on this line. */
  notes: number[];
  first: boolean;
  last: boolean;
  /** A table row (table.ts): `fragments` is empty, the cells' lines are in here. */
  row?: RowBox;
  /** The table's header rows, to draw first on a page this row opens (Paginator.place). */
  repeatHeader?: Line[];
  /** A header row drawn again at the top of a page: an artifact, its notes not counted again. */
  repeated?: boolean;
}

export interface PlacedLine {
  line: Line;
  /** Top of the line box. */
  y: number;
}

/** A line of a footnote in a page's note band. */
export interface PlacedNoteLine extends PlacedLine {
  note: number;
}

export interface PageLayout {
  lines: PlacedLine[];
  noteLines: PlacedNoteLine[];
  /** Top of the note band (the separator rule sits here); undefined when the page has no notes. */
  bandTop?: number;
}
