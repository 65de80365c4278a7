import type { BodyBlock, Briefing } from '../../../../app/briefing/model';
import { emptyBriefing } from '../../../../app/briefing/model';
import type { Letter } from '../../../../app/corpus/types';

/** Heading texts are "Onderwerp 1" … so a page's lines can be told apart from body text. */
export const HEADING_PREFIX = 'Onderwerp ';
/** Citation lines are "Bronregel 1: Kamerbrief …, alinea N". */
export const CITATION_PREFIX = 'Bronregel ';

/** The first `length` characters of `text`, cut back to a word boundary. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  const end = text.lastIndexOf(' ', length);
  return text.slice(0, end > 0 ? end : length);
}

/**
 * A briefing of `sections` sections over many pages, built so that, without keep-with-next,
 * headings and citation lines fall at page ends: each section a heading (levels 1 and 2), a
 * paragraph of the user's own whose length cycles from one line to about eight (corpus text), and
 * every other section a passage quoting a whole corpus paragraph with its citation on a line of
 * its own. The varying lengths move the page breaks through every position a heading can take.
 */
export function paginationBriefing(letters: Letter[], sections = 36): Briefing {
  const paragraphs = letters.flatMap((letter) =>
    letter.blocks.flatMap((block, blockIndex) =>
      block.kind === 'paragraph' && block.notes.length === 0 && block.text.length > 120 ? [{ letter, block, blockIndex }] : [],
    ),
  );
  const lengths = [80, 650, 240, 420, 160, 560, 330, 90, 480];
  const body: BodyBlock[] = [];
  for (let i = 0; i < sections; i++) {
    body.push({ type: 'heading', level: i % 3 === 0 ? 1 : 2, children: [{ type: 'text', text: `${HEADING_PREFIX}${i + 1}` }] });
    const own = paragraphs[(i * 7) % paragraphs.length]!;
    body.push({ type: 'paragraph', children: [{ type: 'text', text: cut(own.block.text, lengths[i % lengths.length]!) }] });
    if (i % 2 === 1) {
      const quoted = paragraphs[(i * 5 + 3) % paragraphs.length]!;
      const text = cut(quoted.block.text, 520);
      body.push({
        type: 'passage',
        id: `p-${i}`,
        source: { file: quoted.letter.file, hash: quoted.letter.hash, title: null, date: null, kind: 'Kamerbrief', kamerstuk: null },
        citation: `${CITATION_PREFIX}${i + 1}: Kamerbrief, alinea ${quoted.blockIndex + 1}`,
        parts: [
          {
            block: quoted.block.id,
            blockIndex: quoted.blockIndex,
            blockKind: quoted.block.kind,
            start: 0,
            end: text.length,
            text,
            children: [{ type: 'text', text }],
            omittedBefore: false,
            omittedAfter: text.length < quoted.block.text.length,
          },
        ],
      });
    }
  }
  const briefing = emptyBriefing();
  briefing.citationStyle = 'line';
  briefing.properties.title = 'Paginering';
  briefing.body = body;
  return briefing;
}
