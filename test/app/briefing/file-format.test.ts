import { describe, expect, it } from 'vitest';

import { parseBriefingFile, serializeBriefing } from '../../../app/briefing/file-format';
import { numberNotes } from '../../../app/briefing/notes';
import { richBriefing } from './briefing-fixture';

const messageOf = (text: string): string => {
  try {
    parseBriefingFile(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected parseBriefingFile to throw');
};

describe('serializeBriefing / parseBriefingFile', () => {
  it('round-trips a briefing with every node kind', () => {
    const briefing = richBriefing();
    const text = serializeBriefing(briefing);
    expect(parseBriefingFile(text)).toEqual({ briefing, notices: [] });
  });

  it('writes the envelope first, pretty and in a stable key order', () => {
    const briefing = richBriefing();
    const text = serializeBriefing(briefing);
    expect(
      text.startsWith('{\n  "format": "dossier-briefing",\n  "version": 1,\n  "briefing": {\n    "version": 1,\n    "properties"'),
    ).toBe(true);
    // Same content with keys in another order gives identical bytes.
    const shuffled = JSON.parse(
      JSON.stringify(
        briefing,
        Object.keys(briefing)
          .reverse()
          .concat(...collectKeys(briefing).reverse()),
      ),
    );
    expect(serializeBriefing(shuffled)).toBe(text);
  });

  it('refuses to write an invalid briefing', () => {
    const broken = { ...richBriefing(), citationStyle: 'margin' } as never;
    expect(() => serializeBriefing(broken)).toThrow(/het veld "briefing.citationStyle" is ongeldig/);
  });

  it('names each kind of bad file', () => {
    expect(messageOf('')).toBe('Het bestand is leeg: er staat geen briefing in.');
    expect(messageOf('  \n')).toBe('Het bestand is leeg: er staat geen briefing in.');
    const text = serializeBriefing(richBriefing());
    expect(messageOf(text.slice(0, text.length / 2))).toMatch(/^Het bestand is onvolledig \(afgebroken\)/);
    expect(messageOf('{"format": "dossier-briefing", "version": 1,, }')).toMatch(
      /^Het bestand is beschadigd: het is geen geldige JSON bij teken \d+\.$/,
    );
    expect(messageOf('{"name": "dossier", "version": "0.1.0", "private": true}')).toBe(
      'Dit bestand is geen Dossier-briefing: het veld "format" met de waarde "dossier-briefing" ontbreekt.',
    );
    expect(messageOf('PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml')).toBe(
      'Dit is geen Dossier-briefing maar een ZIP-bestand (bijvoorbeeld een Word-document, .docx).',
    );
    expect(messageOf('%PDF-1.7\n')).toBe('Dit is geen Dossier-briefing maar een PDF-bestand.');
    expect(messageOf('{"format": "dossier-briefing", "version": 5, "briefing": {}}')).toMatch(
      /^Dit bestand is gemaakt met een nieuwere versie van Dossier \(versie 5\); deze versie leest tot en met versie 4\./,
    );
  });

  it('says which field violates the schema', () => {
    const envelope = JSON.parse(serializeBriefing(richBriefing()));
    delete envelope.briefing.body[3].parts[0].text;
    expect(messageOf(JSON.stringify(envelope))).toMatch(
      /^Het bestand bevat geen geldige briefing: het veld "briefing.body\[3\].parts\[0\].text" ontbreekt/,
    );
    const wrongLevel = JSON.parse(serializeBriefing(richBriefing()));
    wrongLevel.briefing.body[0].level = 7;
    expect(messageOf(JSON.stringify(wrongLevel))).toMatch(/het veld "briefing.body\[0\].level" is ongeldig/);
  });
});

describe('numberNotes on a serialised briefing', () => {
  it('numbers notes in document order, also after passages are reordered', () => {
    const briefing = parseBriefingFile(serializeBriefing(richBriefing())).briefing;
    expect(numberNotes(briefing).map((note) => `${note.number}:${note.kind}:${note.ref}`)).toEqual([
      '1:user:u1',
      '2:quote:q1',
      '3:quote:q2',
      '4:citation:p1',
      '5:user:u2',
    ]);
    // Move the passage to the end: its notes and its citation now come last.
    const passage = briefing.body.splice(3, 1)[0]!;
    briefing.body.push(passage);
    expect(numberNotes(briefing).map((note) => `${note.number}:${note.text}`)).toEqual([
      '1:Zie ook de geannoteerde agenda.',
      '2:Eigen opmerking.',
      '3:Joint Statement, 15 december 2025',
      '4:Kamerstuk 36 045, nr. 215',
      `5:Kamerbrief "Stand van zaken", 6 januari 2026, Kamerstuk 36 045, nr. 264, alinea's 2–3`,
    ]);
  });
});

function collectKeys(value: unknown, keys = new Set<string>()): string[] {
  if (Array.isArray(value)) value.forEach((item) => collectKeys(item, keys));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      keys.add(key);
      collectKeys(item, keys);
    }
  }
  return [...keys].sort();
}
