import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

import { assembleBriefing } from '../../../../app/briefing/assemble';
import type { Briefing } from '../../../../app/briefing/model';
import { buildSourcesReport, type SourcesReport } from '../../../../app/briefing/sources-report';
import { sourcesAppendixBlocks, withSourcesAppendix } from '../../../../app/export/common/sources-appendix';
import { briefingToDocx } from '../../../../app/export/docx';
import { briefingToOdt } from '../../../../app/export/odt';
import { briefingToPdf } from '../../../../app/export/pdf';
import { loadSampleCorpus } from '../../briefing/sample-corpus';
import { readDocx } from '../docx/read-docx';
import { collapse, deref, dictsWhere, loadFonts, pageCount, pageText, pdfObjects, text, writePdf } from '../pdf/pdf-tools';

/** Issue 15: the Bronnenoverzicht as an optional appendix of the Word, PDF and ODT exports, read back. */
const letters = loadSampleCorpus();
const L000 = '000_b4e4b4ff528499ed.txt';
const L004 = '004_ea691d26e1781c0b.txt';
const URL_000 = 'https://zoek.officielebekendmakingen.nl/kst-36045-264';
/** The exports keep parliamentary numbers together with no-break spaces and hyphens (app/export/common/no-break.ts). */
const plain = (value: string): string => value.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2011/g, '-');

function sample(): { briefing: Briefing; report: SourcesReport } {
  const briefing = assembleBriefing(
    letters,
    [
      { file: L000, blockIndex: 4 },
      { file: L004, blockIndex: 11 },
      { file: L000, blockIndex: 5 },
    ],
    [],
    { title: 'Nota Oekraïne', author: 'A', now: '2026-02-01T12:00:00.000Z' },
  );
  return { briefing, report: buildSourcesReport(briefing, (file) => letters.find((letter) => letter.file === file)) };
}

describe('sourcesAppendixBlocks', () => {
  it('gives a heading, the summary, and per source a heading, its link, details and passages; nothing for a briefing without quotes', () => {
    const { briefing, report } = sample();
    const blocks = sourcesAppendixBlocks(report);
    expect(blocks[0]).toEqual({ type: 'heading', level: 1, children: [{ type: 'text', text: 'Bronnenoverzicht' }] });
    const headings = blocks.filter((block) => block.type === 'heading' && block.level === 2);
    expect(headings.map((block) => (block.type === 'heading' ? block.children[0] : null))).toMatchObject([
      { text: '1. Kamerstukken II 2025/26, 36 045, nr. 264' },
      { text: expect.stringMatching(/^2\. /) },
    ]);
    const linked = blocks.flatMap((block) =>
      block.type === 'paragraph' ? block.children.filter((run) => run.type === 'text' && run.link) : [],
    );
    expect(linked).toEqual([{ type: 'text', text: URL_000, link: URL_000 }]);
    const lists = blocks.filter((block) => block.type === 'list');
    expect(lists.map((list) => (list.type === 'list' ? list.items.length : 0))).toEqual([2, 1]);
    expect(withSourcesAppendix(briefing, report).body.slice(0, briefing.body.length)).toEqual(briefing.body);
    expect(sourcesAppendixBlocks(buildSourcesReport({ ...briefing, body: [] }))).toEqual([]);
  });
});

describe('the appendix read back from the exports', () => {
  const { briefing, report } = sample();
  const exported = withSourcesAppendix(briefing, report);

  describe('Word', () => {
    let document: string;
    let rels: string;
    beforeAll(async () => {
      const parts = readDocx(await briefingToDocx(exported));
      document = parts['word/document.xml']!;
      rels = parts['word/_rels/document.xml.rels']!;
    });

    it('prints the report after the briefing, its publication link a w:hyperlink with an External relationship', () => {
      const words = plain([...document.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
      expect(words).toContain('Bronnenoverzicht');
      expect(words).toContain('1. Kamerstukken II 2025/26, 36 045, nr. 264');
      expect(words).toMatch(/Citaat 1, alinea \d+: “[^”]+” — letterlijk/);
      const links = [...document.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>(.*?)<\/w:hyperlink>/g)];
      expect(links).toHaveLength(1);
      expect(rels).toMatch(
        new RegExp(`<Relationship Id="${links[0]![1]}" Type="[^"]+/hyperlink" Target="${URL_000}" TargetMode="External"/>`),
      );
    });
  });

  describe('PDF', () => {
    let path: string;
    beforeAll(async () => {
      path = writePdf(await briefingToPdf(exported, loadFonts()), 'sources-appendix.pdf');
    });

    it('prints the report (pdftotext) and links the publication with a URI annotation', () => {
      const all = plain(collapse(Array.from({ length: pageCount(path) }, (_, i) => pageText(path, i + 1)).join(' ')));
      expect(all).toContain('Bronnenoverzicht');
      expect(all).toContain('1. Kamerstukken II 2025/26, 36 045, nr. 264');
      expect(all).toMatch(/Citaat 3, alinea \d+: “[^”]+” — letterlijk/);
      const objects = pdfObjects(path);
      const uris = dictsWhere(objects, (d) => d['/Subtype'] === '/Link').flatMap((link) => {
        const action = deref(objects, link['/A']) as Record<string, unknown> | undefined;
        return action?.['/URI'] ? [text(action['/URI'])] : [];
      });
      // The appendix's link and the two citation notes of 000 (citation-links.test.ts): only the publication address.
      expect(uris).toEqual([URL_000, URL_000, URL_000]);
    });
  });

  describe('OpenDocument', () => {
    it('prints the report in content.xml, its publication link a text:a', () => {
      const content = plain(strFromU8(unzipSync(briefingToOdt(exported))['content.xml']!));
      expect(content).toContain('Bronnenoverzicht');
      expect(content).toContain('1. Kamerstukken II 2025/26, 36 045, nr. 264');
      expect(content).toContain(`<text:a xlink:type="simple" xlink:href="${URL_000}" text:style-name="Internet_20_link">`);
    });
  });
});
