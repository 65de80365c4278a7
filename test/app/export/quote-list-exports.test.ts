import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';

import { counterIds } from '../../../app/briefing/ids';
import type { Briefing, Passage } from '../../../app/briefing/model';
import { createPassage } from '../../../app/briefing/passage';
import type { Letter } from '../../../app/corpus/types';
import { briefingToDocx } from '../../../app/export/docx';
import { briefingToOdt } from '../../../app/export/odt';
import { briefingToPdf } from '../../../app/export/pdf';
import { quoteListBriefing, quoteListLetter } from '../briefing/quote-list-fixture';
import { libreOfficeMissing, readOdtAsPdf } from './docx/libreoffice';
import { footnotesOf, paragraphsOf, readDocx } from './docx/read-docx';
import { loadFonts, pageWords, writePdf } from './pdf/pdf-tools';

/**
 * Issue 13: a quoted Word list keeps its labels and levels, a quoted note its link, in the Word,
 * PDF and ODT exports (read back: unzip + XML, pdftotext boxes and pdf.js link annotations).
 * The letter is libreoffice-quote-list.docx; its bullet items get the label `–` here when the
 * reader does not give them one (bullet labels in the letter model are another change), so the
 * printed-apart label is exercised either way.
 */
function letterWithBullets(): Letter {
  const letter = quoteListLetter();
  for (const block of letter.blocks) if (block.kind === 'list-item' && !block.label) block.label = '–';
  return letter;
}

/** The whole list and the noted paragraph (quoteListBriefing), then item 3 quoted from after its number (the number left out). */
function exportBriefing(): Briefing {
  const letter = letterWithBullets();
  const briefing = quoteListBriefing(letter);
  const { passage } = createPassage(letter, { start: { block: 'b6', offset: 3 }, end: { block: 'b6', offset: 13 } }, counterIds('x'));
  briefing.body.push(passage);
  return briefing;
}

const bullet = (briefing: Briefing) => (briefing.body[0] as Passage).parts[2]!.label!;

describe('a quoted list and a linked note in the Word export', () => {
  let parts: Record<string, string>;
  let briefing: Briefing;
  beforeAll(async () => {
    briefing = exportBriefing();
    parts = readDocx(await briefingToDocx(briefing, { now: new Date('2026-01-09T10:00:00Z') }));
  });

  it('each item a Quote paragraph indented by its level; a label printed apart hangs before the words, a tab after it', () => {
    const quotes = paragraphsOf(parts['word/document.xml']!).filter((p) => p.style === 'Quote');
    const label = bullet(briefing);
    expect(quotes.map((p) => p.text)).toEqual([
      '1. Meer steun voor luchtverdediging.',
      '2. Een fonds voor de wederopbouw:',
      `${label}herstel van de energie-infrastructuur;`,
      `${label}herbouw van scholen.`,
      '3. Verlenging van de sancties.',
      expect.stringMatching(/^De steun is in het rapport beschreven\./),
      'Verlenging',
    ]);
    expect(quotes[0]!.xml).not.toContain('<w:ind ');
    // Level 1 with a label: text at 1 cm + two steps, the label one step left of it.
    expect(quotes[2]!.xml).toContain('<w:ind w:left="1287" w:right="567" w:hanging="360"/>');
    expect(quotes[2]!.xml).toMatch(
      new RegExp(`<w:r><w:rPr><w:i w:val="false"/><w:iCs w:val="false"/></w:rPr><w:t[^>]*>${label}</w:t><w:tab/></w:r>`),
    );
    expect(quotes[6]!.xml).not.toContain('<w:ind ');
  });

  it('the quoted note is a footnote with a w:hyperlink around the link words, to the letter note’s address', () => {
    const notes = footnotesOf(parts['word/footnotes.xml']!);
    expect(notes.get(2)).toEqual([' Rapport op rijksoverheid.nl, blz. 4.']);
    const note = /<w:footnote w:id="2">(.*?)<\/w:footnote>/s.exec(parts['word/footnotes.xml']!)![1]!;
    const link = /<w:hyperlink [^>]*r:id="(rId[^"]+)"[^>]*>(.*?)<\/w:hyperlink>/s.exec(note)!;
    expect(link[2]).toContain('>rijksoverheid.nl</w:t>');
    const rels = parts['word/_rels/footnotes.xml.rels']!;
    expect(rels).toMatch(
      new RegExp(
        `Id="${link[1]}"[^>]*Target="https://www.rijksoverheid.nl/rapport"|Target="https://www.rijksoverheid.nl/rapport"[^>]*Id="${link[1]}"`,
      ),
    );
  });
});

