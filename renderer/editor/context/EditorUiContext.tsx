import type { BaseSelection, NodeKey } from 'lexical';
import { createContext, useContext, useRef, useSyncExternalStore } from 'react';

import type { CitationStyle } from '../../../app/briefing/model';
import type { QuoteStatus } from '../../../app/ipc/contract';
import type { EditorNumbering } from '../plugins/NoteNumbering/number-notes';
import { createStore, type Store } from './store';

/** State derived from or kept beside the editor, read by decorator views and side panels. */
export interface EditorUi {
  numbering: Store<EditorNumbering>;
  citationStyle: Store<CitationStyle>;
  /** Result of the last "Citaten controleren", by passage id. */
  quoteStatuses: Store<ReadonlyMap<string, QuoteStatus>>;
  /** The passage whose trim dialog is open. */
  trimming: Store<NodeKey | null>;
  /** The user footnote reference whose text is being edited (its form is open). */
  editingFootnote: Store<NodeKey | null>;
  /** The open "insert footnote" or "add comment" form, with the selection it will act on. */
  form: Store<OpenForm | null>;
  /** The message shown in the briefing's alert/status region. */
  notice: Store<Notice | null>;
  /**
   * Unsent text of each form, by form: `footnote`, `comment`, `footnote:<node key>` (editing a
   * footnote). A form keeps its own draft while another form is open; sending or cancelling clears it.
   */
  drafts: Store<ReadonlyMap<string, string>>;
}

/**
 * An open input form: which one, and the editor's selection when it opened (focus then moves to
 * the form's field; the selection is restored when it is submitted).
 */
export interface OpenForm {
  kind: 'footnote' | 'comment' | 'link';
  selection: BaseSelection | null;
}

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

export function createEditorUi(): EditorUi {
  return {
    numbering: createStore<EditorNumbering>({ notes: [], refNumbers: new Map(), passages: new Map() }),
    citationStyle: createStore<CitationStyle>('footnote'),
    quoteStatuses: createStore<ReadonlyMap<string, QuoteStatus>>(new Map()),
    trimming: createStore<NodeKey | null>(null),
    editingFootnote: createStore<NodeKey | null>(null),
    form: createStore<OpenForm | null>(null),
    notice: createStore<Notice | null>(null),
    drafts: createStore<ReadonlyMap<string, string>>(new Map()),
  };
}

export const EditorUiContext = createContext<EditorUi | null>(null);

export function useEditorUi(): EditorUi {
  const ui = useContext(EditorUiContext);
  if (!ui) throw new Error('EditorUiContext ontbreekt');
  return ui;
}

/** Subscribes a component to one store of the editor UI. */
export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/**
 * Subscribes a component to a part of a store: `select` picks it from the store's value, and the
 * component renders again only when `equal` (default `Object.is`) says the part changed, so that
 * 500 passages do not all render again when a drop renumbers the notes after one of them. `select`
 * and `equal` must be pure; the previous part is returned while equal. Throws what they throw.
 */
export function useStoreSelector<T, S>(store: Store<T>, select: (value: T) => S, equal: (a: S, b: S) => boolean = Object.is): S {
  const last = useRef<{ part: S } | null>(null);
  const snapshot = () => {
    const part = select(store.get());
    if (last.current && equal(last.current.part, part)) return last.current.part;
    last.current = { part };
    return part;
  };
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}
