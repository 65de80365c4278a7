import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createNodeSelection,
  $getNodeByKey,
  $getSelection,
  $isDecoratorNode,
  $isNodeSelection,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type BaseSelection,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useCallback, useSyncExternalStore } from 'react';

/** Which nodes of one editor are selected, with one subscription list per node key. */
export interface SelectedNodes {
  /** Whether the node is selected now (as `LexicalNode.isSelected()` says for the latest state). */
  has(key: NodeKey): boolean;
  /** Calls `listener` when the node's selected state flips; returns the unsubscribe function. */
  subscribe(key: NodeKey, listener: () => void): () => void;
}

const registries = new WeakMap<LexicalEditor, SelectedNodes>();

/**
 * The selected nodes of `editor`, shared by all decorator views: one update listener for the whole
 * editor (registered while anyone subscribes) instead of one per view, as `useLexicalNodeSelection`
 * has (500 passages made 500 listeners, each asking for the selection's nodes on every keystroke).
 * After each update it takes the selection's nodes once and notifies only the keys whose state
 * flipped. The rule is Lexical's `isSelected`: a node the selection covers, except that a
 * collapsed selection between elements selects no decorator (an inline decorator at the end of its
 * paragraph is asked itself).
 */
export function selectedNodes(editor: LexicalEditor): SelectedNodes {
  let registry = registries.get(editor);
  if (!registry) {
    registry = createSelectedNodes(editor);
    registries.set(editor, registry);
  }
  return registry;
}

function createSelectedNodes(editor: LexicalEditor): SelectedNodes {
  const listeners = new Map<NodeKey, Set<() => void>>();
  let selected: ReadonlySet<NodeKey> = new Set();
  let unregister: (() => void) | null = null;

  const refresh = () => {
    const next = editor.read('latest', () => $selectedKeys($getSelection()));
    const before = selected;
    selected = next;
    for (const key of before) if (!next.has(key)) notify(key);
    for (const key of next) if (!before.has(key)) notify(key);
  };
  const notify = (key: NodeKey) => {
    for (const listener of listeners.get(key) ?? []) listener();
  };

  return {
    has: (key) => selected.has(key),
    subscribe(key, listener) {
      if (!unregister) {
        selected = editor.read('latest', () => $selectedKeys($getSelection()));
        unregister = editor.registerUpdateListener(refresh);
      }
      let own = listeners.get(key);
      if (!own) listeners.set(key, (own = new Set()));
      own.add(listener);
      return () => {
        own.delete(listener);
        if (own.size === 0) listeners.delete(key);
        if (listeners.size === 0 && unregister) {
          unregister();
          unregister = null;
        }
      };
    },
  };
}

/** The keys of the nodes `selection` selects, by the rule of `selectedNodes` (inside `read`). */
function $selectedKeys(selection: BaseSelection | null): ReadonlySet<NodeKey> {
  const keys = new Set<NodeKey>();
  if (selection === null) return keys;
  const betweenElements = $isRangeSelection(selection) && selection.anchor.type === 'element' && selection.focus.type === 'element';
  if (betweenElements && selection.isCollapsed()) {
    for (const node of selection.getNodes()) if ($isTextNode(node)) keys.add(node.getKey());
    return keys;
  }
  for (const node of selection.getNodes()) {
    if (betweenElements && $isDecoratorNode(node) && node.isInline() && !node.isSelected(selection)) continue;
    keys.add(node.getKey());
  }
  return keys;
}

/**
 * Selects (`true`) or deselects the node, as `useLexicalNodeSelection`'s setter does: a range
 * selection becomes a node selection, except when deselecting a node it does not cover (the caret stays).
 */
export function setNodeSelected(editor: LexicalEditor, key: NodeKey, select: boolean): void {
  editor.update(() => {
    let selection = $getSelection();
    if (!$isNodeSelection(selection)) {
      const node = select ? null : $getNodeByKey(key);
      if (node !== null && !node.isSelected()) return;
      selection = $createNodeSelection();
      $setSelection(selection);
    }
    if ($isNodeSelection(selection)) {
      if (select) selection.add(key);
      else selection.delete(key);
    }
  });
}

/** Empties a node selection (a range selection stays), as `useLexicalNodeSelection`'s clear does. */
export function clearNodeSelection(editor: LexicalEditor): void {
  editor.update(() => {
    const selection = $getSelection();
    if ($isNodeSelection(selection)) selection.clear();
  });
}

/**
 * `useLexicalNodeSelection` on the shared listener of `selectedNodes`: whether the node is
 * selected, a setter and a clear; the view renders again only when its own node's state flips.
 */
export function useNodeSelection(key: NodeKey): [selected: boolean, setSelected: (select: boolean) => void, clear: () => void] {
  const [editor] = useLexicalComposerContext();
  const nodes = selectedNodes(editor);
  const subscribe = useCallback((listener: () => void) => nodes.subscribe(key, listener), [nodes, key]);
  const isSelected = useCallback(() => nodes.has(key), [nodes, key]);
  const selected = useSyncExternalStore(subscribe, isSelected, isSelected);
  const setSelected = useCallback((select: boolean) => setNodeSelected(editor, key, select), [editor, key]);
  const clear = useCallback(() => clearNodeSelection(editor), [editor]);
  return [selected, setSelected, clear];
}
