import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { DocxError, MESSAGES } from '../../../../app/corpus/docx/errors';
import { parseDocx } from '../../../../app/corpus/docx/parse-docx';
import { makeDocx, NS, p } from './make-docx';

const failure = (bytes: Uint8Array): DocxError => {
  try {
    parseDocx(bytes, 'brief.docx', 'hash');
  } catch (error) {
    expect(error).toBeInstanceOf(DocxError);
    return error as DocxError;
  }
  throw new Error('read without an error');
};

/** An OLE compound file (the container of .doc and of encrypted OOXML) naming `streams` in its directory. */
const ole = (...streams: string[]): Uint8Array => {
  const names = streams.flatMap((s) => [...s].flatMap((c) => [c.charCodeAt(0), 0]));
  return new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0), ...names]);
};

/** Rewrites every central-directory entry's uncompressed size (a zip that would unpack to more than it holds). */
const declareSize = (zip: Uint8Array, size: number): Uint8Array => {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
};

const letter = makeDocx({ body: p('Geachte voorzitter,') + p('Een brief.') });

describe('parseDocx: bad input gets a clear Dutch message', () => {
  it('an old binary .doc: save it as .docx', () => {
    expect(failure(ole('Root Entry', 'WordDocument', '1Table')).message).toBe(MESSAGES.oldWord);
  });

  it('a password-protected file', () => {
    expect(failure(ole('Root Entry', 'EncryptionInfo', 'EncryptedPackage')).message).toBe(MESSAGES.encrypted);
  });

  it('a damaged zip', () => {
    const cut = letter.slice(0, letter.length - 30);
    expect(failure(cut).message).toBe(MESSAGES.damaged);
    const scrambled = letter.slice();
    for (let i = 40; i < 400; i++) scrambled[i] = 0x55;
    expect([MESSAGES.damaged, MESSAGES.noDocument]).toContain(failure(scrambled).message);
  });

  it('a zip whose parts would unpack past the limit, refused before inflating', () => {
    expect(failure(declareSize(letter, 0x7fffffff)).message).toBe(MESSAGES.tooLarge(128));
    const many = zipSync(Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`word/p${i}.xml`, strToU8('<a/>')])));
    expect(failure(declareSize(many, 60 * 1024 * 1024)).message).toBe(MESSAGES.tooLarge(128));
  });

  it('XML with a DTD or entity declarations, never expanded', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      `<w:document ${NS}><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`;
    expect(failure(makeDocx({ body: '', raw: { 'word/document.xml': laughs } })).message).toBe(MESSAGES.dtd);
    const external = `<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd"><w:document ${NS}><w:body/></w:document>`;
    expect(failure(makeDocx({ body: '', raw: { 'word/document.xml': external } })).message).toBe(MESSAGES.dtd);
    const undeclared = `<?xml version="1.0"?><w:document ${NS}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`;
    expect(failure(makeDocx({ body: '', raw: { 'word/document.xml': undeclared } })).message).toBe(MESSAGES.badXml('word/document.xml'));
  });

  it('a file that is not what its extension says; images and spreadsheets are "not a letter"', () => {
    const png = failure(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    expect(png.notALetter).toBe(true);
    expect(png.message).toBe(MESSAGES.notALetter('een afbeelding (PNG)'));
    expect(failure(strToU8('Gewoon tekst, geen zip.')).message).toBe(MESSAGES.wrongKind);
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'xl/workbook.xml': strToU8('<workbook/>'),
    });
    expect(failure(xlsx).notALetter).toBe(true);
    expect(failure(ole('Root Entry', 'Workbook')).notALetter).toBe(true);
  });

  it('an empty document, and an empty file', () => {
    expect(failure(makeDocx({ body: '<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p><w:sectPr/>' })).message).toBe(
      MESSAGES.empty,
    );
    expect(failure(new Uint8Array(0)).message).toBe(MESSAGES.empty);
  });

  it('a .docx that is really a template or macro-enabled file', () => {
    const body = p('Tekst.');
    expect(
      failure(makeDocx({ body, mainContentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml' }))
        .message,
    ).toBe(MESSAGES.template);
    expect(failure(makeDocx({ body, mainContentType: 'application/vnd.ms-word.document.macroEnabled.main+xml' })).message).toBe(
      MESSAGES.macro,
    );
    expect(failure(makeDocx({ body, mainContentType: 'application/vnd.ms-word.template.macroEnabledTemplate.main+xml' })).message).toBe(
      MESSAGES.template,
    );
  });

  it('an OpenDocument text: not read yet, said so', () => {
    const odt = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8('<office:document-content/>'),
    });
    expect(failure(odt).message).toBe(MESSAGES.odt);
  });

  it('no input bytes make the reader throw anything but DocxError, or hang (property)', () => {
    const check = (bytes: Uint8Array) => {
      try {
        parseDocx(bytes, 'x.docx', 'h');
      } catch (error) {
        if (!(error instanceof DocxError)) throw error;
      }
    };
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), check), { numRuns: 300 });
    const mutated = fc
      .array(fc.tuple(fc.nat(letter.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })
      .map((edits) => {
        const bytes = letter.slice();
        for (const [at, value] of edits) bytes[at] = value;
        return bytes;
      });
    fc.assert(fc.property(mutated, check), { numRuns: 500 });
    const xml = fc
      .string({ maxLength: 300 })
      .map((s) => makeDocx({ body: '', raw: { 'word/document.xml': `<w:document ${NS}><w:body>${s}</w:body></w:document>` } }));
    fc.assert(fc.property(xml, check), { numRuns: 300 });
  });
});
