import { describe, expect, it } from 'vitest';

import { assembleBriefing } from '../../../app/briefing/assemble';
import { BriefingSchema } from '../../../app/briefing/model';
import { numberNotes } from '../../../app/briefing/notes';
import { sampleLetter } from './letter-fixture';

const letters = [sampleLetter(), sampleLetter({ file: 'ander.txt', title: null, keys: [], date: null })];
const now = '2026-02-01T12:00:00.000Z';

describe('assembleBriefing', () => {
  it('adds passages in order with their notes and citations', () => {
    const briefing = assembleBriefing(
      letters,
      [
        { file: 'ander.txt', blockIndex: 2 },
        { file: 'brief.txt', blockIndex: 1, start: 31, end: 52 },
      ],
      [{ quote: 2, text: 'Belangrijk' }],
      { title: 'Nota', author: 'A. Ambtenaar', now },
    );
    expect(BriefingSchema.parse(briefing)).toEqual(briefing);
    expect(briefing.properties).toMatchObject({ title: 'Nota', author: 'A. Ambtenaar', date: '2026-02-01' });
    expect(numberNotes(briefing).map((note) => `${note.number} ${note.kind} ${note.text}`)).toEqual([
      '1 quote Joint Statement, 15 december 2025',
      '2 citation Brief van het Ministerie van Buitenlandse Zaken aan de Tweede Kamer, kenmerk BZ123, ander.txt, alinea 2 (bron onvolledig)',
      '3 quote Kamerstuk 36 045, nr. 215',
      '4 citation Kamerstukken II 2025/26, 36 045, nr. 264, alinea 1',
    ]);
    expect(briefing.annotations).toEqual([{ id: 'n5', author: 'A. Ambtenaar', date: now, text: 'Belangrijk' }]);
    const second = briefing.body[1]!;
    expect(second.type === 'passage' && second.comments).toEqual(['n5']);
    expect(second.type === 'passage' && second.parts[0]!.children).toEqual([
      { type: 'text', text: 'Daarna volgde Parijs.', comments: ['n5'] },
      { type: 'footnote-ref', footnote: 'n3' },
    ]);
  });

  it('names the culprit of a bad quote or note', () => {
    const run =
      (quote: { file: string; blockIndex: number; start?: number; end?: number }, notes = [] as Array<{ quote: number; text: string }>) =>
      () =>
        assembleBriefing(letters, [quote], notes, { now });
    expect(run({ file: 'weg.txt', blockIndex: 0 })).toThrow('Onbekende brief in citaat 1 (weg.txt#0): "weg.txt" staat niet in het corpus.');
    expect(run({ file: 'brief.txt', blockIndex: 7 })).toThrow(
      "Onbekende alinea in citaat 1 (brief.txt#7): de brief heeft alinea's 0 tot en met 2.",
    );
    expect(run({ file: 'brief.txt', blockIndex: 1, start: 5, end: 99 })).toThrow(
      /^Ongeldig bereik 5-99 in citaat 1 \(brief.txt#1\): de alinea telt 52 tekens/,
    );
    expect(run({ file: 'brief.txt', blockIndex: 1 }, [{ quote: 2, text: 'x' }])).toThrow(
      'Opmerking bij citaat 2: er is 1 citaat (nummer 1).',
    );
  });
});
