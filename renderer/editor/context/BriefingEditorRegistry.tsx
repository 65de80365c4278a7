import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalEditor } from 'lexical';
import { createContext, type ReactNode, useContext, useEffect, useState, useSyncExternalStore } from 'react';

import { createStore, type Store } from './store';

const RegistryContext = createContext<Store<LexicalEditor | null> | null>(null);

/**
 * Gives the whole window access to the briefing's editor, so that other panes (the reader) can
 * dispatch its commands (INSERT_PASSAGE_COMMAND) instead of sending window events. Wraps the panes;
 * the editor registers itself with `<RegisterBriefingEditor />` inside its composer.
 */
export function BriefingEditorRegistry({ children }: { children: ReactNode }) {
  const [store] = useState(() => createStore<LexicalEditor | null>(null));
  return <RegistryContext.Provider value={store}>{children}</RegistryContext.Provider>;
}

/** Registers the composer's editor for as long as it is mounted (render inside LexicalComposer). */
export function RegisterBriefingEditor() {
  const [editor] = useLexicalComposerContext();
  const store = useContext(RegistryContext);
  useEffect(() => {
    if (!store) return;
    store.set(editor);
    return () => {
      if (store.get() === editor) store.set(null);
    };
  }, [editor, store]);
  return null;
}

/** The briefing's editor, or null before it is mounted or outside a registry. */
export function useBriefingEditor(): LexicalEditor | null {
  const store = useContext(RegistryContext);
  const subscribe = store?.subscribe ?? noSubscribe;
  const get = store?.get ?? noEditor;
  return useSyncExternalStore(subscribe, get, get);
}

const noSubscribe = () => () => undefined;
const noEditor = () => null;
