import { describe, expect, it } from 'vitest';

import { parseBriefingFile, serializeBriefing } from '../../../app/briefing/file-format';
import { fileVersionOf } from '../../../app/briefing/file-version';
import { isLinkUrl, normalizeLinkUrl } from '../../../app/briefing/link-url';
import { type Briefing, BriefingSchema, type TextInline } from '../../../app/briefing/model';
import { richBriefing } from './briefing-fixture';

/** The rich briefing with one more paragraph holding these runs. */
function withRuns(...runs: TextInline[]): Briefing {
  const briefing = richBriefing();
  briefing.body.push({ type: 'paragraph', children: runs });
  return briefing;
}

describe('link addresses (issue 19, Links)', () => {
  it.each([
    'https://www.rijksoverheid.nl/',
    'http://example.org/a?b=c#d',
    'https://zoek.officielebekendmakingen.nl/kst-36045-264',
    'mailto:postbus@minbuza.nl',
    'mailto:a.b@minbuza.nl?subject=Nota',
    'HTTPS://EXAMPLE.NL',
  ])('keeps %s', (url) => expect(isLinkUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'ftp://example.org/',
    'https://',
    'https:///path',
    'https://exa mple.nl',
    'https://example.nl/"onmouseover="x',
    'https://example.nl/\n',
    'mailto:',
    'mailto:nobody',
    '//example.nl',
    '',
    `https://example.nl/${'a'.repeat(2000)}`,
  ])('refuses %j', (url) => expect(isLinkUrl(url)).toBe(false));

  it('completes what a user types, never into a refused scheme', () => {
    expect(normalizeLinkUrl(' www.rijksoverheid.nl ')).toBe('https://www.rijksoverheid.nl');
    expect(normalizeLinkUrl('rijksoverheid.nl/onderwerpen')).toBe('https://rijksoverheid.nl/onderwerpen');
    expect(normalizeLinkUrl('postbus@minbuza.nl')).toBe('mailto:postbus@minbuza.nl');
    expect(normalizeLinkUrl('https://example.org/x')).toBe('https://example.org/x');
    expect(normalizeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeLinkUrl('file:///C:/x')).toBeNull();
    expect(normalizeLinkUrl('data:text/plain,x')).toBeNull();
    expect(normalizeLinkUrl('geen adres')).toBeNull();
    expect(normalizeLinkUrl('')).toBeNull();
  });
});

describe('version 2 text formats and links in the .dossier file', () => {
  it('writes version 1 while nothing needs 2, version 2 when a run is underlined or a link', () => {
    expect(fileVersionOf(richBriefing())).toBe(1);
    expect(serializeBriefing(richBriefing())).toMatch(/^\{\n {2}"format": "dossier-briefing",\n {2}"version": 1,/);
    for (const extra of [
      { underline: true },
      { strikethrough: true },
      { subscript: true },
      { superscript: true },
      { link: 'https://www.rijksoverheid.nl/' },
    ]) {
      const briefing = withRuns({ type: 'text', text: 'x', ...extra });
      expect(fileVersionOf(briefing)).toBe(2);
      const text = serializeBriefing(briefing);
      expect(text).toMatch(/^\{\n {2}"format": "dossier-briefing",\n {2}"version": 2,\n {2}"briefing": \{\n {4}"version": 2,/);
      const read = parseBriefingFile(text);
      expect(read.notices).toEqual([]);
      expect(read.briefing.body.at(-1)).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'x', ...extra }] });
    }
  });

  it('round-trips every format and a link spanning runs', () => {
    const briefing = withRuns(
      { type: 'text', text: 'H', underline: true },
      { type: 'text', text: '2', subscript: true },
      { type: 'text', text: 'O', strikethrough: true, bold: true },
      { type: 'text', text: 'e', superscript: true, italic: true },
      { type: 'text', text: 'de ', link: 'https://www.rijksoverheid.nl/' },
      { type: 'text', text: 'regering', link: 'https://www.rijksoverheid.nl/', bold: true, comments: ['a1'] },
    );
    const { briefing: read } = parseBriefingFile(serializeBriefing(briefing));
    expect(read).toEqual({ ...briefing, version: 2 });
  });

  it('refuses a file with a javascript:, file: or data: link, or with sub- and superscript at once', () => {
    for (const link of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x']) {
      const text = serializeBriefing(withRuns({ type: 'text', text: 'x', link: 'https://ok.nl/' })).replace('https://ok.nl/', link);
      expect(() => parseBriefingFile(text)).toThrow(/geen geldige briefing.*link/);
      expect(() => serializeBriefing(withRuns({ type: 'text', text: 'x', link }))).toThrow(/kan niet worden opgeslagen/);
    }
    expect(BriefingSchema.safeParse(withRuns({ type: 'text', text: 'x', subscript: true, superscript: true })).success).toBe(false);
  });

  it('a version 1 file is read as it is, a version 5 file is refused as newer', () => {
    const text = serializeBriefing(richBriefing());
    expect(parseBriefingFile(text)).toEqual({ briefing: richBriefing(), notices: [] });
    expect(() => parseBriefingFile(text.replace(/"version": 1/g, '"version": 5'))).toThrow(
      /nieuwere versie van Dossier \(versie 5\).*tot en met versie 4/,
    );
  });
});
