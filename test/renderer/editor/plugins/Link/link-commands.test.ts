import {
  $createNodeSelection,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $setSelection,
  type ElementNode,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../../../app/briefing/ids';
import { emptyBriefing } from '../../../../../app/briefing/model';
import { createPassage } from '../../../../../app/briefing/passage';
import { createEditorUi } from '../../../../../renderer/editor/context/EditorUiContext';
import { OPEN_LINK_FORM_COMMAND } from '../../../../../renderer/editor/plugins/Link/link-commands';
import { $applyLink, $removeLink, $selectedLinkUrl } from '../../../../../renderer/editor/plugins/Link/link-edit';
import { registerLinkCommands } from '../../../../../renderer/editor/plugins/Link/register-links';
import { $insertPassage, $passageNodes } from '../../../../../renderer/editor/plugins/Passages/insert-passage';
import { sampleLetter } from '../../../../app/briefing/letter-fixture';
import { briefingOf, headlessEditor, load, update } from '../../headless';

const SENTENCE = 'Zie de site van het Rijk.';

function setUp() {
  const editor = headlessEditor({ history: true });
  const ui = createEditorUi();
  registerLinkCommands(editor, ui);
  load(editor, emptyBriefing());
  update(editor, () => {
    $getRoot()
      .clear()
      .append($createParagraphNode().append($createTextNode(SENTENCE)));
  });
  return { editor, ui };
}

const selectWords = (start: number, end: number) =>
  $getRoot().getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow<TextNode>().select(start, end);

describe('links in own text (issue 19)', () => {
  it('OPEN_LINK_FORM_COMMAND opens the link form with the selection; $applyLink links, changes and $removeLink removes', () => {
    const { editor, ui } = setUp();
    update(editor, () => (selectWords(4, 11), editor.dispatchCommand(OPEN_LINK_FORM_COMMAND, undefined)));
    expect(ui.form.get()?.kind).toBe('link');
    update(editor, () => (selectWords(4, 11), $applyLink('https://www.rijksoverheid.nl/')));
    expect(briefingOf(editor).body[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Zie ' },
        { type: 'text', text: 'de site', link: 'https://www.rijksoverheid.nl/' },
        { type: 'text', text: ' van het Rijk.' },
      ],
    });
    expect(briefingOf(editor).version).toBe(2);
    // The caret inside the link: its address is shown, changed, then the link removed (words kept).
    const inLink = () =>
      $getRoot().getFirstChildOrThrow<ElementNode>().getChildAtIndex<ElementNode>(1)!.getFirstChildOrThrow<TextNode>().select(2, 2);
    expect(editor.getEditorState().read(() => $selectedLinkUrl(null))).toBeNull();
    update(editor, () => {
      inLink();
      expect($selectedLinkUrl()).toBe('https://www.rijksoverheid.nl/');
      $applyLink('mailto:postbus@minbuza.nl');
    });
    expect(JSON.stringify(briefingOf(editor).body[0])).toContain('"link":"mailto:postbus@minbuza.nl"');
    update(editor, () => (inLink(), $removeLink()));
    expect(briefingOf(editor).body[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: SENTENCE }] });
    expect(briefingOf(editor).version).toBe(1);
  });

  it('is refused on a selected quoted passage, with the passage hint', () => {
    const { editor, ui } = setUp();
    const range = { start: { block: 'b1', offset: 0 }, end: { block: 'b1', offset: 52 } };
    const { passage, footnotes } = createPassage(sampleLetter(), range, counterIds('t'));
    update(editor, () => void $insertPassage(passage, footnotes, { end: true }));
    update(editor, () => {
      const selection = $createNodeSelection();
      selection.add($passageNodes()[0]!.getKey());
      $setSelection(selection);
      expect(editor.dispatchCommand(OPEN_LINK_FORM_COMMAND, undefined)).toBe(true);
    });
    expect(ui.form.get()).toBeNull();
    expect(ui.notice.get()?.kind).toBe('info'); // the passage hint (links.notInPassage; i18n is not loaded here)
  });
});
