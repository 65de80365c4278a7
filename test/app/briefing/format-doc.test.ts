import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { formatCitation } from '../../../app/briefing/citation';
import { parseBriefingFile } from '../../../app/briefing/file-format';
import { bodyParagraphNumbers } from '../../../app/briefing/locator';
import { numberNotes } from '../../../app/briefing/notes';
import { officialSourceRefOf } from '../../../app/briefing/official-source';
import { checkQuotes } from '../../../app/briefing/quotes';
import { loadSampleCorpus } from './sample-corpus';

describe('docs/dossier-format.md', () => {
  it('its example is a valid file whose quote is faithful to the sample letter', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../../docs/dossier-format.md'), 'utf8');
    const example = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].at(-1)![1]!;
    const { briefing, notices } = parseBriefingFile(example);
    expect(notices).toEqual([]);
    const letters = new Map(loadSampleCorpus().map((letter) => [letter.file, letter]));
    expect(checkQuotes(briefing, (file) => letters.get(file))).toEqual([
      { passage: 'p1', status: 'faithful', message: 'Het citaat klopt met de brief.' },
    ]);
    expect(numberNotes(briefing).map((note) => `${note.number} ${note.text}`)).toEqual([
      '1 Joint Statement of European Leaders from the Meeting in Berlin, 15 december 2025',
      '2 Kamerstukken II 2025/26, 36 045, nr. 264, alinea 3',
    ]);
    // The example shows the current (official) citation form: the one Dossier makes for that quote now.
    const passage = briefing.body.find((block) => block.type === 'passage')!;
    if (passage.type !== 'passage') throw new Error('no passage');
    const letter = letters.get(passage.source.file)!;
    expect(passage.source).toEqual({ ...officialSourceRefOf(letter), file: passage.source.file });
    expect(passage.citation).toBe(formatCitation(passage.source, passage.parts, 'official'));
    expect(passage.parts[0]!.paragraph).toBe(bodyParagraphNumbers(letter.blocks)[passage.parts[0]!.blockIndex]);
  });
});
