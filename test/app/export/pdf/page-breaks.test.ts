import { describe, expect, it } from 'vitest';

import type { KeepFlags, LinePos } from '../../../../app/export/pdf/page-breaks';
import { keepFix, MIN_LINES, splitFix } from '../../../../app/export/pdf/page-breaks';

/** Line positions from page numbers; a `*` after a page number marks the first line of that page. */
const lines = (spec: string): LinePos[] => spec.split(' ').map((p) => ({ page: Number(p.replace('*', '')), top: p.endsWith('*') }));

describe('splitFix (orphans and widows)', () => {
  it('accepts a paragraph on one page and a split with two lines on each side', () => {
    expect(MIN_LINES).toBe(2);
    expect(splitFix(lines('0 0 0 0 0'))).toBeUndefined();
    expect(splitFix(lines('0 0 1* 1'))).toBeUndefined();
    expect(splitFix(lines('3 3 3 4* 4 4'))).toBeUndefined();
  });

  it('moves the whole paragraph when one line would stay at the foot of the page', () => {
    expect(splitFix(lines('0 1* 1 1 1 1'))).toBe(0);
  });

  it('pulls a line over when one line would be carried to the next page', () => {
    // Six lines, five on page 0: lines 4 and 5 go on together.
    expect(splitFix(lines('0 0 0 0 0 1*'))).toBe(4);
  });

  it('does not split paragraphs of two or three lines', () => {
    expect(splitFix(lines('0 1*'))).toBe(0);
    expect(splitFix(lines('0 0 1*'))).toBe(0);
    expect(splitFix(lines('0 1* 1'))).toBe(0);
  });

  it('breaks a paragraph that opens its page where it must, widow control still applied', () => {
    // Already at the top of a page: moving it gains nothing.
    expect(splitFix(lines('2* 3* 3 3'))).toBeUndefined();
    expect(splitFix(lines('2* 2 3*'))).toBeUndefined();
    // A paragraph over three pages: the last line is joined by one from the full middle page.
    const tall = lines(`0* ${'0 '.repeat(55)}1* ${'1 '.repeat(56)}2*`);
    expect(splitFix(tall)).toBe(tall.length - 2);
  });
});

const heading: KeepFlags = { keepWithNext: true };
const body: KeepFlags = {};
const citation: KeepFlags = { keepWithPrevious: true };

describe('keepFix (headings and citations)', () => {
  it('moves a heading whose next paragraph starts on the next page', () => {
    expect(keepFix([body, heading, body], [lines('0* 0'), lines('0'), lines('1* 1 1')], 2)).toEqual({ para: 1, line: 0 });
  });

  it('keeps a heading with two following lines even when the paragraph after it is a single line', () => {
    const paras = [body, heading, body, body];
    expect(keepFix(paras, [lines('0*'), lines('0'), lines('0'), lines('1* 1 1')], 3)).toEqual({ para: 1, line: 0 });
    // Once two lines follow the heading on its page, later paragraphs are free.
    expect(keepFix(paras, [lines('0*'), lines('0'), lines('0 0'), lines('1* 1 1')], 3)).toBeUndefined();
  });

  it('moves a chain of headings as one', () => {
    const paras = [body, heading, heading, body];
    expect(keepFix(paras, [lines('0*'), lines('0'), lines('0'), lines('1* 1')], 3)).toEqual({ para: 1, line: 0 });
    expect(keepFix(paras, [lines('0*'), lines('0'), lines('0'), lines('0 0 1* 1')], 3)).toBeUndefined();
  });

  it('leaves a heading that opens its page, and stops at a page break the document asks for', () => {
    expect(keepFix([heading, body], [lines('0*'), lines('1* 1')], 1)).toBeUndefined();
    const appendix: KeepFlags = { keepWithNext: true, pageBreakBefore: true };
    expect(keepFix([body, heading, appendix, body], [lines('0*'), lines('0'), lines('1*'), lines('1 1')], 3)).toBeUndefined();
  });

  it("moves a passage's last line on with its citation line", () => {
    expect(keepFix([body, body, citation], [lines('0*'), lines('0 0 0 0'), lines('1*')], 2)).toEqual({ para: 1, line: 3 });
    expect(keepFix([body, body, citation], [lines('0*'), lines('0 0 1* 1'), lines('1')], 2)).toBeUndefined();
  });
});
