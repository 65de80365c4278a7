import { describe, expect, it } from 'vitest';

import { noteParagraphs } from '../../../../app/export/common/note-paragraphs';

describe('noteParagraphs', () => {
  it('splits a multi-paragraph note at its newlines', () => {
    expect(noteParagraphs('Eerste alinea.\r\nTweede – ‘alinea’.')).toEqual(['Eerste alinea.', 'Tweede – ‘alinea’.']);
    expect(noteParagraphs('Kamerstuk 36 045, nr. 191.')).toEqual(['Kamerstuk 36 045, nr. 191.']);
  });
});