describe('a quoted list and a linked note in the PDF export', () => {
  let path: string;
  beforeAll(async () => {
    path = writePdf(await briefingToPdf(exportBriefing(), loadFonts()), 'quote-list.pdf');
  });

  it('labels as the letter prints them, each level 18 pt further in, the words after the label column', () => {
    const words = pageWords(path, 1);
    const first = (text: string) => words.find((word) => word.text === text)!;
    const label = bullet(exportBriefing());
    const [outer, inner] = [first('Meer'), first('herstel')];
    const hanging = words.filter((word) => word.text === label);
    expect(hanging).toHaveLength(2);
    // "1." opens the outer item's words at the quote's edge; the nested item's words are two steps (36 pt) in, its label one.
    expect(first('1.').xMin).toBeCloseTo(72 + 28.35, 0);
    expect(outer.xMin).toBeGreaterThan(first('1.').xMax);
    expect(inner.xMin).toBeCloseTo(72 + 28.35 + 36, 0);
    expect(hanging[0]!.xMin).toBeCloseTo(72 + 28.35 + 18, 0);
    // Item 3 quoted from after its number: no number printed, the words at the quote's edge.
    const verlenging = words.filter((word) => word.text === 'Verlenging');
    expect(words.filter((word) => word.text === '3.')).toHaveLength(1);
    expect(verlenging.at(-1)!.xMin).toBeCloseTo(72 + 28.35, 0);
  });

  it('the note’s link words carry a URI link annotation inside the note band', async () => {
    const task = getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false });
    const pdf = await task.promise;
    const page = await pdf.getPage(1);
    const links = ((await page.getAnnotations()) as Array<{ subtype: string; url?: string; rect: number[] }>).filter(
      (a) => a.subtype === 'Link' && a.url === 'https://www.rijksoverheid.nl/rapport',
    );
    expect(links).toHaveLength(1);
    const word = pageWords(path, 1).find((w) => w.text.startsWith('rijksoverheid.nl'))!;
    const [x1, y1, x2, y2] = links[0]!.rect as [number, number, number, number];
    const height = page.view[3]!;
    // The annotation covers the words in the note (pdf.js: y from the bottom; pdftotext: from the top).
    // pdftotext's word is "rijksoverheid.nl," (the comma after the link is no part of it).
    expect(x1).toBeCloseTo(word.xMin, 0);
    expect(x2).toBeGreaterThan(word.xMax - 4);
    expect(x2).toBeLessThan(word.xMax);
    expect(height - y2).toBeLessThanOrEqual(word.yMin + 1);
    expect(height - y1).toBeGreaterThanOrEqual(word.yMax - 1);
    const note = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(note).toMatch(/2\s+Rapport op rijksoverheid\.nl, blz\. 4\./);
    await task.destroy();
  });
});

