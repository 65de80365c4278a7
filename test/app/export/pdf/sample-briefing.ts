/**
 * Briefings for the PDF tests, built from the sample letters as a user would: whole blocks and
 * trimmed parts quoted with createPassage (footnotes and citations come along verbatim), own
 * headings, paragraphs, lists, a user footnote and annotations.
 */
import { counterIds } from '../../../../app/briefing/ids';
import type { BodyBlock, Briefing, Passage } from '../../../../app/briefing/model';
import { emptyBriefing } from '../../../../app/briefing/model';
import { createPassage } from '../../../../app/briefing/passage';
import type { Letter } from '../../../../app/corpus/types';

/** Characters the embedded font must keep: ş, č, curly quotes, en dash. */
export const SPECIAL = 'Motie Yeşilgöz-Zegerius – gesprek met Čaputová over de ‘hulp en handel’-agenda';

export function passageOf(letter: Letter, blockIndex: number, ids: () => string, start?: number, end?: number) {
  const block = letter.blocks[blockIndex]!;
  const range = {
    start: { block: block.id, offset: start ?? 0 },
    end: { block: block.id, offset: end ?? block.text.length },
  };
  return createPassage(letter, range, ids);
}

/** Blocks of a letter that carry footnote anchors (the quotes with notes). */
export function blocksWithNotes(letter: Letter): number[] {
  return letter.blocks.flatMap((block, index) => (block.notes.length && block.kind !== 'reference' ? [index] : []));
}

export function sampleBriefing(letters: Letter[], citationStyle: Briefing['citationStyle'] = 'footnote'): Briefing {
  const ids = counterIds('t');
  const briefing = emptyBriefing();
  briefing.citationStyle = citationStyle;
  briefing.properties = {
    ...briefing.properties,
    title: 'Steun aan Oekraïne – stand van zaken',
    to: 'De minister van Buitenlandse Zaken',
    from: 'Directie Oost-Europa',
    date: '2026-01-06',
    subject: 'Veiligheidsgaranties en de Coalition of the Willing',
    reference: 'BZ-DOE-2026-0007',
    classification: 'Departementaal vertrouwelijk',
    author: 'A. de Vries',
  };
  const body: BodyBlock[] = [
    { type: 'heading', level: 1, children: [{ type: 'text', text: 'Aanleiding' }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: SPECIAL, comments: ['a1'] },
        { type: 'text', text: '. Hieronder de relevante passages uit de Kamerbrieven.' },
      ],
    },
    {
      type: 'list',
      ordered: true,
      items: [
        { children: [{ type: 'text', text: 'Vredesonderhandelingen' }] },
        { children: [{ type: 'text', text: 'Veiligheidsgaranties', bold: true }] },
      ],
    },
  ];
  briefing.annotations.push({
    id: 'a1',
    author: 'J. Jansen',
    date: '2026-01-07T09:30:00Z',
    text: 'Naam en spelling nagaan bij het kabinet.',
  });

  letters.forEach((letter, letterIndex) => {
    body.push({
      type: 'heading',
      level: 2,
      children: [{ type: 'text', text: `Brief ${letterIndex + 1}: ${letter.title ?? letter.file}` }],
    });
    for (const blockIndex of blocksWithNotes(letter).slice(0, 5)) {
      const { passage, footnotes } = passageOf(letter, blockIndex, ids);
      body.push(passage);
      briefing.footnotes.push(...footnotes);
    }
  });

  // A trimmed quote: "[…]" before and after.
  const letter = letters[0]!;
  const block = letter.blocks[blocksWithNotes(letter)[0]!]!;
  const trimmed = passageOf(letter, blocksWithNotes(letter)[0]!, ids, 3, Math.min(block.text.length, 120));
  trimmed.passage.parts[0]!.omittedBefore = true;
  trimmed.passage.parts[0]!.omittedAfter = true;
  trimmed.passage.comments = ['a2'];
  body.splice(3, 0, { type: 'heading', level: 3, children: [{ type: 'text', text: 'Ingekort citaat' }] }, trimmed.passage);
  briefing.footnotes.push(...trimmed.footnotes);
  briefing.annotations.push({ id: 'a2', author: 'P. Bakker', date: '2026-01-07T10:00:00Z', text: 'Volledige alinea in de bijlage.' });

  briefing.body = body;
  return briefing;
}

export const passagesOf = (briefing: Briefing): Passage[] => briefing.body.filter((block): block is Passage => block.type === 'passage');
