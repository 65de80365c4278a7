// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { cleanClipboardHtml } from '../../../../../renderer/editor/plugins/Paste/clipboard-html';
import { LIBREOFFICE_HTML, WORD_HTML } from './word-samples';

const squash = (html: string) => html.replace(/\s+/g, ' ').replace(/> </g, '><').trim();

describe('cleanClipboardHtml (issue 18: paste keeps what the briefing holds)', () => {
  it('keeps Word’s headings, formats from tags and styles, allowed links, and drops the rest', () => {
    const html = cleanClipboardHtml(WORD_HTML);
    expect(html).not.toMatch(
      /style=|class=|mso|<o:p|<img|<v:|<span|<font|Calibri|color|javascript|_ftn|JJ1|\[1\]|Voetnoottekst|Commentaar|supportLists|<!--/i,
    );
    expect(squash(html)).toContain('<h1>Aanleiding</h1>');
    expect(squash(html)).toContain('<b>Vet</b>');
    expect(html).toContain('<i>cursief</i>');
    expect(html).toContain('<u>onderstreept</u>');
    expect(html).toContain('<u>ook onder</u>');
    expect(html).toContain('<s>doorgehaald</s>');
    expect(html).toContain('H<sub>2</sub>O');
    expect(html).toContain('m<sup>3</sup>');
    expect(html).toContain('<a href="https://www.rijksoverheid.nl/onderwerpen">de site</a>');
    expect(html).toMatch(/en kwaad/); // the javascript: link is plain text
    expect(html).toContain('gemarkeerd'); // highlight and font gone, words kept
    expect(html).toContain('Na de afbeelding');
    expect(html).toContain('<h3>Kleine kop</h3>');
  });

  it('turns Word’s mso-list paragraphs into nested lists at their levels, numbered or bulleted by their label', () => {
    const html = squash(cleanClipboardHtml(WORD_HTML));
    expect(html).toContain('<ol><li>Eerste punt<ol><li>Deelpunt</li></ol></li><li>Tweede punt</li></ol>');
    expect(html).toContain('<ul><li>Een bolletje</li></ul>');
    expect(html).not.toMatch(/1\.|a\.\s|·/);
  });

  it('drops a list label that stands only between <![if !supportLists]> and <![endif]> (no mso-list:Ignore mark)', () => {
    const item = (level: number, label: string, text: string) =>
      `<p class=MsoListParagraph style='margin-left:${36 * level}pt;text-indent:-18pt;mso-list:l0 level${level} lfo1'><![if !supportLists]><span style='font-family:Symbol'>${label}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>${text}</p>`;
    const bullets = `<html><body><!--StartFragment-->${item(1, '·', 'Punt een')}${item(2, 'o', 'Subpunt een-a')}${item(1, '·', 'Punt twee')}<!--EndFragment--></body></html>`;
    expect(squash(cleanClipboardHtml(bullets))).toBe('<ul><li>Punt een<ul><li>Subpunt een-a</li></ul></li><li>Punt twee</li></ul>');
    const numbered = `<html><body>${item(1, '1.', 'Eerste')}${item(1, '2.', 'Tweede')}</body></html>`;
    expect(squash(cleanClipboardHtml(numbered))).toBe('<ol><li>Eerste</li><li>Tweede</li></ol>');
  });

  it('keeps LibreOffice’s nested lists, headings, formats and a mailto link; drops fonts and colours', () => {
    const html = squash(cleanClipboardHtml(LIBREOFFICE_HTML));
    expect(html).not.toMatch(/font|color|style=|class=|Liberation/i);
    expect(html).toContain('<h2>Kernpunten</h2>');
    expect(html).toContain('<b>Vet rood</b>');
    expect(html).toContain('<i>schuin</i>');
    expect(html).toContain('<u>onder</u>');
    expect(html).toContain('<strike>weg</strike>');
    expect(html).toContain('<a href="mailto:postbus@minbuza.nl">mail ons</a>');
    expect(html).toContain('<ul><li><p>Punt een</p><ul><li><p>Sub een</p></li></ul></li><li><p>Punt twee</p></li></ul>');
  });
});
