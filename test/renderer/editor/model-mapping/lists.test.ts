import { $createListItemNode, $createListNode, $isListItemNode, $isListNode, type ListItemNode, type ListType } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';

import { type Briefing, BriefingSchema, emptyBriefing, type List } from '../../../../app/briefing/model';
import { briefingOf, headlessEditor, load, update } from '../headless';

/** The Lexical tree of the root's lists as text: `number[A, [bullet[A.1]]]`. */
function $shape(node: LexicalNode): string {
  if ($isListNode(node)) return `${node.getListType()}[${node.getChildren().map($shape).join(', ')}]`;
  if ($isListItemNode(node)) {
    const first = node.getFirstChild();
    return $isListNode(first) ? `[${node.getChildren().map($shape).join(', ')}]` : node.getTextContent();
  }
  return $isElementNode(node) ? `p(${node.getTextContent()})` : node.getTextContent();
}

const shapeOf = (editor: ReturnType<typeof headlessEditor>): string[] =>
  editor.getEditorState().read(() => $getRoot().getChildren().map($shape));

const item = (text: string): ListItemNode => $createListItemNode().append($createTextNode(text));

/** A numbered list nested as the user makes it: Tab (setIndent) on items, a bulleted sub-list inside it. */
function buildNested(editor: ReturnType<typeof headlessEditor>): void {
  update(editor, () => {
    const list = $createListNode('number');
    const items = ['Eerste', 'Sub een', 'Sub twee', 'Subsub', 'Tweede', 'Punt', 'Derde'].map(item);
    list.append(...items);
    $getRoot()
      .clear()
      .append($createParagraphNode().append($createTextNode('Vooraf')), list);
    items[1]?.setIndent(1);
    items[2]?.setIndent(1);
    items[3]?.setIndent(2);
    items[5]?.setIndent(1);
    // The sub-list under "Tweede" is bulleted: its ListNode gets the other type.
    const sub = items[5]?.getParent();
    if ($isListNode(sub)) sub.setListType('bullet' as ListType);
  });
}

describe('nested lists: Lexical ⇄ briefing model', () => {
  it('maps nested ListNodes to item levels, with `ordered` only on a nested item of the other kind', () => {
    const editor = headlessEditor();
    buildNested(editor);
    const list = briefingOf(editor).body[1] as List;
    expect(list).toEqual({
      type: 'list',
      ordered: true,
      items: [
        { children: [{ type: 'text', text: 'Eerste' }] },
        { children: [{ type: 'text', text: 'Sub een' }], level: 1 },
        { children: [{ type: 'text', text: 'Sub twee' }], level: 1 },
        { children: [{ type: 'text', text: 'Subsub' }], level: 2 },
        { children: [{ type: 'text', text: 'Tweede' }] },
        { children: [{ type: 'text', text: 'Punt' }], level: 1, ordered: false },
        { children: [{ type: 'text', text: 'Derde' }] },
      ],
    });
    expect(BriefingSchema.safeParse(briefingOf(editor)).success).toBe(true);
  });

  it('rebuilds the same Lexical nesting from the model (save and reopen)', () => {
    const editor = headlessEditor();
    buildNested(editor);
    const before = shapeOf(editor);
    expect(before).toEqual(['p(Vooraf)', 'number[Eerste, [number[Sub een, Sub twee, [number[Subsub]]]], Tweede, [bullet[Punt]], Derde]']);
    const saved = briefingOf(editor);
    const reopened = headlessEditor();
    load(reopened, BriefingSchema.parse(JSON.parse(JSON.stringify(saved))));
    expect(shapeOf(reopened)).toEqual(before);
    expect(briefingOf(reopened)).toEqual(saved);
  });

  it('opens a level skipped over and splits a level where the kind changes', () => {
    const briefing: Briefing = emptyBriefing();
    briefing.body = [
      {
        type: 'list',
        ordered: false,
        items: [
          { children: [{ type: 'text', text: 'A' }] },
          { children: [{ type: 'text', text: 'diep' }], level: 2 },
          { children: [{ type: 'text', text: 'genummerd' }], level: 1, ordered: true },
          { children: [{ type: 'text', text: 'bullet' }], level: 1 },
        ],
      },
    ];
    const editor = headlessEditor();
    load(editor, briefing);
    expect(shapeOf(editor)).toEqual(['bullet[A, [bullet[[bullet[diep]]]], [number[genummerd]], [bullet[bullet]]]']);
    expect(briefingOf(editor)).toEqual(briefing);
  });

  it('reads files without levels as flat lists and rejects an `ordered` override at level 0', () => {
    const flat = { type: 'list', ordered: true, items: [{ children: [{ type: 'text', text: 'x' }] }] };
    const file = { ...emptyBriefing(), body: [flat] };
    expect(BriefingSchema.parse(file).body[0]).toEqual(flat);
    const bad = { ...emptyBriefing(), body: [{ ...flat, items: [{ children: [], ordered: false }] }] };
    const result = BriefingSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'Alleen een ingesprongen lijstitem (niveau 1 of dieper) kan een eigen lijstsoort hebben.',
    );
    const tooDeep = { ...emptyBriefing(), body: [{ ...flat, items: [{ children: [], level: 5 }] }] };
    expect(BriefingSchema.safeParse(tooDeep).success).toBe(false);
  });
});
