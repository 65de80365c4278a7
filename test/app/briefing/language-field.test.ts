import { describe, expect, it } from 'vitest';

import { parseBriefingFile, serializeBriefing } from '../../../app/briefing/file-format';
import { emptyBriefing } from '../../../app/briefing/model';
import { exportLanguage } from '../../../app/export/common/labels';

describe('the briefing’s export language (properties.language)', () => {
  it('is absent in older files and new briefings, which export in Dutch; an English one survives a save and an open', () => {
    const briefing = emptyBriefing();
    expect(briefing.properties.language).toBeUndefined();
    expect(serializeBriefing(briefing)).not.toContain('"language"');
    expect(exportLanguage(parseBriefingFile(serializeBriefing(briefing)).briefing.properties)).toBe('nl');
    const english = { ...briefing, properties: { ...briefing.properties, language: 'en' as const } };
    expect(parseBriefingFile(serializeBriefing(english)).briefing.properties.language).toBe('en');
  });

  it('refuses a language other than nl or en', () => {
    const text = serializeBriefing(emptyBriefing()).replace('"keywords": []', '"keywords": [],\n      "language": "fr"');
    expect(() => parseBriefingFile(text)).toThrow(/language/);
  });
});
