import { describe, expect, it } from 'vitest';

import { nfcFootnote, nfcParagraph } from '../../../app/corpus/nfc';
import { parseLetter } from '../../../app/corpus/parse-letter';

describe('nfcParagraph', () => {
  it('composes decomposed letters and keeps anchors, links and comments on the same characters', () => {
    const text = 'Zoe\u0308 en Rene\u0301 lazen het.';
    const out = nfcParagraph({
      text,
      notes: [{ footnote: 'fn1', offset: text.indexOf(' lazen') }],
      links: [{ start: text.indexOf('Rene'), end: text.indexOf(' lazen'), href: 'https://example.org' }],
      comments: [{ start: 0, end: 4, author: 'A', date: '', text: 'Zoe\u0308?' }],
    });
    expect(out.text).toBe('Zoë en René lazen het.');
    expect(out.notes[0]?.offset).toBe(out.text.indexOf(' lazen'));
    expect(out.text.slice(out.links?.[0]?.start, out.links?.[0]?.end)).toBe('René');
    expect(out.text.slice(out.comments?.[0]?.start, out.comments?.[0]?.end)).toBe('Zoë');
    expect(out.comments?.[0]?.text).toBe('Zoë?');
  });

  it('returns text that is NFC already unchanged', () => {
    const p = { text: 'Yeşilgöz', notes: [] };
    expect(nfcParagraph(p)).toBe(p);
    expect(nfcFootnote({ id: 'fn1', label: '1', text: 'Oekrai\u0308ne' }).text).toBe('Oekraïne');
  });

  it('is applied when a letter is read', () => {
    const letter = parseLetter({ file: 'a.txt', hash: 'f'.repeat(64), text: 'De steun aan Oekrai\u0308ne gaat door.\n' });
    const all = letter.blocks.map((block) => block.text).join('\n');
    expect(all).toContain('Oekraïne');
    expect(all).toBe(all.normalize('NFC'));
  });
});
