import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { MarkNode } from '@lexical/mark';
import { HeadingNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';

import { FootnoteRefNode } from './FootnoteRefNode';
import { PassageNode } from './PassageNode';

/** Every node kind a briefing may hold (the editor and the headless mapping register the same list). */
export const briefingNodes: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  ListNode,
  ListItemNode,
  MarkNode,
  LinkNode,
  PassageNode,
  FootnoteRefNode,
  TableNode,
  TableRowNode,
  TableCellNode,
];
