/**
 * Page breaks in exported PDFs, read back per page with `pdftotext -layout`: briefings whose
 * first page is filled so that, without the rules, a paragraph would leave one line at the foot
 * of page 1, carry one line to page 2, split after two of three lines, strand a heading or a
 * citation line. The lines a paragraph takes are read from a probe export of that paragraph alone.
 */
import { describe, expect, it } from 'vitest';

import type { BodyBlock, Briefing } from '../../../../app/briefing/model';
import { emptyBriefing } from '../../../../app/briefing/model';
import { briefingToPdf } from '../../../../app/export/pdf';
import { BODY_BOTTOM, MARGIN, NOTE_BAND, STYLES } from '../../../../app/export/pdf/styles';
import { loadSampleCorpus } from '../../briefing/sample-corpus';
import { collapse, loadFonts, pageCount, pageText, writePdf } from './pdf-tools';
import { passageOf } from './sample-briefing';

const fonts = loadFonts();
const BODY = STYLES.body;
/** Body height left on page 1 below a filler of `lines` lines (the filler's space after included). */
const roomBelow = (lines: number) => BODY_BOTTOM - MARGIN.top - lines * BODY.leading - BODY.spaceAfter;
/** Body lines that fit under a paragraph's space after at the top of a page. */
const FULL = Math.floor(roomBelow(0) / BODY.leading);

/** A filler paragraph ("Vulregel 1" …, one per line) after which exactly `lines` body lines fit on page 1. */
function filler(lines: number): BodyBlock {
  const count = FULL - lines;
  expect(roomBelow(count) / BODY.leading - lines).toBeGreaterThan(0.1); // not a borderline fit
  const text = Array.from({ length: count }, (_, i) => `Vulregel ${i + 1}`).join('\n');
  return { type: 'paragraph', children: [{ type: 'text', text }] };
}

const words = (count: number, stem = 'woord') => Array.from({ length: count }, (_, i) => `${stem}${i + 1}`).join(' ');
const paragraph = (text: string): BodyBlock => ({ type: 'paragraph', children: [{ type: 'text', text }] });

function briefingOf(body: BodyBlock[], footnotes: Briefing['footnotes'] = []): Briefing {
  return { ...emptyBriefing(), citationStyle: 'line', body, footnotes };
}

let files = 0;
async function exportPdf(briefing: Briefing): Promise<string> {
  return writePdf(await briefingToPdf(briefing, fonts), `pagination-${++files}.pdf`);
}

/** The text lines of a page as laid out, whitespace collapsed, without the page number. */
function lines(path: string, page: number): string[] {
  return pageText(path, page, true)
    .split('\n')
    .map(collapse)
    .filter((line) => line && !/^Pagina \d+ van \d+$/.test(line));
}

/** The lines the blocks take when exported alone (they all fit on one page). */
async function probe(blocks: BodyBlock[], footnotes: Briefing['footnotes'] = []): Promise<string[]> {
  const path = await exportPdf(briefingOf(blocks, footnotes));
  expect(pageCount(path)).toBe(1);
  return lines(path, 1);
}

