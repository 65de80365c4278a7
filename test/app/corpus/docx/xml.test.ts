import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';

import { parseXml, parseXmlWithSaxes, textOf, type XmlElement } from '../../../../app/corpus/docx/xml';
import { NS } from './make-docx';

/** A document part whose one `w:t` holds `text`. */
const part = (text: string) => `<w:document ${NS}><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;

describe('parseXml: decoding', () => {
  it('keeps characters cut by the piece boundary of a large part whole (UTF-8, with and without BOM)', () => {
    const text = 'Oekraïne, één ‘citaat’ 😀 '.repeat(8000); // ≈ 250 KB: several 64 KB pieces, multi-byte sequences at every offset
    expect(textOf(parseXml(strToU8(part(text)), 'word/document.xml'))).toBe(text);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(part('Geachte voorzitter,'))]);
    expect(textOf(parseXml(bom, 'word/document.xml'))).toBe('Geachte voorzitter,');
  });

  it('reads UTF-16LE parts with their BOM', () => {
    const xml = part('Geachte voorzitter, één');
    const bytes = new Uint8Array(2 + xml.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      bytes[2 + 2 * i] = xml.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = xml.charCodeAt(i) >> 8;
    }
    expect(textOf(parseXml(bytes, 'word/document.xml'))).toBe('Geachte voorzitter, één');
  });
});

describe('parseXml: attributes', () => {
  it("leaves Word's revision-session ids (w:rsid…) out of the tree, keeps every other attribute, with the scanner and with saxes", () => {
    const xml =
      `<w:document ${NS} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:rsidx="urn:x">` +
      '<w:body><w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3" w14:paraId="1A2B3C4D">' +
      '<w:r w:rsidRPr="00C4D5E6"><w:t xml:space="preserve">Geachte voorzitter,</w:t></w:r>' +
      '<rsidx:r w:rsidP="1"/></w:p></w:body></w:document>';
    for (const parse of [parseXml, parseXmlWithSaxes]) {
      const p = (parse(strToU8(xml), 'word/document.xml').children[0] as XmlElement).children[0] as XmlElement;
      expect(p.attrs).toEqual({ paraId: '1A2B3C4D' });
      const [r, other] = p.children as XmlElement[];
      expect(r!.attrs).toEqual({});
      expect((r!.children[0] as XmlElement).attrs).toEqual({ space: 'preserve' });
      // A prefix named rsid… is still declared: its element is in its own namespace.
      expect(other).toMatchObject({ name: 'r', ns: 'other', attrs: {} });
    }
  });
});
