import { describe, expect, it } from 'vitest';

import { parsePdfText } from '../../../app/corpus/pdf-parser';
import { anchorOf, parseSample } from './samples';

describe('PDF parser on sample 002', () => {
  const letter = parseSample('002');

  it('is detected as PDF', () => {
    expect(letter.format).toBe('pdf');
  });

  it('reattaches the page-foot note after `planningsproces.` with its two-line body joined', () => {
    expect(letter.footnotes).toEqual([
      {
        id: 'fn1',
        label: '1',
        text: 'Zoals aan uw Kamer gecommuniceerd tijdens het plenair debat op 18 februari 2025.',
      },
    ]);
    const { block, offset } = anchorOf(letter, 'fn1');
    expect(block.text.slice(0, offset)).toBe('Nederland heeft deelgenomen aan het militaire planningsproces.');
    expect(block.text.slice(offset)).toMatch(/^ De Nederlandse betrokkenheid past binnen het Nederlandse beleid van onverminderde steun/);
  });

  it('joins the paragraph interrupted by the page foot into one block', () => {
    const block = letter.blocks.find((b) => b.text.startsWith('Nederland heeft deelgenomen'))!;
    expect(block.text).toBe(
      'Nederland heeft deelgenomen aan het militaire planningsproces. De Nederlandse betrokkenheid past binnen het Nederlandse beleid van onverminderde steun aan Oekraïne, conform o.a. moties Timmermans en Yesilgöz-Zegerius (Motie 36045-191, 18 februari jl.) en Paternotte en Van Campen (Motie 21501-02-3047, 18 februari jl.).',
    );
    expect(letter.blocks.some((b) => b.text.includes('Zoals aan uw Kamer'))).toBe(false);
  });

  it('keeps a paragraph whole across a plain page break', () => {
    const block = letter.blocks.find((b) => b.text.startsWith('In tegenstelling tot Rusland'))!;
    expect(block.kind).toBe('paragraph');
    expect(block.text).toBe(
      'In tegenstelling tot Rusland heeft Oekraïne zich in positieve zin ingezet voor vrede. President Zelensky heeft meermaals bereidheid getoond in te stemmen met een tijdelijk staakt-het-vuren, en heeft ingestemd met het Amerikaanse voorstel voor een bilaterale top met president Poetin. Aanhoudende en onverminderde militaire en niet-militaire steun is belangrijker dan ooit voor Oekraïne om de dagelijkse Russische agressie te weerstaan en een sterkere positie aan de onderhandelingstafel te hebben om een robuuste vrede te bewerkstelligen.',
    );
  });

  it('starts a new paragraph after a page break that is followed by a paragraph separator', () => {
    const texts = letter.blocks.map((b) => b.text);
    const end = texts.findIndex((t) => t.endsWith('zelf in staat is om zich te kunnen verdedigen.'));
    expect(end).toBeGreaterThan(0);
    expect(texts[end + 1]).toMatch(/^In militair verband hebben de afgelopen weken/);
  });

  it('joins hyphenated line ends without a space and keeps the hyphen', () => {
    const all = letter.blocks.map((b) => b.text).join('\n');
    expect(all).toContain('De Russische schending van het NAVO-luchtruim is onacceptabel.');
    expect(all).toContain('militaire en niet-militaire steun');
    expect(all).not.toMatch(/NAVO- luchtruim|\u00AD/);
  });

  it('removes soft hyphens and joins their halves', () => {
    const lines = Array.from({ length: 6 }, (_, i) => `Regel ${i} van een lange alinea die netjes is afgebroken op de rand `);
    lines[2] = 'Regel met een woord dat wordt afge\u00AD';
    lines[3] = 'broken en daarna gewoon verder loopt tot aan de rand van de pagina ';
    const { paragraphs } = parsePdfText(lines.join('\n'));
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]!.text).toContain('woord dat wordt afgebroken en daarna');
  });

  it('drops page numbering between pages and continues the paragraph', () => {
    const line = 'een regel tekst die doorloopt tot aan de rechterrand van de pagina ';
    const text = [
      line,
      line,
      'en hier loopt de zin nog door tot aan de rand van de tekstkolom ',
      '',
      '',
      'Pagina 2 van 3',
      '',
      'verder op de volgende pagina.',
      '',
    ].join('\n');
    const { paragraphs } = parsePdfText(text);
    expect(paragraphs.map((p) => p.text)).toEqual([
      `${line.trim()} ${line.trim()} en hier loopt de zin nog door tot aan de rand van de tekstkolom verder op de volgende pagina.`,
    ]);
  });
});
