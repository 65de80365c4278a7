// @vitest-environment happy-dom
import { $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../../../app/briefing/ids';
import { emptyBriefing } from '../../../../../app/briefing/model';
import { createPassage } from '../../../../../app/briefing/passage';
import { createStore } from '../../../../../renderer/editor/context/store';
import { loadIntoEditor } from '../../../../../renderer/editor/model-mapping/from-briefing';
import { briefingNodes } from '../../../../../renderer/editor/nodes';
import { registerNoteNumberWriter } from '../../../../../renderer/editor/plugins/NoteNumbering/note-number-dom';
import type { EditorNumbering } from '../../../../../renderer/editor/plugins/NoteNumbering/number-notes';
import { registerNoteNumbering } from '../../../../../renderer/editor/plugins/NoteNumbering/register-numbering';
import { $insertPassage } from '../../../../../renderer/editor/plugins/Passages/insert-passage';
import { sampleLetter } from '../../../../app/briefing/letter-fixture';

function domEditor(): LexicalEditor {
  const editor = createEditor({ namespace: 'numbers-test', nodes: [...briefingNodes], onError: (error) => void (error as never) });
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.append(root);
  editor.setRootElement(root);
  loadIntoEditor(editor, emptyBriefing());
  return editor;
}

const quote = (start: number, end: number, prefix: string) =>
  createPassage(sampleLetter(), { start: { block: 'b1', offset: start }, end: { block: 'b1', offset: end } }, counterIds(prefix));

/** What PassageComponent renders for a passage's numbers: an empty sup per reference, then the citation's. */
function fakeView(editor: LexicalEditor, key: string, refs: number): HTMLElement {
  const host = editor.getElementByKey(key)!;
  host.innerHTML = `<figure>${'<sup class="ed-note-number" data-ref=""></sup>'.repeat(refs)}<sup class="ed-note-number ed-citation-number"></sup></figure>`;
  return host;
}

const shown = (host: HTMLElement) => [...host.querySelectorAll('sup')].map((sup) => (sup.hidden ? '-' : sup.textContent));

describe('note numbers written into the views (registerNoteNumberWriter)', () => {
  it('rewrites a passage’s numbers when a passage with notes is dropped before it, and leaves unchanged ones alone', () => {
    const editor = domEditor();
    const store = createStore<EditorNumbering>({ notes: [], refNumbers: new Map(), passages: new Map() });
    registerNoteNumbering(editor, () => 'footnote', store.set);
    registerNoteNumberWriter(editor, store);

    const later = quote(0, 30, 'a');
    let key = '';
    editor.update(() => void (key = $insertPassage(later.passage, later.footnotes, { end: true }).getKey()), { discrete: true });
    const refs = store.get().passages.get(key)!.refs.length;
    const host = fakeView(editor, key, refs);
    // The view is new: nothing written yet (in the app its layout effect writes them).
    expect(shown(host).every((text) => text === '')).toBe(true);

    const first = quote(31, 52, 'b');
    editor.update(
      () => void $insertPassage(first.passage, first.footnotes, { key: $getRoot().getFirstChild()!.getKey(), position: 'before' }),
      {
        discrete: true,
      },
    );
    const numbers = store.get().passages.get(key)!;
    const firstNotes = store.get().notes.filter((note) => note.nodeKey !== key).length;
    expect(firstNotes).toBeGreaterThan(0);
    // Every number of the later passage moved up by the first passage's notes, and shows so.
    expect(numbers.citation).toBe(firstNotes + refs + 1);
    expect(shown(host)).toEqual([...numbers.refs.map(String), String(numbers.citation)]);

    // A write that changes nothing leaves the elements as they are (an edited text stays).
    host.querySelector('sup')!.textContent = 'x';
    store.set({ ...store.get() });
    expect(host.querySelector('sup')!.textContent).toBe('x');
  });
});

describe('note numbers of passages off screen (registerNoteNumberWriter)', () => {
  it('writes a skipped passage’s new numbers when Chromium is about to render it, not before', () => {
    const editor = domEditor();
    const store = createStore<EditorNumbering>({ notes: [], refNumbers: new Map(), passages: new Map() });
    registerNoteNumbering(editor, () => 'footnote', store.set);
    registerNoteNumberWriter(editor, store);
    const later = quote(0, 30, 'c');
    let key = '';
    editor.update(() => void (key = $insertPassage(later.passage, later.footnotes, { end: true }).getKey()), { discrete: true });
    const host = fakeView(editor, key, store.get().passages.get(key)!.refs.length);
    // Off screen: content-visibility skips it, as Chromium reports.
    host.dispatchEvent(Object.assign(new Event('contentvisibilityautostatechange'), { skipped: true }));

    const first = quote(31, 52, 'd');
    editor.update(
      () => void $insertPassage(first.passage, first.footnotes, { key: $getRoot().getFirstChild()!.getKey(), position: 'before' }),
      {
        discrete: true,
      },
    );
    expect(shown(host).every((text) => text === '')).toBe(true);
    host.dispatchEvent(Object.assign(new Event('contentvisibilityautostatechange'), { skipped: false }));
    const numbers = store.get().passages.get(key)!;
    expect(shown(host)).toEqual([...numbers.refs.map(String), String(numbers.citation)]);
  });
});
