import { $isLinkNode } from '@lexical/link';
import { $getRoot, $isElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';

import type { Briefing } from '../../../../app/briefing/model';
import { richBriefing } from '../../../app/briefing/briefing-fixture';
import { briefingOf, headlessEditor, load } from '../headless';

const SITE = 'https://www.rijksoverheid.nl/';

function withParagraph(children: Briefing['body'][number] & { type: 'paragraph' }): Briefing {
  const briefing = richBriefing();
  briefing.body.splice(1, 0, children);
  return briefing;
}

describe('editor ↔ model: version 2 formats and links (issue 18 finding 7, issue 19)', () => {
  it('round-trips underline, strikethrough, sub/superscript and links, also inside a comment range', () => {
    const briefing = withParagraph({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Onder', underline: true },
        { type: 'text', text: 'door', strikethrough: true, bold: true },
        { type: 'text', text: 'CO' },
        { type: 'text', text: '2', subscript: true },
        { type: 'text', text: 'm' },
        { type: 'text', text: '3', superscript: true, italic: true },
        { type: 'text', text: ' zie ' },
        { type: 'text', text: 'de site', link: SITE },
        { type: 'text', text: ' van het Rijk', link: SITE, bold: true },
        { type: 'text', text: ' en ' },
        { type: 'text', text: 'de postbus', link: 'mailto:postbus@minbuza.nl', comments: ['a1'] },
        { type: 'text', text: ' (met opmerking)', comments: ['a1'] },
      ],
    });
    const editor = headlessEditor();
    load(editor, briefing);
    expect(briefingOf(editor)).toEqual({ ...briefing, version: 2 });
    // One LinkNode holds both runs of the first link.
    const links = editor.getEditorState().read(() => {
      const paragraph = $getRoot().getChildAtIndex(1);
      return $isElementNode(paragraph)
        ? paragraph
            .getChildren()
            .filter($isLinkNode)
            .map((link) => link.getTextContent())
        : [];
    });
    expect(links).toEqual(['de site van het Rijk']);
  });

  it('drops a link whose address the model refuses, keeping its words', () => {
    const briefing = withParagraph({ type: 'paragraph', children: [{ type: 'text', text: 'klik', link: SITE }] });
    const editor = headlessEditor();
    load(editor, briefing);
    editor.update(
      () => {
        const paragraph = $getRoot().getChildAtIndex(1);
        const link = $isElementNode(paragraph) ? paragraph.getFirstChild() : null;
        if ($isLinkNode(link)) link.setURL('javascript:alert(1)');
      },
      { discrete: true },
    );
    expect(briefingOf(editor).body[1]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'klik' }] });
  });
});
