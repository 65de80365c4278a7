import { execFileSync } from 'node:child_process';

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { briefingToDocx } from '../../../app/export/docx/index';
import { briefingToOdt } from '../../../app/export/odt';
import { briefingToPdf, type PdfWidths } from '../../../app/export/pdf/index';
import { sampleBriefing as docxSample } from './docx/fixture';
import { loadFonts, loadLetters, writePdf } from './pdf/pdf-tools';
import { sampleBriefing as pdfSample } from './pdf/sample-briefing';

/**
 * Issue 17: two PDF, OpenDocument or Word exports of the same briefing are byte-identical. None writes
 * the clock: the document's time is the briefing's own date (documentTime), the zip entries' times
 * are fixed. (Session 10: the Word export wrote the time of export in core.xml until then.)
 */
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
const undated = <T extends { properties: { date: string } }>(briefing: T): T => ({
  ...briefing,
  properties: { ...briefing.properties, date: '' },
});

describe('exports are reproducible', () => {
  it('PDF: the same bytes twice, with fresh or learnt width tables; CreationDate and ModDate are the briefing’s date', async () => {
    const briefing = pdfSample(loadLetters());
    const widths: PdfWidths = new Map();
    const first = await briefingToPdf(briefing, loadFonts(), { widths });
    await new Promise((resolve) => setTimeout(resolve, 1100)); // PDF dates have whole seconds
    const second = await briefingToPdf(briefing, loadFonts(), { widths });
    expect(same(first, second)).toBe(true);
    const info = execFileSync('pdfinfo', ['-isodates', writePdf(first, 'reproducible.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/^CreationDate:\s+2026-01-06T00:00:00(Z|\+00)/m);
    expect(info).toMatch(/^ModDate:\s+2026-01-06T00:00:00(Z|\+00)/m);
    const plain = await briefingToPdf(undated(briefing), loadFonts());
    expect(same(plain, await briefingToPdf(undated(briefing), loadFonts()))).toBe(true);
    expect(execFileSync('pdfinfo', ['-isodates', writePdf(plain, 'reproducible-undated.pdf')], { encoding: 'utf8' })).toMatch(
      /^CreationDate:\s+2026-01-01T00:00:00(Z|\+00)/m,
    );
  }, 60_000);

  it('OpenDocument: the same bytes twice; meta.xml dated with the briefing’s date, or not at all', async () => {
    const briefing = docxSample();
    const first = briefingToOdt(briefing);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip times have two-second steps
    expect(same(first, briefingToOdt(briefing))).toBe(true);
    const meta = strFromU8(unzipSync(first)['meta.xml']!);
    expect(meta).toContain('<meta:creation-date>2026-01-06T00:00:00</meta:creation-date><dc:date>2026-01-06T00:00:00</dc:date>');
    const plain = strFromU8(unzipSync(briefingToOdt(undated(briefing)))['meta.xml']!);
    expect(plain).toContain('<dc:language>nl-NL</dc:language>');
    expect(plain).not.toMatch(/creation-date|dc:date/);
  });

  it('Word: the same bytes twice; core.xml dated with the briefing’s date, else 1 Jan 2026', async () => {
    const briefing = docxSample();
    const first = await briefingToDocx(briefing);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(same(first, await briefingToDocx(briefing))).toBe(true);
    const core = strFromU8(unzipSync(first)['docProps/core.xml']!);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-06T00:00:00.000Z</dcterms:created>');
    const plain = strFromU8(unzipSync(await briefingToDocx(undated(briefing)))['docProps/core.xml']!);
    expect(plain).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00.000Z</dcterms:modified>');
  });
});
