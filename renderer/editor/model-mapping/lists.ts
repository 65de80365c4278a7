import { $createListItemNode, $createListNode, $isListItemNode, $isListNode, type ListNode, type ListType } from '@lexical/list';

import { type BriefingFootnote, type List, type ListItem, MAX_LIST_LEVEL } from '../../../app/briefing/model';
import { $inlinesOf, $nodesOfInlines, type NoteCollector } from './inlines';

/*
 * Lexical nests a sub-list as a ListNode inside an otherwise empty "wrapper" ListItemNode that
 * follows the parent item (`<li>A</li><li><ol><li>A.1</li></ol></li>`); the model keeps a flat list
 * whose items carry their depth (`level`) and, for a nested item of the other kind, `ordered`
 * (see app/briefing/model.ts). These two functions map one onto the other.
 */

const listType = (ordered: boolean): ListType => (ordered ? 'number' : 'bullet');

/**
 * The model list of a Lexical ListNode (inside `read`): items in document order, each nested
 * ListNode's items one level deeper (deeper than MAX_LIST_LEVEL counts as MAX_LIST_LEVEL);
 * `level` and `ordered` are left out when they are the defaults (0, the list's kind).
 */
export function $listOfNode(node: ListNode, notes: NoteCollector): List {
  const ordered = node.getListType() === 'number';
  return { type: 'list', ordered, items: $itemsOf(node, ordered, 0, notes) };
}

function $itemsOf(list: ListNode, topOrdered: boolean, depth: number, notes: NoteCollector): ListItem[] {
  const level = Math.min(depth, MAX_LIST_LEVEL);
  const ordered = list.getListType() === 'number';
  const items: ListItem[] = [];
  for (const item of list.getChildren()) {
    if (!$isListItemNode(item)) continue;
    const nested = item.getChildren().filter($isListNode);
    if (nested.length > 0) {
      for (const inner of nested) items.push(...$itemsOf(inner, topOrdered, depth + 1, notes));
      continue;
    }
    items.push({
      children: $inlinesOf(item, notes),
      ...(level > 0 ? { level } : {}),
      ...(level > 0 && ordered !== topOrdered ? { ordered } : {}),
    });
  }
  return items;
}

/**
 * The Lexical ListNode of a model list (inside `update`): an item deeper than the one before it
 * opens a nested ListNode in a wrapper item (one per level skipped over), an item at a shallower
 * level closes the deeper lists, and a nested item of another kind than its predecessor at the
 * same level starts a new sibling list of its kind, as Lexical itself nests lists.
 */
export function $nodeOfList(list: List, notes: ReadonlyMap<string, BriefingFootnote>): ListNode {
  const top = $createListNode(listType(list.ordered));
  const open: ListNode[] = [top];
  for (const item of list.items) {
    const level = item.level ?? 0;
    const type = level === 0 ? listType(list.ordered) : listType(item.ordered ?? list.ordered);
    open.length = Math.min(open.length, level + 1);
    const current = open[level];
    if (current && current.getListType() !== type) open.length = level;
    while (open.length <= level) {
      const parent = open[open.length - 1] as ListNode;
      const nested = $createListNode(open.length === level ? type : parent.getListType());
      parent.append($createListItemNode().append(nested));
      open.push(nested);
    }
    (open[level] as ListNode).append($createListItemNode().append(...$nodesOfInlines(item.children, notes)));
  }
  return top;
}
