import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import fc from 'fast-check';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { parseXml, parseXmlWithSaxes } from '../../../../app/corpus/docx/xml';
import { OUTSIDE_SUBSET, XmlScanner } from '../../../../app/corpus/docx/xml-scan';
import { XmlTreeBuilder } from '../../../../app/corpus/docx/xml-tree';
import { docxFromText } from './docx-from-text';
import { NS } from './make-docx';

/** The tree or the error message, for comparing the two paths. */
const outcome = (parse: typeof parseXml, bytes: Uint8Array): unknown => {
  try {
    return parse(bytes, 'word/document.xml');
  } catch (error) {
    return { error: (error as Error).message };
  }
};

/** Does the scanner read `xml` itself (true), or leave it to saxes (false)? */
const scanned = (xml: string): boolean => {
  const scanner = new XmlScanner(new XmlTreeBuilder());
  try {
    scanner.write(xml);
    scanner.close();
    return true;
  } catch (error) {
    if (error === OUTSIDE_SUBSET) return false;
    throw error;
  }
};

const dir = fileURLToPath(new URL('../../../fixtures/docx/', import.meta.url));
const samples = fileURLToPath(new URL('../../../../assets/corpus/', import.meta.url));
const xmlParts = (zip: Uint8Array): Array<[string, Uint8Array]> =>
  Object.entries(unzipSync(zip)).filter(([name]) => /\.(?:xml|rels)$/i.test(name));

