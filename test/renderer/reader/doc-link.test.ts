// @vitest-environment happy-dom
import { createElement } from 'react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import type { TextLink } from '../../../app/corpus/types';
import { initI18n } from '../../../renderer/i18n';
import { InlineText } from '../../../renderer/reader/InlineText';
import { blockTextLength } from '../../../renderer/reader/selection-range';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const PUBLICATION = 'https://zoek.officielebekendmakingen.nl/kst-36045-264';
const text = 'Zie de brief en de website van de Kamer.';
const range = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const links: TextLink[] = [
  { ...range('de brief'), href: PUBLICATION },
  { ...range('de website van de Kamer'), href: 'https://www.tweedekamer.nl/' },
];
const context = { notes: new Map(), titleOf: () => null, onOpenLetter: () => undefined };

const render = async () => {
  document.body.innerHTML = '<p data-block="b1"></p>';
  const el = document.querySelector('[data-block]')!;
  await act(async () => createRoot(el).render(createElement(InlineText, { text, anchors: [], citations: [], links, context })));
  return el;
};

describe('Word hyperlinks in the reader', () => {
  beforeAll(async () => {
    await initI18n();
  });

  it('shows link text as a link with its target as title; only an official publication is clickable, through openExternal', async () => {
    const openExternal = vi.fn(async () => ({ ok: true, value: { opened: true } }));
    (window as unknown as { dossier: unknown }).dossier = { openExternal };
    const el = await render();
    expect(el.textContent).toBe(text);
    expect(blockTextLength(el)).toBe(text.length);
    const anchors = [...el.querySelectorAll('a')];
    expect(anchors.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['de brief', PUBLICATION]]);
    expect(anchors[0]!.getAttribute('title')).toBe(`Openen in de browser: ${PUBLICATION}`);
    const shown = el.querySelector('.doc-link-shown')!;
    expect([shown.tagName, shown.textContent, shown.getAttribute('title')]).toEqual([
      'SPAN',
      'de website van de Kamer',
      'Link naar https://www.tweedekamer.nl/ (Dossier opent alleen officiële publicaties)',
    ]);
    await act(async () => anchors[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
    expect(openExternal).toHaveBeenCalledWith({ url: PUBLICATION });
    await act(async () => shown.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});
