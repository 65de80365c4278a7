import { describe, expect, it } from 'vitest';

import { NATIVE_TEXT, NATIVE_WORDS, nativeText } from '../../main/native-text';

describe('main/native-text: one keyed table of the menu and dialog words', () => {
  it('every key has a Dutch and a different English word', () => {
    for (const [key, words] of Object.entries(NATIVE_WORDS)) {
      expect(words.nl.trim(), key).not.toBe('');
      expect(words.en.trim(), key).not.toBe('');
      expect(words.en, key).not.toBe(words.nl);
    }
  });

  it('gives each language the same shape, the export words grouped by kind', () => {
    expect(Object.keys(nativeText('en')).sort()).toEqual(Object.keys(nativeText('nl')).sort());
    expect(NATIVE_TEXT.en.exportTitle.pdf).toBe('Export to PDF');
    expect(NATIVE_TEXT.nl.exportFilter.docx).toBe('Word-document');
    expect(NATIVE_TEXT.en.letters).toBe('Letters (Word, PDF, text)');
  });
});
