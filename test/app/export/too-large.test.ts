import { describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../app/briefing/model';
import { exportTooLargeMessage, largestPart } from '../../../app/export/too-large';

describe('what an export that hit its bound names', () => {
  const briefing = emptyBriefing();
  briefing.properties.title = 'Nota';
  briefing.body.push(
    { type: 'paragraph', children: [{ type: 'text', text: 'Korte alinea.' }] },
    { type: 'paragraph', children: [{ type: 'text', text: `Lang: ${'x'.repeat(1500)} en meer` }] },
  );
  briefing.annotations.push({ id: 'c1', author: 'A', date: '2026-01-06T10:00:00Z', text: 'y'.repeat(1200) });

  it('finds the largest text, counted per kind as the user sees it', () => {
    expect(largestPart(briefing)).toEqual({ label: 'alinea 2', characters: 1514, longestWord: 1500, start: `Lang: ${'x'.repeat(24)}` });
    expect(largestPart(emptyBriefing())).toBeNull();
  });

  it('says which bound was hit and what was largest, in Dutch', () => {
    expect(exportTooLargeMessage('docx', { kind: 'memory', megabytes: 1024 }, briefing)).toBe(
      'Exporteren naar Word is afgebroken: er was meer dan 1.024 MB geheugen nodig. Het grootste deel van de notitie is alinea 2 ' +
        `(1.514 tekens, waarvan 1.500 achter elkaar zonder spatie; begint met "Lang: ${'x'.repeat(24)}…"). Splits of kort dat deel in en probeer het opnieuw.`,
    );
    expect(exportTooLargeMessage('pdf', { kind: 'time', milliseconds: 30_000 }, emptyBriefing())).toBe(
      'Exporteren naar PDF is afgebroken: het duurde langer dan 30 seconden.',
    );
  });
});
