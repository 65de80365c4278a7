import type { Line, PageLayout, PlacedNoteLine } from './layout';
import type { LinePos } from './page-breaks';
import { BODY_BOTTOM, MARGIN, NOTE_BAND, STYLES } from './styles';

export interface NoteLine {
  note: number;
  line: Line;
}

/** A point in the placement that `Paginator.restore` can return to. */
export interface Snapshot {
  pages: number;
  lines: number;
  band: NoteLine[];
  carry: NoteLine[];
  closed: boolean;
  y: number;
}

const bandHeight = (lines: NoteLine[]): number => (lines.length ? NOTE_BAND.gap + lines.reduce((sum, l) => sum + l.line.height, 0) : 0);

/** The most a continued note may take of a following page, so that some body still fits. */
const MAX_CARRY = BODY_BOTTOM - MARGIN.top - 4 * STYLES.body.leading;

/**
 * Places lines on pages with every footnote at the foot of the page that holds its reference.
 * Each page's bottom limit rises by the height of the notes referenced on it (plus the
 * separator): a line goes on the page only when it and all its notes fit above the page
 * bottom; otherwise it moves to the next page. Only a note too long for any page is split:
 * as many of its lines as fit stay, the rest continues at the top of the next page's band
 * (and that page takes no new notes until it is done). A table row that opens a page is placed
 * under a copy of its table's header rows (`Line.repeatHeader`). Paragraph-level rules (orphans, widows,
 * keeps) are applied above this, in `paginate`, by rewinding to a `snapshot` and forcing breaks.
 */
export class Paginator {
  readonly pages: PageLayout[] = [];
  private page!: PageLayout;
  private band: NoteLine[] = [];
  private carry: NoteLine[] = [];
  /** The band holds an unfinished note: later notes may not come before its end. */
  private closed = false;
  private y: number = MARGIN.top;

  constructor(private readonly notes: Map<number, Line[]>) {
    this.newPage();
  }

  private finishPage(): void {
    if (!this.band.length) return;
    const top = BODY_BOTTOM - bandHeight(this.band);
    this.page.bandTop = top;
    let y = top + NOTE_BAND.gap;
    for (const { note, line } of this.band) {
      const placed: PlacedNoteLine = { note, line, y };
      this.page.noteLines.push(placed);
      y += line.height;
    }
  }

  private newPage(): void {
    if (this.pages.length) this.finishPage();
    this.page = { lines: [], noteLines: [] };
    this.pages.push(this.page);
    this.y = MARGIN.top;
    this.band = [];
    while (this.carry.length && bandHeight([...this.band, this.carry[0] as NoteLine]) <= MAX_CARRY) {
      this.band.push(this.carry.shift() as NoteLine);
    }
    this.closed = this.carry.length > 0;
  }

  private notesOf(line: Line): NoteLine[] {
    return line.notes.flatMap((note) => (this.notes.get(note) ?? []).map((l) => ({ note, line: l })));
  }

  place(line: Line, spaceBefore: number): void {
    for (;;) {
      // A table row opening a page comes under its table's header row, drawn again (without its notes).
      if (this.page.lines.length === 0 && line.repeatHeader) {
        for (const header of line.repeatHeader) this.put({ ...header, notes: [], repeated: true }, this.y, []);
      }
      const empty = this.page.lines.every((placed) => placed.line.repeated);
      const top = empty ? this.y : this.y + spaceBefore;
      const notes = this.notesOf(line);
      if (notes.length && this.closed) {
        this.newPage();
        continue;
      }
      if (top + line.height + bandHeight([...this.band, ...notes]) <= BODY_BOTTOM) {
        this.put(line, top, notes);
        return;
      }
      const fitsFresh = MARGIN.top + line.height + bandHeight([...this.carry, ...notes]) <= BODY_BOTTOM;
      if (!empty && (notes.length === 0 || fitsFresh)) {
        this.newPage();
        continue;
      }
      // A note too long for any page: keep what fits (all notes but the last complete), carry the rest.
      let fit = 0;
      while (fit < notes.length && top + line.height + bandHeight([...this.band, ...notes.slice(0, fit + 1)]) <= BODY_BOTTOM) fit++;
      const lastNote = notes.at(-1)?.note;
      const completeBefore = notes.findIndex((n) => n.note === lastNote);
      if (!empty && fit <= completeBefore) {
        this.newPage();
        continue;
      }
      this.put(line, top, notes.slice(0, fit));
      this.carry = notes.slice(fit);
      this.closed = this.carry.length > 0;
      return;
    }
  }

  private put(line: Line, top: number, notes: NoteLine[]): void {
    this.page.lines.push({ line, y: top });
    this.band.push(...notes);
    this.y = top + line.height;
  }

  pageBreak(): void {
    if (this.page.lines.length) this.newPage();
  }

  addSpace(space: number): void {
    this.y += space;
  }

  /** Where the line placed last stands: its page, and whether it is the page's first body line. */
  position(): LinePos {
    return { page: this.pages.length - 1, top: this.page.lines.slice(0, -1).every((placed) => placed.line.repeated) };
  }

  /** The state before the next placement, to come back to with `restore`. */
  snapshot(): Snapshot {
    const { pages, page, band, carry, closed, y } = this;
    return { pages: pages.length, lines: page.lines.length, band: [...band], carry: [...carry], closed, y };
  }

  /** Undoes every placement made since `snapshot` (pages started since then are dropped). */
  restore(snapshot: Snapshot): void {
    this.pages.length = snapshot.pages;
    this.page = this.pages[snapshot.pages - 1] as PageLayout;
    // The page was still open at the snapshot: its notes were not yet placed.
    this.page.lines.length = snapshot.lines;
    this.page.noteLines = [];
    delete this.page.bandTop;
    this.band = [...snapshot.band];
    this.carry = [...snapshot.carry];
    this.closed = snapshot.closed;
    this.y = snapshot.y;
  }

  /** Ends the last page; notes still carried get pages of their own. */
  finish(): PageLayout[] {
    while (this.carry.length) this.newPage();
    this.finishPage();
    return this.pages;
  }
}
