import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

import { briefingToDocx } from '../../../../app/export/docx/index';
import { loadSampleLetters } from '../../../../bench/fixtures/large-briefing';
import { docxToPdfPages, libreOfficeMissing } from './libreoffice';
import { CITATION_PREFIX, HEADING_PREFIX, paginationBriefing } from './pagination-fixture';

if (libreOfficeMissing) console.warn(`LibreOffice pagination check skipped: ${libreOfficeMissing}.`);

/** The same .docx with every keep-with-next removed (styles and paragraphs): what Word would do without them. */
function withoutKeepNext(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  for (const part of ['word/styles.xml', 'word/document.xml']) {
    files[part] = strToU8(strFromU8(files[part]!).replaceAll('<w:keepNext/>', ''));
  }
  return zipSync(files);
}

/** A page's body lines: the footer's "Pagina X van Y" (the page's last line; the briefing has no classification) left off. */
function bodyLines(page: string[]): string[] {
  expect(page.at(-1)).toMatch(/^Pagina \d+ van \d+$/);
  return page.slice(0, -1);
}

const SECTIONS = 36;
const headingLines = (pages: string[][]) => pages.flatMap(bodyLines).filter((line) => line.startsWith(HEADING_PREFIX));
const endsWithHeading = (pages: string[][]) => pages.filter((page) => bodyLines(page).at(-1)!.startsWith(HEADING_PREFIX)).length;
const startsWithCitation = (pages: string[][]) => pages.filter((page) => page[0]!.startsWith(CITATION_PREFIX)).length;

describe.skipIf(libreOfficeMissing !== null)('briefingToDocx paginated by LibreOffice', () => {
  let kept: string[][] = [];
  let loose: string[][] = [];
  beforeAll(async () => {
    const docx = await briefingToDocx(paginationBriefing(loadSampleLetters(), SECTIONS));
    [kept, loose] = await Promise.all([docxToPdfPages(docx), docxToPdfPages(withoutKeepNext(docx))]);
  }, 240_000);

  it('without keep-with-next, this briefing leaves headings at page ends and citation lines at page tops', () => {
    // The check below only means something if the briefing does put headings at page ends.
    expect(loose.length).toBeGreaterThan(4);
    expect(endsWithHeading(loose)).toBeGreaterThan(0);
    expect(startsWithCitation(loose)).toBeGreaterThan(0);
  });

  it('never ends a page with a heading nor opens one with a citation line, and loses no heading', () => {
    expect(kept.length).toBeGreaterThan(4);
    expect(headingLines(kept)).toEqual(Array.from({ length: SECTIONS }, (_, i) => `${HEADING_PREFIX}${i + 1}`));
    kept.forEach((page, index) => {
      const lines = bodyLines(page);
      expect(lines.at(-1)!.startsWith(HEADING_PREFIX), `page ${index + 1} ends with "${lines.at(-1)}"`).toBe(false);
      expect(lines[0]!.startsWith(CITATION_PREFIX), `page ${index + 1} opens with "${lines[0]}"`).toBe(false);
    });
  });
});
