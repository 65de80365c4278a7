// @vitest-environment happy-dom
import i18next from 'i18next';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, describe, expect, it } from 'vitest';

import type { Letter } from '../../../app/corpus/types';
import { initI18n } from '../../../renderer/i18n';
import { MetaPanel } from '../../../renderer/reader/MetaPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const letter: Letter = {
  file: 'a.docx',
  format: 'docx',
  hash: 'h',
  title: null,
  date: '2019-01-01',
  kind: null,
  ministry: null,
  signatories: [],
  references: [],
  keys: [],
  blocks: [],
  footnotes: [],
  citations: [],
  citedBy: [],
};

const dateShown = async (shown: Letter) => {
  document.body.innerHTML = '<div></div>';
  const root = createRoot(document.body.firstElementChild!);
  await act(async () => root.render(createElement(MetaPanel, { letter: shown, onSaved: () => undefined })));
  const text = document.querySelector('dd')!.textContent;
  await act(async () => root.unmount());
  return text;
};

describe('MetaPanel: where the date comes from', () => {
  beforeAll(async () => {
    await initI18n();
  });

  it("names the file's creation date as such (nl/en), and shows the letter's own date without a hint", async () => {
    await act(async () => void (await i18next.changeLanguage('nl')));
    expect(await dateShown({ ...letter, dateSource: 'file-properties' })).toBe('1 januari 2019 (datum uit bestandseigenschappen)');
    expect(await dateShown(letter)).toBe('1 januari 2019');
    await act(async () => void (await i18next.changeLanguage('en')));
    expect(await dateShown({ ...letter, dateSource: 'file-properties' })).toBe('1 January 2019 (date from file properties)');
    await act(async () => void (await i18next.changeLanguage('nl')));
  });
});
