// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { NUMBER_SLOT, sameRows, writeNoteRows } from '../../../../../renderer/editor/plugins/Footnotes/note-rows-dom';
import type { EditorNote } from '../../../../../renderer/editor/plugins/NoteNumbering/number-notes';

const labels = {
  reveal: `Voetnoot ${NUMBER_SLOT} in de tekst tonen`,
  edit: `Voetnoot ${NUMBER_SLOT} bewerken`,
  remove: `Voetnoot ${NUMBER_SLOT} verwijderen`,
};

const note = (nodeKey: string, number: number, kind: EditorNote['kind'], text: string): EditorNote =>
  ({ nodeKey, number, kind, text, ref: `${nodeKey}-ref` }) as EditorNote;

/** Rows as FootnoteArea renders them: the number, and the labels that hold it, left out. */
function list(notes: EditorNote[]): HTMLOListElement {
  const ol = document.createElement('ol');
  ol.innerHTML = notes
    .map(
      (n) =>
        `<li><button class="ed-note-label"></button><span class="ed-note-text">${n.text}</span>${
          n.kind === 'user' ? '<span><button class="ed-note-action">✎</button><button class="ed-note-action">✕</button></span>' : ''
        }</li>`,
    )
    .join('');
  return ol;
}

const rows = (ol: HTMLOListElement) =>
  [...ol.querySelectorAll('li')].map((li) => ({
    value: li.value,
    label: li.querySelector('.ed-note-label')!.textContent,
    names: [...li.querySelectorAll('button')].map((button) => button.getAttribute('aria-label')),
    titles: [...li.querySelectorAll('button')].map((button) => button.getAttribute('title')),
  }));

describe('writeNoteRows', () => {
  it('writes number, value, names and tooltips into each row, and after a renumbering only into the rows whose number changed', () => {
    const before = [note('p1', 1, 'quote', 'Bron A'), note('f1', 2, 'user', 'Eigen noot')];
    const ol = list(before);
    writeNoteRows(ol, before, labels);
    expect(rows(ol)).toEqual([
      { value: 1, label: '1', names: ['Voetnoot 1 in de tekst tonen'], titles: ['Voetnoot 1 in de tekst tonen'] },
      {
        value: 2,
        label: '2',
        names: ['Voetnoot 2 in de tekst tonen', 'Voetnoot 2 bewerken', 'Voetnoot 2 verwijderen'],
        titles: ['Voetnoot 2 in de tekst tonen', 'Voetnoot 2 bewerken', 'Voetnoot 2 verwijderen'],
      },
    ]);

    const after = [note('p1', 1, 'quote', 'Bron A'), note('f1', 5, 'user', 'Eigen noot')];
    ol.querySelector('li')!.querySelector('.ed-note-label')!.textContent = 'untouched';
    writeNoteRows(ol, after, labels);
    expect(rows(ol)[0]!.label).toBe('untouched');
    expect(rows(ol)[1]).toMatchObject({
      value: 5,
      label: '5',
      names: ['Voetnoot 5 in de tekst tonen', 'Voetnoot 5 bewerken', 'Voetnoot 5 verwijderen'],
    });

    // Other labels (the interface language changed) are written into every row again.
    writeNoteRows(ol, after, { ...labels, reveal: `Show footnote ${NUMBER_SLOT} in the text` });
    expect(rows(ol).map((row) => row.names[0])).toEqual(['Show footnote 1 in the text', 'Show footnote 5 in the text']);
  });

  it('sameRows ignores numbers but not owners, kinds or texts', () => {
    const a = [note('p1', 1, 'quote', 'Bron A')];
    expect(sameRows(a, [note('p1', 7, 'quote', 'Bron A')])).toBe(true);
    expect(sameRows(a, [note('p2', 1, 'quote', 'Bron A')])).toBe(false);
    expect(sameRows(a, [note('p1', 1, 'quote', 'Bron B')])).toBe(false);
    expect(sameRows(a, [])).toBe(false);
  });
});
