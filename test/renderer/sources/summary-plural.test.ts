import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import { sources } from '../../../renderer/i18n/strings/sources';

/** The sources report's summary line counts sources and quotes with the right plural in each language. */
describe('the sources dialog summary', () => {
  it('says 1 source, 1 quote and 2 sources, 3 quotes (nl and en)', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'en',
      resources: { nl: { translation: { sources: sources.nl } }, en: { translation: { sources: sources.en } } },
      interpolation: { escapeValue: false },
    });
    const summary = (language: 'nl' | 'en', sourceCount: number, passageCount: number) =>
      i18n.t('sources.summary', {
        lng: language,
        sources: i18n.t('sources.sourceCount', { lng: language, count: sourceCount }),
        passages: i18n.t('sources.passageCount', { lng: language, count: passageCount }),
      });
    expect(summary('en', 1, 1)).toBe('1 source, 1 quote; checked against the corpus as it is now.');
    expect(summary('en', 2, 3)).toBe('2 sources, 3 quotes; checked against the corpus as it is now.');
    expect(summary('nl', 1, 1)).toBe('1 bron, 1 citaat; gecontroleerd tegen het corpus zoals het nu is.');
    expect(summary('nl', 2, 3)).toBe('2 bronnen, 3 citaten; gecontroleerd tegen het corpus zoals het nu is.');
  });
});
