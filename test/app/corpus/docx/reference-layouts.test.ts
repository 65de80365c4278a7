import { describe, expect, it } from 'vitest';

import { parseDocx } from '../../../../app/corpus/docx/parse-docx';
import { makeDocx, p, run } from './make-docx';

/**
 * The reference column laid out as Word templates lay it out, in a letter without a salutation
 * (the session 9 Word tester's letters): a table, labels and values in paragraphs of their own, a
 * text box (read once, wherever it is anchored). The file's own properties must not win.
 */
const read = (bytes: Uint8Array) => parseDocx(bytes, 'brief.docx', 'hash');
const CORE =
  '<dc:title>Kerntitel</dc:title><dc:creator>Core Auteur</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-05-05T10:00:00Z</dcterms:created>';
const BODY =
  p('Hierbij beantwoord ik de vragen over de waterkwaliteit in de grote rivieren.') +
  p('Het kabinet besluit nu tot actie.') +
  p('Hoogachtend,') +
  p('de minister van Infrastructuur en Waterstaat,') +
  p('M. de Vries');
const STATED = {
  title: 'Beantwoording vragen over waterkwaliteit',
  date: '2026-03-03',
  references: ['IENW/BSK-2026/4711', '2026Z01234'],
};
const PAIRS: [string, string][] = [
  ['Datum', '3 maart 2026'],
  ['Betreft', 'Beantwoording vragen over waterkwaliteit'],
  ['Ons kenmerk', 'IENW/BSK-2026/4711'],
  ['Uw kenmerk', '2026Z01234'],
];
const cell = (...paras: string[]) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${paras.join('')}</w:tc>`;
const table = (rows: string[]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.map((r) => `<w:tr>${r}</w:tr>`).join('')}</w:tbl>`;
const textBox = (content: string) =>
  '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="t"/><a:graphic><a:graphicData uri="x"><wps:wsp><wps:txbx>' +
  `<w:txbxContent>${content}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
  `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>`;

const expectStated = (body: string) => {
  const letter = read(makeDocx({ body, core: CORE }));
  expect(letter).toMatchObject(STATED);
  expect(letter.dateSource).toBeUndefined();
  expect(letter.signatories).toEqual([{ name: 'M. de Vries', function: 'minister van Infrastructuur en Waterstaat' }]);
  return letter;
};

describe('parseDocx: the reference column in its layouts, without a salutation', () => {
  it('reads a table of label cells and value cells', () => {
    const letter = expectStated(table(PAIRS.map(([k, v]) => cell(p(k)) + cell(p(v)))) + BODY);
    expect(letter.blocks.filter((b) => b.kind === 'reference').map((b) => b.text)).toEqual(PAIRS.flat());
    expect(letter.citations.map((c) => c.text)).toEqual(['2026Z01234']);
  });

  it('reads a table with each label above its value in one cell (two paragraphs, or a line break)', () => {
    const twoParas = table([cell(p(PAIRS[0]![0]), p(PAIRS[0]![1])) + cell(p(PAIRS[1]![0]), p(PAIRS[1]![1]))]);
    const broken = (k: string, v: string) => `<w:p><w:r><w:t>${k}</w:t><w:br/><w:t>${v}</w:t></w:r></w:p>`;
    const lineBreaks = table([cell(broken(...PAIRS[2]!)) + cell(broken(...PAIRS[3]!))]);
    expectStated(twoParas + lineBreaks + BODY);
  });

  it('reads labels and values in paragraphs of their own', () => {
    expectStated(PAIRS.flatMap(([k, v]) => [p(k), p(v)]).join('') + BODY);
  });

  it('reads a tab between label and value, and keeps the tab out of the citation', () => {
    const letter = expectStated(PAIRS.map(([k, v]) => `<w:p>${run(k)}<w:r><w:tab/></w:r>${run(v)}</w:p>`).join('') + BODY);
    expect(letter.citations.map((c) => [c.text, c.key])).toEqual([['2026Z01234', 'zaak-2026Z01234']]);
  });

  it('reads a text box once (alternate content), also when anchored in a body paragraph further on', () => {
    const box = PAIRS.flatMap(([k, v]) => [p(k), p(v)]).join('');
    const anchored = `<w:p>${run('Hierbij beantwoord ik de vragen over de waterkwaliteit.')}<w:r>${textBox(box)}</w:r></w:p>`;
    const letter = expectStated(anchored + BODY.slice(BODY.indexOf('<w:p><w:r><w:t xml:space="preserve">Het kabinet')));
    expect(letter.blocks.filter((b) => b.text === 'Datum')).toHaveLength(1);
    expect(letter.blocks[8]!.text).toBe('Hierbij beantwoord ik de vragen over de waterkwaliteit.');
  });

  it('never takes body text: a label without a value, a Datum without a date, a data table with one label', () => {
    const core = read(makeDocx({ body: p('Betreft') + p('Het kabinet heeft besloten de regeling te verlengen.') + BODY, core: CORE }));
    expect(core).toMatchObject({ title: 'Kerntitel', date: '2025-05-05', dateSource: 'file-properties' });
    const noDate = read(makeDocx({ body: p('Datum') + p('Nog niet bekend') + BODY, core: CORE }));
    expect(noDate).toMatchObject({ date: '2025-05-05', dateSource: 'file-properties' });
    const data = table([cell(p('Datum')) + cell(p('Bedrag')), cell(p('1 maart 2026')) + cell(p('3,5 mld'))]);
    const letter = read(makeDocx({ body: data + BODY, core: CORE }));
    expect(letter.blocks[0]!.kind).toBe('table');
    expect(letter).toMatchObject({ title: 'Kerntitel', date: '2025-05-05' });
  });

  // Session 10 Word tester: the paper's own number under a `Kamerstuk` label of its own was not read (other labels were).
  it('reads a Kamerstuk label alone above its value: in paragraphs, a table cell, a cell beside it, after a line break', () => {
    const own = ['Kamerstuk', '36 045, nr. 300'] as const;
    const broken = (k: string, v: string) => `<w:p><w:r><w:t>${k}</w:t><w:br/><w:t>${v}</w:t></w:r></w:p>`;
    const layouts = [
      PAIRS.flatMap(([k, v]) => [p(k), p(v)]).join('') + p(own[0]) + p(own[1]),
      table([cell(p(PAIRS[0]![0]), p(PAIRS[0]![1])) + cell(p(own[0]), p(own[1]))]) +
        PAIRS.slice(1)
          .flatMap(([k, v]) => [p(k), p(v)])
          .join(''),
      table([cell(p(own[0])) + cell(p(own[1])), cell(p(PAIRS[0]![0])) + cell(p(PAIRS[0]![1]))]) +
        PAIRS.slice(1)
          .flatMap(([k, v]) => [p(k), p(v)])
          .join(''),
      PAIRS.map(([k, v]) => broken(k, v)).join('') + broken(...own),
    ];
    for (const head of layouts) {
      const letter = read(makeDocx({ body: head + BODY, core: CORE }));
      expect(letter).toMatchObject({ ...STATED, references: [...STATED.references, 'Kamerstuk 36 045, nr. 300'] });
      expect(letter.keys).toContain('kst-36045-300');
      expect(letter.blocks.filter((b) => b.kind === 'reference').map((b) => b.text)).toContainEqual(expect.stringMatching(/^Kamerstuk\b/));
    }
    // With a salutation the column was read already; it still is.
    const withSalutation = read(makeDocx({ body: p(own[0]) + p(own[1]) + p('Geachte voorzitter,') + BODY, core: CORE }));
    expect(withSalutation.references).toEqual(['Kamerstuk 36 045, nr. 300']);
  });
});
