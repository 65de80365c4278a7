import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

import type { Briefing } from '../../../../app/briefing/model';
import { briefingToDocx } from '../../../../app/export/docx';
import { docxHyperlink, linkedText } from '../../../../app/export/docx/hyperlink';
import { briefingToOdt } from '../../../../app/export/odt';
import { odtHyperlink } from '../../../../app/export/odt/hyperlink';
import { briefingToPdf } from '../../../../app/export/pdf';
import { externalLink } from '../../../../app/export/pdf/hyperlink';
import { readDocx } from '../docx/read-docx';
import { deref, dictsWhere, loadFonts, pageText, pageWords, pdfObjects, text, writePdf } from '../pdf/pdf-tools';

const SITE = 'https://www.rijksoverheid.nl/onderwerpen?a=1&b=2';
const MAIL = 'mailto:postbus@minbuza.nl';

/** Own text with every version 2 format and two links, one spanning a bold and a plain run. */
function formatsBriefing(): Briefing {
  return {
    version: 2,
    properties: { title: '', to: '', from: '', date: '', subject: '', reference: '', classification: '', author: '', keywords: [] },
    citationStyle: 'footnote',
    body: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Onderstreept', underline: true },
          { type: 'text', text: ' en ' },
          { type: 'text', text: 'doorgehaald', strikethrough: true },
          { type: 'text', text: ' en CO' },
          { type: 'text', text: '2', subscript: true },
          { type: 'text', text: ' en m' },
          { type: 'text', text: '3', superscript: true },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Zie ' },
          { type: 'text', text: 'de site ', link: SITE },
          { type: 'text', text: 'van het Rijk', link: SITE, bold: true },
          { type: 'text', text: ' of mail ' },
          { type: 'text', text: 'de postbus', link: MAIL },
          { type: 'text', text: '.' },
        ],
      },
    ],
    footnotes: [],
    annotations: [],
  };
}

describe('hyperlink primitives refuse what a briefing never holds', () => {
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x'])('%s', (url) => {
    expect(() => docxHyperlink(url, [])).toThrow(/Not a link address/);
    expect(() => linkedText(url, 'x')).toThrow(/Not a link address/);
    expect(() => odtHyperlink(url, 'x')).toThrow(/Not a link address/);
    expect(() => externalLink(url)).toThrow(/Not a link address/);
  });
});

describe('Word export: formats and links (issue 18 finding 7, issue 19 Links)', () => {
  let document: string;
  let rels: string;
  beforeAll(async () => {
    const parts = readDocx(await briefingToDocx(formatsBriefing()));
    document = parts['word/document.xml']!;
    rels = parts['word/_rels/document.xml.rels']!;
  });

  it('writes w:u, w:strike and w:vertAlign on their runs', () => {
    expect(document).toMatch(/<w:r><w:rPr><w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">Onderstreept<\/w:t><\/w:r>/);
    expect(document).toMatch(/<w:r><w:rPr><w:strike\/><\/w:rPr><w:t xml:space="preserve">doorgehaald<\/w:t><\/w:r>/);
    expect(document).toMatch(/<w:vertAlign w:val="subscript"\/><\/w:rPr><w:t xml:space="preserve">2<\/w:t>/);
    expect(document).toMatch(/<w:vertAlign w:val="superscript"\/><\/w:rPr><w:t xml:space="preserve">3<\/w:t>/);
  });

  it('writes each link as one w:hyperlink with an External relationship to its address', () => {
    const links = [...document.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>(.*?)<\/w:hyperlink>/g)];
    expect(links).toHaveLength(2);
    const [site, mail] = links as [RegExpMatchArray, RegExpMatchArray];
    expect([...site[2]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1])).toEqual(['de site ', 'van het Rijk']);
    expect(site[2]).toContain('<w:color w:val="0563C1"/>');
    const target = (id: string) =>
      new RegExp(`<Relationship Id="${id}" Type="[^"]+/hyperlink" Target="([^"]+)" TargetMode="External"/>`).exec(rels)?.[1];
    expect(target(site[1]!)).toBe(SITE.replace(/&/g, '&amp;'));
    expect(target(mail[1]!)).toBe(MAIL);
  });
});

describe('ODT export: formats and links', () => {
  let content: string;
  let styles: string;
  beforeAll(() => {
    const files = unzipSync(briefingToOdt(formatsBriefing()));
    content = strFromU8(files['content.xml']!);
    styles = strFromU8(files['styles.xml']!);
  });

  it('puts each format in a declared text style', () => {
    for (const [style, words, property] of [
      ['T_Onderstreept', 'Onderstreept', 'style:text-underline-style="solid"'],
      ['T_Doorgehaald', 'doorgehaald', 'style:text-line-through-style="solid"'],
      ['T_Sub', '2', 'style:text-position="sub 58%"'],
      ['T_Super', '3', 'style:text-position="super 58%"'],
    ] as const) {
      expect(content).toContain(`<text:span text:style-name="${style}">${words}</text:span>`);
      expect(content).toMatch(new RegExp(`<style:style style:name="${style}" style:family="text"><style:text-properties [^>]*${property}`));
    }
  });

  it('writes each link as one text:a with its address, in the Internet Link style', () => {
    expect(content).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
    expect(content).toContain(
      `<text:a xlink:type="simple" xlink:href="${SITE.replace(/&/g, '&amp;')}" text:style-name="Internet_20_link">de site<text:s/><text:span text:style-name="T_Vet">van het Rijk</text:span></text:a>`,
    );
    expect(content).toContain(`<text:a xlink:type="simple" xlink:href="${MAIL}" text:style-name="Internet_20_link">de postbus</text:a>`);
    expect(styles).toContain('<style:style style:name="Internet_20_link"');
  });
});

describe('PDF export: formats and links', () => {
  let path: string;
  beforeAll(async () => {
    path = writePdf(await briefingToPdf(formatsBriefing(), loadFonts()), 'formats-links.pdf');
  });

  it('keeps the text extractable as written, sub- and superscript smaller and off the baseline', () => {
    const all = pageText(path, 1);
    expect(all).toContain('Onderstreept en doorgehaald en CO');
    expect(all).toContain('Zie de site van het Rijk of mail de postbus.');
    const words = pageWords(path, 1);
    const co = words.find((w) => w.text.startsWith('CO'))!;
    const two = words.find((w) => w.text === '2' || w.text === 'CO2')!;
    // The subscript 2 sits lower (or extends lower) than the capitals beside it.
    expect(two.yMax).toBeGreaterThan(co.yMax - 0.01);
    expect(all.replace(/\s/g, '')).toContain('CO2enm3.');
  });

  it('adds a URI link annotation per link fragment with the address, tagged as a Link', () => {
    const objects = pdfObjects(path);
    const links = dictsWhere(objects, (d) => d['/Subtype'] === '/Link');
    const uris = links.map((link) => text((deref(objects, link['/A']) as Record<string, unknown>)['/URI']));
    expect(new Set(uris)).toEqual(new Set([SITE, MAIL]));
    for (const link of links) expect(text(link['/Contents'])).toMatch(/^(https:|mailto:)/);
  });

  it('draws the underline and strike-through as lines (vector paths, not text)', () => {
    expect(pageText(path, 1)).not.toMatch(/[_\u2014-]{3}/);
  });
});
