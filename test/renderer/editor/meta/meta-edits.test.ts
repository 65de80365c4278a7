import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  type ElementNode,
  type LexicalEditor,
  REDO_COMMAND,
  type TextNode,
  UNDO_COMMAND,
} from 'lexical';
import { describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../../app/briefing/model';
import { createMetaEdits } from '../../../../renderer/editor/meta/meta-edits';
import { briefingOf, headlessEditor, load, settled, update } from '../headless';

function setUp() {
  const editor = headlessEditor({ history: true });
  const briefing = emptyBriefing();
  briefing.properties.title = 'Nota Oekraïne';
  briefing.body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Inleiding' }] }];
  load(editor, briefing);
  return { editor, edits: createMetaEdits(editor) };
}

async function run(editor: LexicalEditor, command: typeof UNDO_COMMAND | typeof REDO_COMMAND): Promise<void> {
  editor.dispatchCommand(command, undefined);
  await settled();
}

/** Types `text` into the title field one character at a time, as the properties panel does. */
function typeTitle(editor: LexicalEditor, edits: ReturnType<typeof createMetaEdits>, text: string): void {
  for (const character of text) {
    const { properties } = briefingOf(editor);
    edits.setProperties({ ...properties, title: properties.title + character });
  }
}

describe('properties and citation style in the editor history', () => {
  it('undoes a title edit made right after loading, and redoes it', async () => {
    const { editor, edits } = setUp();
    edits.setProperties({ ...briefingOf(editor).properties, title: 'Nota Oekraïne (concept)' });
    expect(briefingOf(editor).properties.title).toBe('Nota Oekraïne (concept)');
    await run(editor, UNDO_COMMAND);
    expect(briefingOf(editor).properties.title).toBe('Nota Oekraïne');
    await run(editor, REDO_COMMAND);
    expect(briefingOf(editor).properties.title).toBe('Nota Oekraïne (concept)');
  });

  it('makes typing on in one field one undo step, and a different field a new one', async () => {
    const { editor, edits } = setUp();
    typeTitle(editor, edits, ' 2026');
    edits.setProperties({ ...briefingOf(editor).properties, author: 'J. Jansen' });
    expect(briefingOf(editor).properties).toMatchObject({ title: 'Nota Oekraïne 2026', author: 'J. Jansen' });
    await run(editor, UNDO_COMMAND);
    expect(briefingOf(editor).properties).toMatchObject({ title: 'Nota Oekraïne 2026', author: '' });
    await run(editor, UNDO_COMMAND);
    expect(briefingOf(editor).properties).toMatchObject({ title: 'Nota Oekraïne', author: '' });
  });

  it('keeps a text edit between two title edits as its own step', async () => {
    const { editor, edits } = setUp();
    typeTitle(editor, edits, ' A');
    update(editor, () => {
      $getRoot().getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow<TextNode>().select(9, 9);
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(' en slot');
    });
    typeTitle(editor, edits, 'B');
    const text = () => briefingOf(editor).body[0];
    expect(briefingOf(editor).properties.title).toBe('Nota Oekraïne AB');
    await run(editor, UNDO_COMMAND);
    expect(briefingOf(editor).properties.title).toBe('Nota Oekraïne A');
    expect(text()).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'Inleiding en slot' }] });
    await run(editor, UNDO_COMMAND);
    expect(text()).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'Inleiding' }] });
    expect(briefingOf(editor).properties.title).toBe('Nota Oekraïne A');
    await run(editor, UNDO_COMMAND);
    expect(briefingOf(editor).properties.title).toBe('Nota Oekraïne');
  });

  it('undoes and redoes a change of citation style', async () => {
    const { editor, edits } = setUp();
    edits.setCitationStyle('line');
    expect(briefingOf(editor).citationStyle).toBe('line');
    await run(editor, UNDO_COMMAND);
    expect(briefingOf(editor).citationStyle).toBe('footnote');
    await run(editor, REDO_COMMAND);
    expect(briefingOf(editor).citationStyle).toBe('line');
  });

  it('ignores an edit that changes nothing (no empty undo step)', async () => {
    const { editor, edits } = setUp();
    edits.setCitationStyle('line');
    edits.setProperties({ ...briefingOf(editor).properties });
    await run(editor, UNDO_COMMAND);
    expect(briefingOf(editor).citationStyle).toBe('footnote');
  });
});
