import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { formatNumber, readNumbering } from '../../../../app/corpus/docx/numbering';
import { parseDocx } from '../../../../app/corpus/docx/parse-docx';
import { parseXml } from '../../../../app/corpus/docx/xml';
import { fnRef, makeDocx, note, NS, p, run, separators } from './make-docx';

/** Session 8's fresh-eyes findings on the Word reader (issue 13): numbering, breaks, notes, tracked changes. */

const read = (bytes: Uint8Array) => parseDocx(bytes, 'brief.docx', 'hash');
const lvl = (fmt: string, text: string, start: string) =>
  `<w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const numbering = (fmt: string, start: string, text = '%1.') =>
  `<w:abstractNum w:abstractNumId="1">${lvl(fmt, text, start)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
const item = (text: string, numId = 1) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${run(text)}</w:p>`;

describe('Word reader: list labels stay short whatever the counter', () => {
  it('a lowerLetter list starting at 2,000,000,000 prints decimal labels, and 40 items read at once', () => {
    const body = Array.from({ length: 40 }, (_, i) => item(`Punt ${i + 1}`)).join('');
    const letter = read(makeDocx({ body, numbering: numbering('lowerLetter', '2000000000') }));
    expect(letter.blocks.slice(0, 2).map((b) => b.text)).toEqual(['2000000000. Punt 1', '2000000001. Punt 2']);
    expect(Math.max(...letter.blocks.map((b) => b.text.length))).toBeLessThan(30);
  });

  it('letters up to 780 (zz…z, 30 letters), Roman numerals to 3999, then decimal', () => {
    expect([27, 780, 781].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['aa', 'z'.repeat(30), '781']);
    expect([3999, 4000].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['MMMCMXCIX', '4000']);
    expect([1, 2, 3, 4, 5, 8, 41].map((n) => formatNumber(n, 'chicago'))).toEqual(['*', '†', '‡', '§', '**', '§§', '41']);
    expect([Infinity, NaN, 1e300, -3].map((n) => formatNumber(n, 'decimal'))).toEqual(['0', '0', '0', '-3']);
  });

  it('property: no counter and no format make a label longer than 30 characters', () => {
    const formats = ['decimal', 'decimalZero', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman', 'chicago', 'ordinal', 'x'];
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), fc.constantFrom(...formats), (n, format) => {
        expect(formatNumber(n, format).length).toBeLessThanOrEqual(30);
      }),
    );
  });

  it('property: any start value and any number of uses of a %1 list give labels of at most 31 characters', () => {
    const start = fc.oneof(fc.integer().map(String), fc.constantFrom('1e308', '-1e308', 'Infinity', 'abc', '99999999999999999999'));
    fc.assert(
      fc.property(start, fc.constantFrom('lowerLetter', 'upperRoman', 'chicago', 'decimalZero'), fc.nat(60), (s, fmt, uses) => {
        const root = parseXml(new TextEncoder().encode(`<w:numbering ${NS}>${numbering(fmt, s)}</w:numbering>`), 'numbering.xml')!;
        const label = readNumbering(root);
        for (let k = 0; k <= uses; k++) expect(label('1', 0)!.label.length).toBeLessThanOrEqual(31);
      }),
      { numRuns: 200 },
    );
  });

  it('a footnote numStart of 2,000,000,000 in lowerLetter gives a short decimal label', () => {
    const letter = read(
      makeDocx({
        body: p('Zin', fnRef(1), '.'),
        footnotes: separators('footnote') + note('footnote', 1, 'Noot.'),
        settings: '<w:footnotePr><w:numFmt w:val="lowerLetter"/><w:numStart w:val="2000000000"/></w:footnotePr>',
      }),
    );
    expect(letter.footnotes.map((f) => f.label)).toEqual(['2000000000']);
  });
});

describe('Word reader: numbered headings, breaks', () => {
  it('a paragraph whose style is a heading (outline level or Heading N) and which is numbered is a heading with its number', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Genummerd"><w:name w:val="Genummerde kop"/><w:pPr><w:outlineLvl w:val="0"/><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/></w:style>';
    const body =
      '<w:p><w:pPr><w:pStyle w:val="Genummerd"/></w:pPr><w:r><w:t>Aanleiding</w:t></w:r></w:p>' +
      p('Tekst van de aanleiding, met meer woorden.') +
      '<w:p><w:pPr><w:pStyle w:val="Kop2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Beslispunten</w:t></w:r></w:p>' +
      p('Nog meer tekst.');
    const letter = read(makeDocx({ body, styles, numbering: numbering('decimal', '1', '%1') }));
    expect(letter.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', '1 Aanleiding'],
      ['paragraph', 'Tekst van de aanleiding, met meer woorden.'],
      ['heading', '2 Beslispunten'],
      ['paragraph', 'Nog meer tekst.'],
    ]);
  });

  it('a page or column break inside a paragraph separates the words around it, as a line break does', () => {
    const body = `<w:p>${run('Voor')}<w:r><w:br w:type="page"/></w:r>${run('na en')}<w:r><w:br w:type="column"/><w:t>daarna</w:t></w:r></w:p>`;
    expect(read(makeDocx({ body })).blocks.map((b) => b.text)).toEqual(['Voor\nna en\ndaarna']);
  });
});

describe('Word reader: note numbering and custom marks', () => {
  const twoSections = (restart: string) =>
    makeDocx({
      body:
        p('Eerste', fnRef(1), ' en tweede', fnRef(2), '.') +
        `<w:p><w:pPr><w:sectPr><w:footnotePr><w:numRestart w:val="${restart}"/></w:footnotePr></w:sectPr></w:pPr>${run('Einde sectie een.')}</w:p>` +
        p('Derde', fnRef(3), '.') +
        `<w:sectPr><w:footnotePr><w:numFmt w:val="chicago"/><w:numRestart w:val="${restart}"/></w:footnotePr></w:sectPr>`,
      footnotes: separators('footnote') + note('footnote', 1, 'Een.') + note('footnote', 2, 'Twee.') + note('footnote', 3, 'Drie.'),
    });

  it('numRestart eachSect starts again in every section; chicago marks *, †; eachPage numbers continuously', () => {
    expect(read(twoSections('eachSect')).footnotes.map((f) => f.label)).toEqual(['*', '†', '*']);
    expect(read(twoSections('eachPage')).footnotes.map((f) => f.label)).toEqual(['*', '†', '‡']);
  });

  it.each(['on', '1', 'true'])('customMarkFollows="%s": the next run is the mark, the note takes no number', (on) => {
    const custom = `<w:r><w:footnoteReference w:customMarkFollows="${on}" w:id="2"/></w:r><w:r><w:t>†</w:t></w:r>`;
    const letter = read(
      makeDocx({
        body: p('Tekst', custom, ' gaat door', fnRef(3), '.'),
        footnotes:
          separators('footnote') +
          `<w:footnote w:id="2"><w:p><w:r><w:t>†</w:t></w:r><w:r><w:t xml:space="preserve"> Kruisnoot.</w:t></w:r></w:p></w:footnote>` +
          `<w:footnote w:id="3"><w:p><w:r><w:t>*</w:t></w:r><w:r><w:tab/><w:t>Gewone noot met ster.</w:t></w:r></w:p></w:footnote>`,
      }),
    );
    expect(letter.blocks[0]!.text).toBe('Tekst gaat door.');
    expect(letter.footnotes).toEqual([
      { id: 'fn2', label: '†', text: 'Kruisnoot.' },
      { id: 'fn3', label: '1', text: '*\tGewone noot met ster.' },
    ]);
  });

  it('LibreOffice: a custom mark written into the note text with a tab is not shown twice', () => {
    const letter = read(
      makeDocx({
        body: p('Met eigen teken', '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="3"/><w:t>*</w:t></w:r>', ' verder.'),
        footnotes:
          separators('footnote', [0, 1]) +
          `<w:footnote w:id="3"><w:p><w:r><w:t>*</w:t></w:r><w:r><w:tab/><w:t>Sterretjesnoot.</w:t></w:r></w:p></w:footnote>`,
      }),
    );
    expect(letter.footnotes).toEqual([{ id: 'fn3', label: '*', text: 'Sterretjesnoot.' }]);
    expect(letter.blocks[0]!.text).toBe('Met eigen teken verder.');
  });
});

describe('Word reader: tracked changes outside the body', () => {
  it.each([
    ['header', { header: `<w:p><w:ins w:id="1" w:author="A">${run('Concept')}</w:ins></w:p>` }],
    ['footer', { footer: `<w:p><w:del w:id="1" w:author="A"><w:r><w:delText>Oud</w:delText></w:r></w:del>${run('Voet')}</w:p>` }],
  ])('changes only in the %s flag the letter', (_, part) => {
    expect(read(makeDocx({ body: p('Gewone tekst.'), ...part })).trackedChanges).toBe(true);
    expect(read(makeDocx({ body: p('Gewone tekst.'), header: p('Kop'), footer: p('Voet') })).trackedChanges).toBeUndefined();
  });
});

describe('Word reader: hyperlinks from field codes', () => {
  const fld = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
  const instr = (text: string) => `<w:r><w:instrText xml:space="preserve">${text}</w:instrText></w:r>`;

  it('a complex HYPERLINK field (instruction over two runs, a \\o tip) and a simple one keep their links; other fields none', () => {
    const body =
      `<w:p>${run('Zie ')}${fld('begin')}${instr(' HYPERLINK \\o "uitleg" ')}${instr('"https://www.rijksoverheid.nl/a" ')}${fld('separate')}` +
      `${run('veld')}${run('link')}${fld('end')}${run(' en ')}<w:fldSimple w:instr=" HYPERLINK https://www.tweedekamer.nl/ "><w:r><w:t>simpele link</w:t></w:r></w:fldSimple>` +
      `${run(', bladzijde ')}${fld('begin')}${instr(' PAGE ')}${fld('separate')}${run('3')}${fld('end')}${run(' en ')}` +
      `${fld('begin')}${instr(' HYPERLINK \\l "_Toc1" ')}${fld('separate')}${run('inhoud')}${fld('end')}</w:p>`;
    const block = read(makeDocx({ body })).blocks[0]!;
    expect(block.text).toBe('Zie veldlink en simpele link, bladzijde 3 en inhoud');
    expect(block.links!.map((l) => [block.text.slice(l.start, l.end), l.href])).toEqual([
      ['veldlink', 'https://www.rijksoverheid.nl/a'],
      ['simpele link', 'https://www.tweedekamer.nl/'],
      ['inhoud', '#_Toc1'],
    ]);
  });
});

describe('Word reader: hidden text', () => {
  const hiddenRun = (text: string, props: string) =>
    `<w:r><w:rPr><w:b/>${props}<w:lang w:val="nl-NL"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const styles =
    '<w:style w:type="character" w:styleId="Verborgen"><w:name w:val="Verborgen"/><w:rPr><w:vanish/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="OokVerborgen"><w:name w:val="Ook verborgen"/><w:basedOn w:val="Verborgen"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Notitie"><w:name w:val="Notitie"/><w:rPr><w:specVanish/></w:rPr></w:style>';

  it('w:vanish and w:specVanish runs, by own properties or by character or paragraph style, are not read; w:webHidden is', () => {
    const body =
      `<w:p>${run('Zichtbaar')}${hiddenRun(' VERBORGEN', '<w:vanish/>')}${run(' en')}${hiddenRun(' ONZICHTBAAR', '<w:vanish/>')}${hiddenRun(' web', '<w:webHidden/>')}</w:p>` +
      `<w:p>${run('Stijl')}${hiddenRun(' GEHEIM', '<w:rStyle w:val="OokVerborgen"/>')}${hiddenRun(' toch getoond', '<w:rStyle w:val="Verborgen"/><w:vanish w:val="0"/>')}${hiddenRun(' SPEC', '<w:specVanish/>')}.</w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="Notitie"/></w:pPr>${run('HELE ALINEA VERBORGEN')}</w:p>` +
      p('Laatste alinea.');
    const letter = read(makeDocx({ body, styles }));
    expect(letter.blocks.map((b) => b.text)).toEqual(['Zichtbaar en web', 'Stijl toch getoond', 'Laatste alinea.']);
  });

  it('a hidden paragraph mark joins the paragraph to the next, as Word prints it', () => {
    const body = `<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>${run('Eerste deel, ')}</w:p>${p('tweede deel.')}`;
    expect(read(makeDocx({ body })).blocks.map((b) => b.text)).toEqual(['Eerste deel, tweede deel.']);
  });
});
