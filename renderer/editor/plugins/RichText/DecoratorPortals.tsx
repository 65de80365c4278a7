import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import type { LexicalEditor, NodeKey } from 'lexical';
import { type JSX, memo, type ReactPortal, Suspense, useMemo, useRef, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';

import { type DecoratorEntry, decoratorRuns, sameRun } from './decorator-runs';

/**
 * The React views of the editor's decorator nodes (passages, footnote references), each in a portal
 * into the node's DOM element inside an error boundary and Suspense, as Lexical's RichTextPlugin
 * renders them (`useReactDecorators`). Unlike that list, which builds every portal anew on each
 * change of the decorators (an insert re-renders ~1,300 error boundaries), an unchanged node keeps
 * its portal object and the portals render in runs (decorator-runs.ts), so a drop renders one run.
 */
export function DecoratorPortals({ editor }: { editor: LexicalEditor }) {
  const [subscribe, snapshot, subscribeRoot, rootSnapshot] = useMemo(
    () =>
      [
        (listener: () => void) => editor.registerDecoratorListener(listener),
        () => editor.getDecorators<JSX.Element>(),
        (listener: () => void) => editor.registerRootListener(listener),
        () => editor.getRootElement(),
      ] as const,
    [editor],
  );
  const decorators = useSyncExternalStore(subscribe, snapshot, snapshot);
  const root = useSyncExternalStore(subscribeRoot, rootSnapshot, rootSnapshot);
  const entries = useRef(new Map<NodeKey, DecoratorEntry<JSX.Element, ReactPortal>>());
  const runs = useMemo(() => {
    void root; // a new root element means new DOM elements: found again below
    const onError = (error: Error) => editor._onError(error);
    const built = decoratorRuns(
      decorators,
      entries.current,
      (key) => editor.getElementByKey(key),
      (key, decorator, element) =>
        createPortal(
          <LexicalErrorBoundary onError={onError}>
            <Suspense fallback={null}>{decorator}</Suspense>
          </LexicalErrorBoundary>,
          element,
          key,
        ),
    );
    entries.current = built.entries;
    return built.runs;
  }, [decorators, editor, root]);
  return runs.map((portals, index) => <PortalRun key={index} portals={portals} />);
}

// memo: a run whose portals are all the same objects renders nothing again.
const PortalRun = memo(
  function PortalRun({ portals }: { portals: ReactPortal[] }) {
    return portals;
  },
  (a, b) => sameRun(a.portals, b.portals),
);
