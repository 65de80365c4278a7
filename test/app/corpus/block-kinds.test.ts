import { describe, expect, it } from 'vitest';

import { classifyParagraphs } from '../../../app/corpus/block-kinds';
import { parseSample } from './samples';

const kinds = (id: Parameters<typeof parseSample>[0], kind: string) =>
  parseSample(id)
    .blocks.filter((b) => b.kind === kind)
    .map((b) => b.text);

describe('block kinds on the samples', () => {
  it('gives stable ids b0, b1, … (same input, same ids)', () => {
    const a = parseSample('004');
    expect(a.blocks.map((b) => b.id)).toEqual(a.blocks.map((_, i) => `b${i}`));
    expect(parseSample('004')).toEqual(a);
  });

  it('finds the salutation and the headings of 000', () => {
    const letter = parseSample('000');
    expect(letter.blocks[0]).toEqual({
      id: 'b0',
      kind: 'salutation',
      text: 'Geachte voorzitter,',
      notes: [],
    });
    expect(kinds('000', 'heading')).toEqual([
      'Vredesonderhandelingen',
      'Planning CotW en bredere veiligheidsgaranties voor Oekraïne',
      'Vervolgstappen',
    ]);
  });

  it('makes the bullets of 001 list items without the bullet', () => {
    expect(kinds('001', 'list-item')).toEqual([
      'Militaire hulp aan Oekraïne gaat door en moet verder worden geïntensiveerd, om Oekraïne bij onderhandelingen in een positie van kracht te plaatsen. Militaire steun aan Oekraïne gaat ook door als er een bestand komt met Rusland, als noodzakelijke afschrikking tegen mogelijke hernieuwde Russische agressie in de toekomst.',
      'De druk op Rusland moet hoog blijven, onder andere door middel van sancties.',
      'Geen vredesonderhandelingen over Oekraïne, zonder Oekraïne. Oekraïne moet na een vredesovereenkomst overeind blijven als een zelfstandige, soevereine en financieel-economisch levensvatbare staat.',
    ]);
  });

  it("splits 001's side-by-side signatories into one signature block each", () => {
    const letter = parseSample('001');
    expect(kinds('001', 'signature')).toEqual([
      'De minister van Buitenlandse Zaken,\nCaspar Veldkamp',
      'De minister van Defensie,\nRuben Brekelmans',
    ]);
    expect(letter.signatories).toEqual([
      { name: 'Caspar Veldkamp', function: 'minister van Buitenlandse Zaken' },
      { name: 'Ruben Brekelmans', function: 'minister van Defensie' },
    ]);
  });

  it('reads signatures of 000 (table cells) and 002 (PDF lines) with names and functions', () => {
    expect(parseSample('000').signatories).toEqual([
      { name: 'D.M. van Weel', function: 'minister van Buitenlandse Zaken' },
      { name: 'Ruben Brekelmans', function: 'minister van Defensie' },
    ]);
    expect(kinds('002', 'signature')).toEqual([
      'De minister van Buitenlandse Zaken,\nD.M. van Weel',
      'De minister van Defensie,\nR.P. Brekelmans',
    ]);
    expect(parseSample('004').signatories).toEqual([]);
  });

  it('reads the reference column, questions and answers of 003', () => {
    const letter = parseSample('003');
    expect(letter.blocks.slice(0, 4).map((b) => [b.kind, b.text])).toEqual([
      ['reference', 'Ministerie van Buitenlandse Zaken'],
      ['reference', 'Onze referentie'],
      ['reference', 'BZ2519785'],
      ['salutation', 'Geachte voorzitter,'],
    ]);
    const questions = kinds('003', 'question');
    expect(questions).toHaveLength(14);
    expect(questions[0]).toBe(
      'Bent u bekend met het bericht dat Europees commissievoorzitter Von der Leyen aangeeft dat er gedetailleerde plannen zijn voor militaire inzet in Oekraïne?',
    );
    const answers = kinds('003', 'answer');
    expect(answers).toHaveLength(12);
    expect(answers[0]).toBe('Ja.');
    expect(answers[11]).toBe('De vragen zijn spoedig beantwoord.');
    const labels = kinds('003', 'heading');
    expect(labels.filter((t) => /^Vraag \d+$/.test(t))).toHaveLength(14);
    expect(labels.filter((t) => t === 'Antwoord')).toHaveLength(12);
  });

  it('recognises closings and numbered list items', () => {
    const { blocks } = classifyParagraphs(
      [
        'Geachte voorzitter,',
        'Twee punten:',
        '1. Het eerste punt.',
        '2. Het tweede punt.',
        'Hoogachtend,',
        'De staatssecretaris van Defensie,',
        'G.P. Tuinman',
      ].map((text) => ({ text, notes: [] })),
    );
    expect(blocks.map((b) => b.kind)).toEqual(['salutation', 'paragraph', 'list-item', 'list-item', 'closing', 'signature']);
    expect(blocks[5]!.text).toBe('De staatssecretaris van Defensie,\nG.P. Tuinman');
  });

  it('reads a signatory whose name carries a title (mr., dr., drs. ir.)', () => {
    for (const name of ['mr. A.B. de Vries', 'dr. J. Jansen', 'drs. ir. P. de Boer']) {
      const { signatories } = classifyParagraphs(
        ['Geachte voorzitter,', 'Een punt.', 'Hoogachtend,', 'De minister van Financiën,', name].map((text) => ({ text, notes: [] })),
      );
      expect(signatories).toEqual([{ name, function: 'minister van Financiën' }]);
    }
  });

  it('reads a ministry whose name holds commas, function and name apart or in one paragraph (session 9 tester)', () => {
    const ministries = ['Onderwijs, Cultuur en Wetenschap', 'Landbouw, Visserij, Voedselzekerheid en Natuur'];
    for (const ministry of ministries) {
      const apart = classifyParagraphs(
        ['Geachte voorzitter,', 'Een punt.', 'Hoogachtend,', `de minister van ${ministry},`, 'M. de Vries'].map((text) => ({
          text,
          notes: [],
        })),
      );
      expect(apart.signatories).toEqual([{ name: 'M. de Vries', function: `minister van ${ministry}` }]);
      const together = classifyParagraphs(
        ['Geachte voorzitter,', 'Een punt.', 'Hoogachtend,', `De minister van ${ministry},\nM. de Vries`].map((text) => ({
          text,
          notes: [],
        })),
      );
      expect(together.signatories).toEqual([{ name: 'M. de Vries', function: `minister van ${ministry}` }]);
      expect(together.blocks.at(-1)).toMatchObject({ kind: 'signature', text: `De minister van ${ministry},\nM. de Vries` });
    }
  });

  it('keeps a sentence that starts like a function as a paragraph', () => {
    const { blocks, signatories } = classifyParagraphs(
      ['Geachte voorzitter,', 'De minister van Financiën, die hierover gaat, stuurt u later een brief.', 'Hoogachtend,'].map((text) => ({
        text,
        notes: [],
      })),
    );
    expect(signatories).toEqual([]);
    expect(blocks[1]!.kind).toBe('paragraph');
  });

  it('reads the labelled head of a paper without a salutation (a nota) as reference, not headings', () => {
    const paras = (texts: string[]) => texts.map((text) => ({ text, notes: [] }));
    const nota = classifyParagraphs(
      paras([
        'Notitie over dijkversterking',
        'Betreft: Dijkversterking Zeeland',
        'Datum: 12 maart 2026',
        'Aan: de minister',
        'Inleiding',
        'De dijken worden versterkt.',
        'Kopie aan: de staatssecretaris',
        'Slot',
        'Datum: morgen',
      ]),
    );
    expect(nota.blocks.map((b) => b.kind)).toEqual([
      'heading',
      'reference',
      'reference',
      'reference',
      'heading',
      'paragraph',
      // After the first body paragraph the head is over: a labelled line there is not reference
      // (the usual rules decide: a short line before more text is a heading).
      'heading',
      'heading',
      'paragraph',
    ]);
    // A labelled line with a note, or one past the head's first paragraphs, stays text.
    const late = classifyParagraphs(paras([...Array.from({ length: 12 }, (_, i) => `Kop ${i + 1}`), 'Betreft: laat', 'Tekst.']));
    expect(late.blocks[12]!.kind).toBe('heading');
  });
});
