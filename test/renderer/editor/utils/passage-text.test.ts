// @vitest-environment happy-dom
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import type { Passage } from '../../../../app/briefing/model';
import { TrimPreview } from '../../../../renderer/editor/plugins/Trim/TrimPreview';
import { passageCopyText, passageHtml, passagePlainText, passageTextWithCitation } from '../../../../renderer/editor/utils/passage-text';
import { quoteListBriefing, quoteListLetter } from '../../../app/briefing/quote-list-fixture';

// Issue 13 (session 10 tester): the trim dialog's preview and text dragged or copied out of the briefing showed a
// quoted list without its labels. The letter is libreoffice-quote-list.docx: items 1.–3. (numbers in the text), two
// nested bullet items (their bullet the label, printed apart) under item 2.
const listPassage = (): Passage => {
  const letter = quoteListLetter();
  for (const block of letter.blocks) if (block.kind === 'list-item' && !block.label) block.label = '–';
  return quoteListBriefing(letter).body[0] as Passage;
};

describe('a quoted list as other programs get it', () => {
  it('copied or dragged as plain text: each bullet before its words, a tab per level; numbers once, as quoted', () => {
    const passage = listPassage();
    const bullet = passage.parts[2]!.label!;
    const lines = [
      '1. Meer steun voor luchtverdediging.',
      '2. Een fonds voor de wederopbouw:',
      `\t${bullet} herstel van de energie-infrastructuur;`,
      `\t${bullet} herbouw van scholen.`,
      '3. Verlenging van de sancties.',
    ];
    expect(passageCopyText(passage)).toBe(lines.join('\n'));
    expect(passageTextWithCitation(passage)).toBe(`${lines.join('\n')}\n(${passage.citation})`);
    // The word count counts the quoted words only.
    expect(passagePlainText(passage)).not.toContain(bullet);
  });

  it('as HTML: the label in the paragraph, the nested items one list step further in', () => {
    const passage = listPassage();
    const bullet = passage.parts[2]!.label!;
    document.body.innerHTML = passageHtml(passage);
    const paragraphs = [...document.querySelectorAll('blockquote p')];
    expect(paragraphs.map((p) => [p.textContent, (p as HTMLElement).style.marginLeft])).toEqual([
      ['1. Meer steun voor luchtverdediging.', ''],
      ['2. Een fonds voor de wederopbouw:', ''],
      [`${bullet} herstel van de energie-infrastructuur;`, '18pt'],
      [`${bullet} herbouw van scholen.`, '18pt'],
      ['3. Verlenging van de sancties.', ''],
    ]);
  });

  it('in the trim dialog’s preview: the label before the words (outside the quoted part) and the level, as in the briefing', () => {
    const passage = listPassage();
    const bullet = passage.parts[2]!.label!;
    document.body.innerHTML = renderToStaticMarkup(createElement(TrimPreview, { passage }));
    const paragraphs = [...document.querySelectorAll('p')];
    expect(paragraphs.map((p) => [p.querySelector('.ed-list-label')?.textContent ?? null, p.dataset.level ?? null])).toEqual([
      [null, null],
      [null, null],
      [bullet, '1'],
      [bullet, '1'],
      [null, null],
    ]);
    // The quoted words (what a selection in the preview maps back to) stay the words alone.
    expect(paragraphs[2]!.querySelector('[data-part]')!.textContent).toBe('herstel van de energie-infrastructuur;');
    expect(paragraphs[2]!.textContent).toBe(`${bullet}herstel van de energie-infrastructuur;`);
  });
});
