import { describe, expect, it } from 'vitest';

import { parseDocx } from '../../../../app/corpus/docx/parse-docx';
import { fnRef, makeDocx, note, p, run, separators } from './make-docx';

const read = (bytes: Uint8Array) => parseDocx(bytes, 'brief.docx', 'hash');
const texts = (bytes: Uint8Array) => read(bytes).blocks.map((b) => [b.kind, b.text]);

const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const numbered = (numId: number, ilvl: number, text: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${run(text)}</w:p>`;

describe('parseDocx: the body', () => {
  it('reads headings by outline level or style name, whatever the template calls the style', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Eigen"><w:name w:val="Tussenkop ministerie"/><w:basedOn w:val="Kop1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>';
    const body =
      '<w:p><w:pPr><w:pStyle w:val="Titel"/></w:pPr><w:r><w:t>Steun aan Oekraïne.</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="Eigen"/></w:pPr><w:r><w:t>Militaire steun, een overzicht.</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Met een punt.</w:t></w:r></w:p>' +
      p('Gewone tekst.');
    expect(texts(makeDocx({ body, styles }))).toEqual([
      ['heading', 'Steun aan Oekraïne.'],
      ['heading', 'Militaire steun, een overzicht.'],
      ['heading', 'Met een punt.'],
      ['paragraph', 'Gewone tekst.'],
    ]);
  });

  it('gives nested list items their level beside the printed label (three levels, a restart)', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.')}${lvl(1, 'lowerLetter', '%2.')}${lvl(2, 'bullet', '\uF0B7')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
    const body = [
      numbered(1, 0, 'Luchtverdediging'),
      numbered(1, 1, 'Patriot'),
      numbered(1, 2, 'Lanceerinrichtingen'),
      numbered(1, 1, 'NASAMS'),
      numbered(1, 0, 'Munitie'),
      p('Daarnaast het volgende.'),
      numbered(2, 0, 'Training'),
      numbered(2, 1, 'In Nederland'),
    ].join('');
    expect(read(makeDocx({ body, numbering })).blocks.map((b) => [b.text, b.level])).toEqual([
      ['1. Luchtverdediging', undefined],
      ['a. Patriot', 1],
      ['Lanceerinrichtingen', 2],
      ['b. NASAMS', 1],
      ['2. Munitie', undefined],
      ['Daarnaast het volgende.', undefined],
      ['1. Training', undefined],
      ['a. In Nederland', 1],
    ]);
  });

  it('prints list labels from numbering.xml: levels, formats, restarts, continuing lists and bullets', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.')}${lvl(1, 'lowerLetter', '%2)')}${lvl(2, 'lowerRoman', '%1.%2.%3')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="2">${lvl(0, 'bullet', '\uF0B7')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
    const body = [
      numbered(1, 0, 'Een'),
      numbered(1, 1, 'sub a'),
      numbered(1, 1, 'sub b'),
      numbered(1, 2, 'diep'),
      numbered(1, 0, 'Twee'),
      numbered(1, 1, 'weer a'),
      numbered(2, 0, 'Opsomming'),
      p('Tussendoor.'),
      numbered(1, 0, 'Drie (lopende lijst)'),
      numbered(3, 0, 'Opnieuw een'),
    ].join('');
    expect(texts(makeDocx({ body, numbering }))).toEqual([
      ['list-item', '1. Een'],
      ['list-item', 'a) sub a'],
      ['list-item', 'b) sub b'],
      ['list-item', '1.b.i diep'],
      ['list-item', '2. Twee'],
      ['list-item', 'a) weer a'],
      ['list-item', 'Opsomming'],
      ['paragraph', 'Tussendoor.'],
      ['list-item', '3. Drie (lopende lijst)'],
      ['list-item', '1. Opnieuw een'],
    ]);
  });

  it('reads a table as a table block with its cells, and a note inside a cell after the right words', () => {
    const cell = (...paras: string[]) => `<w:tc><w:tcPr><w:tcW w:w="100"/></w:tcPr>${paras.join('')}</w:tc>`;
    const body =
      p('Geachte voorzitter,') +
      `<w:tbl><w:tblPr/><w:tblGrid/><w:tr>${cell(p('Jaar'))}${cell(p('Bedrag'))}</w:tr><w:tr>${cell(p('2025'))}${cell(p('3,5 mld', fnRef(1)), p('regel 2'))}</w:tr></w:tbl>` +
      p('Na de tabel.');
    const letter = read(makeDocx({ body, footnotes: separators('footnote') + note('footnote', 1, 'Raming.') }));
    const table = letter.blocks[1]!;
    expect(table.kind).toBe('table');
    expect(table.text).toBe('Jaar\tBedrag\n2025\t3,5 mld\nregel 2');
    expect(table.cells!.map((row) => row.map((c) => table.text.slice(c.start, c.end)))).toEqual([
      ['Jaar', 'Bedrag'],
      ['2025', '3,5 mld\nregel 2'],
    ]);
    expect(table.text.slice(0, table.notes[0]!.offset)).toBe('Jaar\tBedrag\n2025\t3,5 mld');
    expect(letter.footnotes).toEqual([{ id: 'fn1', label: '1', text: 'Raming.' }]);
  });

  it('reads a signature table as signatories, side by side', () => {
    const cell = (...paras: string[]) => `<w:tc>${paras.map((t) => p(t)).join('')}</w:tc>`;
    const body =
      p('Geachte voorzitter,') +
      p('Tekst van de brief.') +
      `<w:tbl><w:tr>${cell('De minister van Buitenlandse Zaken,', 'Caspar Veldkamp')}${cell('De minister van Defensie,', 'Ruben Brekelmans')}</w:tr></w:tbl>`;
    const letter = read(makeDocx({ body }));
    expect(letter.signatories).toEqual([
      { name: 'Caspar Veldkamp', function: 'minister van Buitenlandse Zaken' },
      { name: 'Ruben Brekelmans', function: 'minister van Defensie' },
    ]);
  });

  it('reads tracked changes as accepted and flags the letter; a deleted paragraph mark joins paragraphs', () => {
    const body =
      `<w:p>${run('De steun ')}<w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve">wordt verhoogd</w:t></w:r></w:ins>` +
      `<w:del w:id="2" w:author="A"><w:r><w:delText xml:space="preserve">blijft gelijk</w:delText></w:r></w:del>${run('.')}` +
      `<w:moveFrom w:id="3" w:author="A"><w:r><w:t>Weg.</w:t></w:r></w:moveFrom></w:p>` +
      `<w:p><w:pPr><w:rPr><w:del w:id="4" w:author="A"/></w:rPr></w:pPr>${run('Eerste helft')}</w:p>` +
      `<w:p>${run(' en tweede helft.')}<w:moveTo w:id="5" w:author="A"><w:r><w:t xml:space="preserve"> Weg.</w:t></w:r></w:moveTo></w:p>`;
    const letter = read(makeDocx({ body }));
    expect(letter.blocks.map((b) => b.text)).toEqual(['De steun wordt verhoogd.', 'Eerste helft en tweede helft. Weg.']);
    expect(letter.trackedChanges).toBe(true);
    expect(read(makeDocx({ body: p('Zonder wijzigingen.') })).trackedChanges).toBeUndefined();
  });

  it('reads line breaks, tabs, symbols, non-breaking hyphens, content controls, hyperlinks and skips field codes', () => {
    const body =
      `<w:p>${run('Regel een')}<w:r><w:br/><w:t>regel twee</w:t><w:tab/><w:t>na tab</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>NAVO</w:t><w:noBreakHyphen/><w:t>top </w:t><w:sym w:font="Symbol" w:char="F0AE"/><w:t xml:space="preserve"> klaar </w:t><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>` +
      `<w:sdt><w:sdtPr><w:alias w:val="Datum"/></w:sdtPr><w:sdtContent>${p('Uit een inhoudsbesturingselement.')}</w:sdtContent></w:sdt>` +
      `<w:p>${run('Zie ')}<w:hyperlink r:id="rIdLink"><w:r><w:t>de website</w:t></w:r></w:hyperlink>${run(' en ')}<w:hyperlink w:anchor="_Ref1"><w:r><w:t>bijlage</w:t></w:r></w:hyperlink>` +
      `<w:sdt><w:sdtContent><w:r><w:t xml:space="preserve"> (inline)</w:t></w:r></w:sdtContent></w:sdt></w:p>` +
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>${run(' pagina')}</w:p>`;
    const rels =
      '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.tweedekamer.nl/" TargetMode="External"/>';
    const letter = read(makeDocx({ body, rels }));
    expect(letter.blocks.map((b) => b.text)).toEqual([
      'Regel een\nregel twee\tna tab',
      'NAVO\u2011top → klaar ✓',
      'Uit een inhoudsbesturingselement.',
      'Zie de website en bijlage (inline)',
      '3 pagina',
    ]);
    const links = letter.blocks[3]!.links!;
    expect(links.map((l) => [letter.blocks[3]!.text.slice(l.start, l.end), l.href])).toEqual([
      ['de website', 'https://www.tweedekamer.nl/'],
      ['bijlage', '#_Ref1'],
    ]);
  });

  it('reads a text box with alternative content once, after its paragraph', () => {
    const box = `<w:txbxContent>${p('In het tekstvak.')}</w:txbxContent>`;
    const body =
      `<w:p>${run('Voor.')}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
      p('Na.');
    expect(read(makeDocx({ body })).blocks.map((b) => b.text)).toEqual(['Voor.', 'In het tekstvak.', 'Na.']);
  });

  it('keeps comments out of the text and beside their range', () => {
    const body = `<w:p>${run('Het kabinet ')}<w:commentRangeStart w:id="0"/>${run('steunt Oekraïne')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>${run('.')}</w:p>`;
    const comments = `<w:comment w:id="0" w:author="J. Jansen" w:date="2026-01-05T10:00:00Z">${p('Bron toevoegen?')}</w:comment>`;
    const block = read(makeDocx({ body, comments })).blocks[0]!;
    expect(block.text).toBe('Het kabinet steunt Oekraïne.');
    expect(block.comments).toEqual([{ start: 12, end: 27, author: 'J. Jansen', date: '2026-01-05T10:00:00Z', text: 'Bron toevoegen?' }]);
  });

  it('reads the WordprocessingML namespace under any prefix, as the default namespace, and in Strict OOXML', () => {
    const other = `<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:t>Ander voorvoegsel.</x:t></x:r></x:p></x:body></x:document>`;
    const plain = `<?xml version="1.0"?><document xmlns="http://purl.oclc.org/ooxml/wordprocessingml/main"><body><p><r><t>Strict, zonder voorvoegsel.</t></r></p></body></document>`;
    expect(texts(makeDocx({ body: '', raw: { 'word/document.xml': other } }))).toEqual([['paragraph', 'Ander voorvoegsel.']]);
    expect(texts(makeDocx({ body: '', raw: { 'word/document.xml': plain } }))).toEqual([['paragraph', 'Strict, zonder voorvoegsel.']]);
  });
});
