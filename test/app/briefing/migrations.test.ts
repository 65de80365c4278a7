import { describe, expect, it } from 'vitest';

import { parseBriefingFile, serializeBriefing } from '../../../app/briefing/file-format';
import { numberNotes } from '../../../app/briefing/notes';

/** A file as the version-0 prototype wrote it (see app/briefing/migrations.ts). */
const v0File = JSON.stringify({
  format: 'dossier-briefing',
  version: 0,
  briefing: {
    title: 'Oude nota',
    author: 'C. Collega',
    date: '2025-11-02',
    blocks: [
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'Inleiding' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Zie hieronder' },
          { type: 'footnote-ref', footnote: 'u1' },
        ],
      },
      {
        type: 'quote',
        id: 'q1',
        source: { file: '000.txt', hash: 'abc', title: null, date: '2026-01-06', kind: 'Kamerbrief' },
        block: 'b9',
        blockIndex: 9,
        start: 10,
        end: 40,
        text: 'spraken Europese leiders uit.',
        notes: [{ offset: 39, footnote: 'fn3', text: 'Joint Statement of European Leaders' }],
        citation: 'Kamerbrief, 6 januari 2026, alinea 10',
      },
    ],
    notes: [{ id: 'u1', text: 'Eigen noot' }],
  },
});

describe('migration from version 0', () => {
  it('upgrades the prototype shape to version 1 with a notice', () => {
    const { briefing, notices } = parseBriefingFile(v0File);
    expect(notices).toEqual([
      'Dit bestand is gemaakt met een oudere versie van Dossier (versie 0) en is bijgewerkt; bij opslaan wordt het in het nieuwe formaat bewaard.',
    ]);
    expect(briefing.properties).toMatchObject({ title: 'Oude nota', author: 'C. Collega', date: '2025-11-02', to: '', keywords: [] });
    expect(briefing.citationStyle).toBe('footnote');
    expect(briefing.annotations).toEqual([]);
    expect(briefing.body[2]).toEqual({
      type: 'passage',
      id: 'q1',
      source: { file: '000.txt', hash: 'abc', title: null, date: '2026-01-06', kind: 'Kamerbrief', kamerstuk: null },
      parts: [
        {
          block: 'b9',
          blockIndex: 9,
          blockKind: 'paragraph',
          start: 10,
          end: 40,
          text: 'spraken Europese leiders uit.',
          children: [
            { type: 'text', text: 'spraken Europese leiders uit.' },
            { type: 'footnote-ref', footnote: 'q1-fn1' },
          ],
          omittedBefore: false,
          omittedAfter: false,
        },
      ],
      citation: 'Kamerbrief, 6 januari 2026, alinea 10',
    });
    expect(numberNotes(briefing).map((note) => `${note.number} ${note.text}`)).toEqual([
      '1 Eigen noot',
      '2 Joint Statement of European Leaders',
      '3 Kamerbrief, 6 januari 2026, alinea 10',
    ]);
  });

  it('saves the migrated briefing as version 1', () => {
    const text = serializeBriefing(parseBriefingFile(v0File).briefing);
    expect(JSON.parse(text).version).toBe(1);
    expect(parseBriefingFile(text).notices).toEqual([]);
  });
});
