import { describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../app/briefing/model';
import { withCommentAuthors } from '../../../renderer/briefing/comment-authors';

describe('withCommentAuthors', () => {
  const briefing = () => {
    const b = emptyBriefing();
    b.annotations = [
      { id: 'a1', author: '', date: '2026-01-01T10:00:00Z', text: 'Zonder naam' },
      { id: 'a2', author: 'P. de Vries', date: '2026-01-01T10:00:00Z', text: 'Met naam' },
    ];
    return b;
  };
  it('names comments without an author after the user, else the briefing author; others keep theirs', () => {
    expect(withCommentAuthors(briefing(), 'J. Jansen').annotations.map((a) => a.author)).toEqual(['J. Jansen', 'P. de Vries']);
    const b = briefing();
    b.properties.author = 'A. Auteur';
    expect(withCommentAuthors(b, ' ').annotations.map((a) => a.author)).toEqual(['A. Auteur', 'P. de Vries']);
    expect(withCommentAuthors(briefing(), '').annotations[0]!.author).toBe('');
  });
});
