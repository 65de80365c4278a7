import { $getRoot, $isParagraphNode } from 'lexical';
import { describe, expect, it } from 'vitest';

import type { Passage } from '../../../app/briefing/model';
import { $createFootnoteRefNode, $isFootnoteRefNode, FootnoteRefNode } from '../../../renderer/editor/nodes/FootnoteRefNode';
import { $createPassageNode, $isPassageNode, PassageNode } from '../../../renderer/editor/nodes/PassageNode';
import { richBriefing } from '../../app/briefing/briefing-fixture';
import { headlessEditor, update } from './headless';

const passage = richBriefing().body.find((block): block is Passage => block.type === 'passage')!;
const notes = richBriefing().footnotes.filter((note) => note.origin === 'quote');

describe('PassageNode', () => {
  it('serialises its passage and notes and reads them back unchanged', () => {
    const editor = headlessEditor();
    let json: ReturnType<PassageNode['exportJSON']> | null = null;
    update(editor, () => {
      const node = $createPassageNode(passage, notes);
      $getRoot().append(node);
      json = node.exportJSON();
    });
    expect(json).toMatchObject({ type: 'dossier-passage', version: 1, passage, notes });
    update(editor, () => {
      const back = PassageNode.importJSON(JSON.parse(JSON.stringify(json)));
      expect($isPassageNode(back)).toBe(true);
      expect(back.getPassage()).toEqual(passage);
      expect(back.getNotes()).toEqual(notes);
    });
  });

  it('gives its quoted words with "[…]" as text content, and replaces its passage as one undoable value', () => {
    const editor = headlessEditor();
    update(editor, () => {
      const node = $createPassageNode(passage, notes);
      $getRoot().append(node);
      expect(node.getTextContent()).toBe('[…] leiders spraken in Berlijn. Daarna volgde Parijs.\nHet kabinet […]\n\n');
      node.setPassage({ ...passage, citation: 'Andere bron' }, []);
      expect(node.getPassage().citation).toBe('Andere bron');
      expect(node.getNotes()).toEqual([]);
    });
  });
});

describe('FootnoteRefNode', () => {
  it('serialises its note (id, origin, text) and is inline', () => {
    const editor = headlessEditor();
    update(editor, () => {
      const node = $createFootnoteRefNode({ id: 'u9', origin: 'user', text: 'Mijn noot.' });
      const paragraph = $getRoot().getFirstChild();
      if ($isParagraphNode(paragraph)) paragraph.append(node);
      const json = node.exportJSON();
      expect(json).toMatchObject({ type: 'dossier-footnote-ref', note: { id: 'u9', origin: 'user', text: 'Mijn noot.' } });
      const back = FootnoteRefNode.importJSON(json);
      expect($isFootnoteRefNode(back) && back.getNote()).toEqual({ id: 'u9', origin: 'user', text: 'Mijn noot.' });
      expect(back.isInline()).toBe(true);
      expect(back.setText('Nieuw.').getNote().text).toBe('Nieuw.');
    });
  });
});
