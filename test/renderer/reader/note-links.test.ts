// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';

import { parseDocx } from '../../../app/corpus/docx/parse-docx';
import { initI18n } from '../../../renderer/i18n';
import { NotesList } from '../../../renderer/reader/NotesList';

const context = { notes: new Map(), titleOf: () => null, onOpenLetter: () => undefined };

describe("NotesList: a Word note's hyperlink is shown as a link with its target", () => {
  beforeAll(async () => {
    await initI18n();
  });

  it('pandoc-note-links.docx: each note shows its link text with the href as title', () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/docx/pandoc-note-links.docx')));
    const letter = parseDocx(bytes, 'noten.docx', 'h');
    document.body.innerHTML = renderToStaticMarkup(createElement(NotesList, { letter, context }));
    const shown = [...document.querySelectorAll('.note .doc-link')].map((el) => [el.textContent, el.getAttribute('title')]);
    expect(shown).toHaveLength(2);
    expect(shown[0]![0]).toBe('rijksoverheid.nl');
    expect(shown[0]![1]).toContain('https://www.rijksoverheid.nl/rapport');
    expect(shown[1]![0]).toBe('de Kamer');
    expect(shown[1]![1]).toContain('https://www.tweedekamer.nl/k');
    expect(document.querySelector('.note')!.textContent).toContain('Rapport op rijksoverheid.nl, blz. 4.');
  });
});