describe('a quoted list and a linked note in the ODT export', () => {
  let content: string;
  let styles: string;
  beforeAll(() => {
    const files = unzipSync(briefingToOdt(exportBriefing()));
    content = strFromU8(files['content.xml']!);
    styles = strFromU8(files['styles.xml']!);
  });

  it('items in list-item styles by level, a label printed apart with a tab after it', () => {
    const label = bullet(exportBriefing());
    expect(content).toContain('<text:p text:style-name="Quotations">1. Meer steun voor luchtverdediging.</text:p>');
    expect(content).toMatch(
      new RegExp(
        `<text:p text:style-name="Citaatlijst_1"><text:span text:style-name="Citaatlabel">${label}</text:span><text:tab/>herstel van de energie-infrastructuur;</text:p>`,
      ),
    );
    // The label upright (as in the Word and PDF exports): the quote's paragraph style is italic.
    expect(styles).toContain(
      '<style:style style:name="Citaatlabel" style:display-name="Citaatlabel" style:family="text"><style:text-properties fo:font-style="normal"/></style:style>',
    );
    expect(content).toMatch(/<text:p text:style-name="Quotations">Verlenging<text:note /);
    // The rule and the margins stated again beside padding and indent (LibreOffice keeps each pair as one property).
    expect(styles).toMatch(
      /style:name="Citaatlijst_1"[^>]*style:parent-style-name="Quotations"><style:paragraph-properties fo:border-left="1\.5pt solid #7f7f7f" fo:margin-left="1\.635cm" fo:margin-right="1cm" fo:padding-left="0\.917cm" fo:text-indent="-0\.635cm">/,
    );
  });

  it.skipIf(libreOfficeMissing)(
    'LibreOffice prints each label inside the quote, one step in per level, its text after it',
    async () => {
      const briefing = exportBriefing();
      const words = await readOdtAsPdf(briefingToOdt(briefing), (pdf) => pageWords(pdf, 1));
      const label = bullet(briefing);
      const plain = words.find((word) => word.text === '1.')!; // a plain quoted paragraph's first word, at the quote's text edge
      const item = words.find((word) => word.text === 'herstel')!;
      const itemLabel = words.find((word) => word.text === label && Math.abs(word.yMin - item.yMin) < 2)!;
      // A level-1 item: its label one list step (0.635 cm = 18 pt) in from the quote's text edge, not in the page margin; its text one step further.
      expect(Math.abs(itemLabel.xMin - (plain.xMin + 18))).toBeLessThanOrEqual(2);
      expect(Math.abs(item.xMin - (itemLabel.xMin + 18))).toBeLessThanOrEqual(2);
    },
    200_000,
  );

  it.skipIf(libreOfficeMissing)(
    'LibreOffice prints the label upright and the quoted words italic',
    async () => {
      const briefing = exportBriefing();
      const label = bullet(briefing);
      const fonts = await readOdtAsPdf(briefingToOdt(briefing), async (path) => {
        // fontExtraProperties: the fonts keep their names (unused for rendering, dropped by default).
        const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, fontExtraProperties: true })
          .promise;
        const page = await pdf.getPage(1);
        const items = (await page.getTextContent()).items as Array<{ str: string; fontName: string }>;
        await page.getOperatorList(); // loads the fonts into commonObjs
        const fontOf = (str: string) =>
          (page.commonObjs.get(items.find((item) => item.str.startsWith(str))!.fontName) as { name: string }).name;
        return { label: fontOf(label), words: fontOf('herstel') };
      });
      expect(fonts.words).toMatch(/Italic|Oblique/i);
      expect(fonts.label).not.toMatch(/Italic|Oblique/i);
    },
    200_000,
  );

  it('the quoted note holds a text:a to the letter note’s address around the link words', () => {
    const note = /<text:note [^>]*><text:note-citation>2<\/text:note-citation><text:note-body>(.*?)<\/text:note-body>/s.exec(content)![1]!;
    expect(note).toMatch(
      /Rapport op(?: |<text:s\/>)<text:a [^>]*xlink:href="https:\/\/www\.rijksoverheid\.nl\/rapport"[^>]*>rijksoverheid\.nl<\/text:a>, blz\.[ \u00a0]4\./,
    );
  });
});