describe('XmlScanner: the fast path of parseXml', () => {
  const files: Array<[string, Uint8Array]> = [
    ...readdirSync(dir)
      .filter((n) => n.endsWith('.docx'))
      .map((n): [string, Uint8Array] => [n, new Uint8Array(readFileSync(dir + n))]),
    ...readdirSync(samples)
      .filter((n) => n.endsWith('.txt') && !n.startsWith('002'))
      .map((n): [string, Uint8Array] => [n, docxFromText(readFileSync(samples + n, 'utf8'), true)]),
  ];

  it.each(files)('%s: every part is scanned, into the tree saxes gives', (_, zip) => {
    for (const [, bytes] of xmlParts(zip)) {
      expect(scanned(new TextDecoder().decode(bytes))).toBe(true);
      expect(parseXml(bytes, 'part')).toEqual(parseXmlWithSaxes(bytes, 'part'));
    }
  });

  it('reads what Word writes: CR LF after the declaration, line ends in text, references', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${NS}><w:body><w:p><w:r><w:t xml:space="preserve">a &amp; b\r\nc &#8217;&#x2019; &lt;d&gt;</w:t></w:r></w:p></w:body></w:document>`;
    expect(scanned(xml)).toBe(true);
    expect(parseXml(strToU8(xml), 'p')).toEqual(parseXmlWithSaxes(strToU8(xml), 'p'));
  });

  it('steps over a repeated dropped subtree only when it is the very same, and still sees revision marks', () => {
    const rPr = '<w:rPr><w:b/><w:sz w:val="18"/></w:rPr>';
    const run = (props: string, text: string) => `<w:r>${props}<w:t>${text}</w:t></w:r>`;
    const body = (runs: string) => `<w:document ${NS}><w:body><w:p>${runs}</w:p></w:body></w:document>`;
    const same = body([1, 2, 3].map((n) => run(rPr, `a${n} &amp; ]`)).join(''));
    const changed = body(
      run(rPr, 'a') + run('<w:rPr><w:b/><w:sz w:val="18"/><w:rPrChange w:id="1"><w:rPr/></w:rPrChange></w:rPr>', 'b') + run(rPr, 'c'),
    );
    const nested = body(run(rPr, 'a') + run('<w:rPr><w:b/><w:sz w:val="18"/></w:rPr><w:t>x</w:t></w:rPr>', 'b'));
    for (const xml of [same, changed, nested]) {
      expect(outcome(parseXml, strToU8(xml))).toEqual(outcome(parseXmlWithSaxes, strToU8(xml)));
    }
    expect(scanned(same)).toBe(true);
    expect(parseXml(strToU8(changed), 'p').trackedChanges).toBe(true);
    expect(parseXml(strToU8(same), 'p').trackedChanges).toBeUndefined();
    expect(scanned(nested)).toBe(false);
  });

  it('keeps the hidden-text properties of a run or style when it steps over its repeated run properties', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const styled = '<w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>';
    const hidden = '<w:rPr><w:vanish/><w:sz w:val="18"/></w:rPr>';
    const shown = '<w:rPr><w:vanish w:val="0"/></w:rPr>';
    const foreign = '<w:rPr><x:vanish/></w:rPr>';
    const run = (props: string, text: string) => `<w:r>${props}<w:t>${text}</w:t></w:r>`;
    const doc = (body: string) => `<w:document ${NS}><w:body>${body}</w:body></w:document>`;
    const xml = doc(
      // Read first where no run owns them (a numbering level's run properties), then on runs.
      `<w:lvl>${hidden}</w:lvl><w:p>${[styled, hidden, shown, styled, hidden, shown].map((props, n) => run(props, `t${n}`)).join('')}</w:p>` +
        // The same text, its prefix bound to WordprocessingML in one paragraph only.
        `<w:p>${run(foreign, 'f1')}</w:p><w:p xmlns:x="${W}">${run(foreign, 'f2')}${run(foreign, 'f3')}</w:p><w:p>${run(foreign, 'f4')}</w:p>` +
        `<w:style w:styleId="s">${styled}</w:style><w:style w:styleId="h">${hidden}</w:style>`,
    );
    expect(scanned(xml)).toBe(true);
    const tree = parseXml(strToU8(xml), 'p');
    expect(tree).toEqual(parseXmlWithSaxes(strToU8(xml), 'p'));
    const runs = JSON.stringify(tree).match(/"#(?:rStyle|hidden)":"[^"]*"/g);
    expect(runs).toEqual([
      ...['"#rStyle":"FootnoteReference"', '"#hidden":"1"', '"#hidden":"0"'],
      ...['"#rStyle":"FootnoteReference"', '"#hidden":"1"', '"#hidden":"0"'],
      ...['"#hidden":"1"', '"#hidden":"1"'], // f2, f3: x is WordprocessingML there only
      ...['"#rStyle":"FootnoteReference"', '"#hidden":"1"'], // the styles
    ]);
  });

  it('gives what saxes gives for runs whose run properties repeat, hide, style or change', () => {
    const props = fc.constantFrom(
      '<w:rPr><w:b/><w:sz w:val="18"/></w:rPr>',
      '<w:rPr><w:rStyle w:val="a"/></w:rPr>',
      '<w:rPr><w:rStyle w:val="b"/><w:vanish/></w:rPr>',
      '<w:rPr><w:vanish/></w:rPr>',
      '<w:rPr><w:vanish w:val="0"/></w:rPr>',
      '<w:rPr><w:specVanish/><w:vanish w:val="false"/></w:rPr>',
      '<w:rPr><w:vanish/><w:rPrChange w:id="1"><w:rPr/></w:rPrChange></w:rPr>',
      '<w:rPr><w:rPr><w:vanish/></w:rPr></w:rPr>',
      '',
    );
    const owner = fc.constantFrom('w:r', 'w:style', 'w:lvl', 'w:pPr');
    const doc = fc
      .array(fc.tuple(owner, fc.array(props, { maxLength: 2 })), { maxLength: 25 })
      .map(
        (items) =>
          `<w:document ${NS}><w:body>${items.map(([o, ps]) => `<${o}>${ps.join('')}<w:t>x</w:t></${o}>`).join('')}</w:body></w:document>`,
      );
    fc.assert(
      fc.property(doc, (xml) => {
        expect(parseXml(strToU8(xml), 'p')).toEqual(parseXmlWithSaxes(strToU8(xml), 'p'));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['a DOCTYPE', '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['an undefined entity', '<a>&nbsp;</a>'],
    ['a mismatched end tag', '<a><b></a></b>'],
    ['an end tag of a longer name', '<a><b></bc></a>'],
    ['two roots', '<a/><b/>'],
    ['text after the root', '<a/>x'],
    ['an unclosed element', '<a><b></b>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['attributes without space between them', '<a x="1"y="2"/>'],
    ['an unquoted value', '<a x=1/>'],
    ['`<` in a value', '<a x="<"/>'],
    ['`]]>` in text', '<a>]]></a>'],
    ['a forbidden character', '<a>\u0001</a>'],
    ['an unpaired surrogate', '<a>\uD800</a>'],
    ['a reference to a forbidden character', '<a>&#0;</a>'],
    ['CDATA', '<a><![CDATA[x]]></a>'],
    ['a comment', '<a><!-- x --></a>'],
    ['a processing instruction', '<a><?pi x?></a>'],
    ['a declaration not at the start', ' <?xml version="1.0"?><a/>'],
    ['XML 1.1', '<?xml version="1.1"?><a/>'],
    ['a tab in a value (normalised)', '<a x="\t"/>'],
    ['a non-ASCII name', '<ä/>'],
    ['nothing', ''],
  ])('leaves %s to saxes, which gives the same verdict', (_, xml) => {
    expect(scanned(xml)).toBe(false);
    expect(outcome(parseXml, strToU8(xml))).toEqual(outcome(parseXmlWithSaxes, strToU8(xml)));
  });

  it('gives what saxes gives for any mix of markup, text and mistakes', () => {
    const piece = fc.oneof(
      fc.constantFrom('<w:p>', '</w:p>', '<w:t>', '</w:t>', '<w:r/>', '<w:rPr>', '</w:rPr>', '<w:ins w:id="1">', '</w:ins>'),
      fc.constantFrom('<a x="1">', '</a>', '<a x="1" y=\'&amp;\' >', '<a/>', '</ a>', '</a >', '<a', '>', '"', "'", '=', '/'),
      fc.constantFrom('&amp;', '&lt;', '&#65;', '&#x41;', '&#xD800;', '&bogus;', '&', ';', ']]>', '\r\n', '\r', '\t', ' '),
      fc.constantFrom('<!-- c -->', '<![CDATA[x]]>', '<?pi?>', '<!DOCTYPE a>', '<?xml version="1.0"?>', '\u0000', '\uFFFE'),
      fc.string({ maxLength: 6 }),
    );
    const doc = fc
      .tuple(fc.boolean(), fc.array(piece, { maxLength: 30 }))
      .map(
        ([decl, pieces]) => `${decl ? '<?xml version="1.0" encoding="UTF-8"?>\r\n' : ''}<w:document ${NS}>${pieces.join('')}</w:document>`,
      );
    fc.assert(
      fc.property(doc, (xml) => {
        const bytes = strToU8(xml);
        expect(outcome(parseXml, bytes)).toEqual(outcome(parseXmlWithSaxes, bytes));
      }),
      { numRuns: 3000 },
    );
  });
});