describe('PDF pagination: orphans and widows', () => {
  it('moves a paragraph that would leave a single line at the foot of page 1', async () => {
    const target = paragraph(words(60));
    const own = await probe([target]);
    expect(own.length).toBeGreaterThanOrEqual(4);
    const path = await exportPdf(briefingOf([filler(1), target]));
    const [first, second] = [lines(path, 1), lines(path, 2)];
    expect(first.at(-1)).toMatch(/^Vulregel \d+$/);
    expect(first.join(' ')).not.toContain('woord1 ');
    expect(second.slice(0, own.length)).toEqual(own);
  });

  it('carries two lines, not one, to page 2', async () => {
    const target = paragraph(words(60));
    const own = await probe([target]);
    const n = own.length;
    const path = await exportPdf(briefingOf([filler(n - 1), target]));
    // Without the rule n - 1 lines would stand on page 1 and the last alone on page 2.
    expect(lines(path, 1).slice(-(n - 2))).toEqual(own.slice(0, n - 2));
    expect(lines(path, 1)).not.toContain(own[n - 2]);
    expect(lines(path, 2).slice(0, 2)).toEqual(own.slice(n - 2));
  });

  it('does not split a paragraph of three lines', async () => {
    const target = paragraph(words(30, 'kort'));
    const own = await probe([target]);
    expect(own).toHaveLength(3);
    const path = await exportPdf(briefingOf([filler(2), target]));
    expect(lines(path, 1).join(' ')).not.toContain('kort1 ');
    expect(lines(path, 2).slice(0, 3)).toEqual(own);
  });

  it('keeps a footnote on the page of its reference when the reference is pulled over', async () => {
    const note = 'Eigen noot bij de laatste regel van de alinea.';
    const target: BodyBlock = {
      type: 'paragraph',
      children: [
        { type: 'text', text: words(60) },
        { type: 'footnote-ref', footnote: 'n1' },
        { type: 'text', text: ' slot.' },
      ],
    };
    const footnotes: Briefing['footnotes'] = [{ id: 'n1', origin: 'user', text: note }];
    const own = await probe([target], footnotes);
    const n = own.indexOf(`1 ${note}`);
    expect(n).toBeGreaterThanOrEqual(4); // the paragraph's lines, then the note
    // Room for all n lines, but not for the note band under the last one.
    expect(roomBelow(FULL - n)).toBeLessThan(n * BODY.leading + NOTE_BAND.gap + STYLES.note.leading);
    const path = await exportPdf(briefingOf([filler(n), target], footnotes));
    const [first, second] = [lines(path, 1), lines(path, 2)];
    expect(first.slice(-(n - 2))).toEqual(own.slice(0, n - 2));
    expect(first.join(' ')).not.toContain(note);
    // The last two lines open page 2 (the superscript 1 read in with them), the note at its foot.
    const starts = own.slice(n - 2, n).map((line) => line.split(' ')[0]);
    expect(second.slice(0, 2).map((line) => line.split(' ')[0])).toEqual(starts);
    expect(second.join(' ')).toContain('slot.');
    expect(second).toContain(`1 ${note}`);
  });
});

describe('PDF pagination: keeps', () => {
  it('moves a heading that would end page 1 to page 2, with the start of its paragraph', async () => {
    const heading: BodyBlock = { type: 'heading', level: 2, children: [{ type: 'text', text: 'Stand van de onderhandelingen' }] };
    const next = paragraph(words(60));
    const own = await probe([next]);
    const h = STYLES.heading2;
    const withLines = (count: number) => h.spaceBefore + h.leading + h.spaceAfter + count * BODY.leading;
    // A filler after which the heading and one line fit, but not the heading and two lines.
    const room = [1, 2, 3, 4, 5, 6].find((m) => withLines(1) <= roomBelow(FULL - m) && withLines(2) > roomBelow(FULL - m)) as number;
    expect(room).toBeDefined();
    const path = await exportPdf(briefingOf([filler(room), heading, next]));
    const [first, second] = [lines(path, 1), lines(path, 2)];
    expect(first.at(-1)).toMatch(/^Vulregel \d+$/);
    expect(first).not.toContain('Stand van de onderhandelingen');
    expect(second.slice(0, 3)).toEqual(['Stand van de onderhandelingen', own[0], own[1]]);
  });

  it("keeps a passage's citation line with the quote's last lines", async () => {
    // With the sidecar's facts, as in the app: a one-line official citation (Kamerstukken II …, alinea N).
    const letters = loadSampleCorpus();
    const letter = letters.find((l) => l.blocks.some((b) => b.kind === 'paragraph' && !b.notes.length && b.text.length > 500))!;
    const index = letter.blocks.findIndex((b) => b.kind === 'paragraph' && !b.notes.length && b.text.length > 500);
    const { passage } = passageOf(
      letter,
      index,
      (() => {
        let id = 0;
        return () => `p${++id}`;
      })(),
    );
    const own = await probe([passage]);
    const citation = collapse(passage.citation);
    expect(own.at(-1)).toBe(citation);
    const n = own.length - 1; // quote lines
    expect(n).toBeGreaterThanOrEqual(4);
    const path = await exportPdf(briefingOf([filler(n), passage]));
    // The quote alone would fit on page 1; its citation line would not.
    const [first, second] = [lines(path, 1), lines(path, 2)];
    expect(first.slice(-(n - 2))).toEqual(own.slice(0, n - 2));
    expect(first).not.toContain(citation);
    expect(second.slice(0, 3)).toEqual([own[n - 2], own[n - 1], citation]);
  });
});
