import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { assembleBriefing } from '../../../../app/briefing/assemble';
import type { Briefing, CitationStyle } from '../../../../app/briefing/model';
import { citationLinks, publicationUrlOf } from '../../../../app/export/common/citation-links';
import { briefingToDocx } from '../../../../app/export/docx';
import { briefingToOdt } from '../../../../app/export/odt';
import { briefingToPdf } from '../../../../app/export/pdf';
import { loadSampleCorpus } from '../../briefing/sample-corpus';
import { readDocx } from '../docx/read-docx';
import { deref, dictsWhere, loadFonts, pdfObjects, text, writePdf } from '../pdf/pdf-tools';

/** Issue 15, "Links": a citation of a published paper links to its official publication in all three exports; nothing else is linked. */
const letters = loadSampleCorpus();
const L000 = '000_b4e4b4ff528499ed.txt';
const L004 = '004_ea691d26e1781c0b.txt';
const URL_000 = 'https://zoek.officielebekendmakingen.nl/kst-36045-264';

const briefing = (style: CitationStyle): Briefing => ({
  ...assembleBriefing(
    letters,
    [
      { file: L000, blockIndex: 4 },
      { file: L004, blockIndex: 11 },
    ],
    [],
    { title: 'Nota', author: 'A', now: '2026-02-01T12:00:00.000Z' },
  ),
  citationStyle: style,
});

describe('citationLinks', () => {
  it('gives the publication address of each passage whose source is a published paper, and no other', () => {
    const b = briefing('footnote');
    const [first, second] = b.body.filter((block) => block.type === 'passage');
    expect(publicationUrlOf(first?.type === 'passage' ? first.source : { paper: null })).toBe(URL_000);
    expect([...citationLinks(b)]).toEqual([[first?.type === 'passage' ? first.id : '', URL_000]]);
    expect(second?.type === 'passage' && second.source.paper).toBeNull();
    expect(publicationUrlOf({})).toBeNull();
  });
});

describe.each(['footnote', 'line'] as const)('citation style %s', (style) => {
  it('Word: the citation is a w:hyperlink with an External relationship to the publication', async () => {
    const parts = readDocx(await briefingToDocx(briefing(style)));
    const where = style === 'footnote' ? 'word/footnotes.xml' : 'word/document.xml';
    const xml = parts[where]!;
    const rels = parts[style === 'footnote' ? 'word/_rels/footnotes.xml.rels' : 'word/_rels/document.xml.rels'] ?? '';
    const links = [...xml.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>(.*?)<\/w:hyperlink>/g)];
    expect(links).toHaveLength(1);
    expect([...links[0]![2]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).toMatch(
      /^Kamerstukken II 2025\/26, 36\s045, nr\.\s264, alinea 3$/,
    );
    expect(rels).toMatch(
      new RegExp(`<Relationship Id="${links[0]![1]}" Type="[^"]+/hyperlink" Target="${URL_000}" TargetMode="External"/>`),
    );
  });

  it('ODT: the citation is a text:a to the publication', () => {
    const content = strFromU8(unzipSync(briefingToOdt(briefing(style)))['content.xml']!);
    const links = [...content.matchAll(/<text:a xlink:type="simple" xlink:href="([^"]+)"[^>]*>(.*?)<\/text:a>/g)];
    expect(links.map((m) => m[1])).toEqual([URL_000]);
    expect(links[0]![2]).toMatch(/^Kamerstukken II 2025\/26, 36\s045, nr\.\s264, alinea 3$/);
  });

  it('PDF: the citation carries one URI link annotation to the publication', async () => {
    const path = writePdf(await briefingToPdf(briefing(style), loadFonts()), `citation-links-${style}.pdf`);
    const objects = pdfObjects(path);
    const uris = dictsWhere(objects, (d) => d['/Subtype'] === '/Link').flatMap((link) => {
      const action = deref(objects, link['/A']) as Record<string, unknown> | undefined;
      return action?.['/URI'] ? [text(action['/URI'])] : [];
    });
    expect(new Set(uris)).toEqual(new Set([URL_000]));
  });
});
