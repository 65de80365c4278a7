import { describe, expect, it } from 'vitest';

import type { Line, PageLayout, Para } from '../../../../app/export/pdf/layout';
import { paginate } from '../../../../app/export/pdf/paginate';
import { BODY_BOTTOM, MARGIN } from '../../../../app/export/pdf/styles';

/**
 * Paragraphs of 12 pt lines with no space around them: the body of a page (697.89 pt) holds
 * exactly 58 such lines, so a filler of 58 - k lines leaves room for k lines.
 */
const ROOM = Math.floor((BODY_BOTTOM - MARGIN.top) / 12);

interface Laid {
  para: Para;
  lines: Line[];
}

function block(count: number, extra: Partial<Para> = {}, notes: Record<number, number> = {}): Laid {
  const para: Para = { style: 'body', tag: 'P', parents: [], runs: [], spaceAfter: 0, ...extra };
  const lines = Array.from({ length: count }, (_, i): Line => ({
    para,
    fragments: [],
    x: 72,
    height: 12,
    notes: notes[i] === undefined ? [] : [notes[i] as number],
    first: i === 0,
    last: i === count - 1,
  }));
  return { para, lines };
}

const filler = (room: number): Laid => block(ROOM - room);
/** How many lines of `laid` stand on each page. */
const perPage = (pages: PageLayout[], laid: Laid): number[] => pages.map((p) => p.lines.filter((l) => l.line.para === laid.para).length);
const noteLines = (count: number) => Array.from({ length: count }, () => block(1).lines[0] as Line);

describe('paginate: orphans and widows', () => {
  it('has room for 58 plain lines on a page', () => {
    expect(ROOM).toBe(58);
    const full = block(58);
    expect(perPage(paginate([full], new Map()), full)).toEqual([58]);
    // One more line would stand alone on page 2: one of page 1 joins it.
    const over = block(59);
    expect(perPage(paginate([over], new Map()), over)).toEqual([57, 2]);
  });

  it('moves a paragraph that would leave one line at the foot of the page', () => {
    const target = block(6);
    const pages = paginate([filler(1), target], new Map());
    expect(perPage(pages, target)).toEqual([0, 6]);
    expect(pages[1]!.lines[0]!.y).toBe(MARGIN.top);
  });

  it('carries two lines, not one, to the next page', () => {
    const target = block(6);
    expect(perPage(paginate([filler(5), target], new Map()), target)).toEqual([4, 2]);
  });

  it('does not split a paragraph of three lines', () => {
    const target = block(3);
    expect(perPage(paginate([filler(2), target], new Map()), target)).toEqual([0, 3]);
  });

  it('breaks a paragraph taller than a page where it must', () => {
    const target = block(130);
    const pages = paginate([filler(1), target], new Map());
    // Moved off page 1 (one line there would be an orphan), then full pages, the rest last.
    expect(perPage(pages, target)).toEqual([0, 58, 58, 14]);
  });
});

describe('paginate: rules with footnotes', () => {
  it('moves the paragraph with its note when the note pushes all but one line on', () => {
    const target = block(6, {}, { 1: 1 });
    const pages = paginate([filler(8), target], new Map([[1, noteLines(7)]]));
    // Line 2 and its 7-line note (80 pt with the gap) do not fit under line 1: both lines go on.
    expect(perPage(pages, target)).toEqual([0, 6]);
    expect(pages[0]!.noteLines).toHaveLength(0);
    expect(pages[1]!.noteLines.map((l) => l.note)).toEqual(Array(7).fill(1));
  });

  it("keeps a note on its reference's page when widow control pulls the reference over", () => {
    const target = block(6, {}, { 5: 1 });
    const pages = paginate([filler(6), target], new Map([[1, noteLines(1)]]));
    expect(perPage(pages, target)).toEqual([4, 2]);
    expect(pages[0]!.noteLines).toHaveLength(0);
    expect(pages[1]!.noteLines.map((l) => l.note)).toEqual([1]);
    expect(pages[1]!.lines.at(-1)!.line.notes).toEqual([1]);
  });
});

describe('paginate: keeps', () => {
  it('never leaves a heading last on a page: it goes on with two lines of what follows', () => {
    const heading = block(1, { keepWithNext: true });
    const next = block(6);
    const pages = paginate([filler(2), heading, next], new Map());
    expect(perPage(pages, heading)).toEqual([0, 1]);
    expect(perPage(pages, next)).toEqual([0, 6]);
    expect(pages[1]!.lines[0]!.line.para).toBe(heading.para);
  });

  it('keeps a heading where it is when two lines of the next paragraph fit under it', () => {
    const heading = block(1, { keepWithNext: true });
    const next = block(6);
    const pages = paginate([filler(3), heading, next], new Map());
    expect(perPage(pages, heading)).toEqual([1, 0]);
    expect(perPage(pages, next)).toEqual([2, 4]);
  });

  it("keeps a passage's citation line with the passage's last lines", () => {
    const quote = block(5);
    const citation = block(1, { keepWithPrevious: true });
    const pages = paginate([filler(5), quote, citation], new Map());
    expect(perPage(pages, quote)).toEqual([3, 2]);
    expect(perPage(pages, citation)).toEqual([0, 1]);
  });
});
