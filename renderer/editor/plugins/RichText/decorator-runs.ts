import type { NodeKey } from 'lexical';

/** How many runs the decorator portals are spread over (`runOfKey`). */
export const DECORATOR_RUNS = 64;

/**
 * The run (0 … DECORATOR_RUNS − 1) a decorator node's portal belongs to: FNV-1a (32 bit) of its
 * node key, so a node stays in its run whatever is inserted or removed around it. The runs render
 * separately (DecoratorPortals): a passage dropped into a briefing of 1,300 decorators renders
 * one run of about 20 portals again, not all of them.
 */
export function runOfKey(key: NodeKey): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    value ^= key.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0) % DECORATOR_RUNS;
}

/** One decorator node as rendered: the decorator (React element), the DOM element it goes into, and what was built for that pair. */
export interface DecoratorEntry<D, P> {
  decorator: D;
  element: HTMLElement;
  portal: P;
}

/**
 * Builds the portals of the current decorators, reusing the previous entry of every node whose
 * decorator and DOM element are the same objects as before (Lexical keeps a node's decorator
 * until the node changes), so unchanged nodes keep the identical portal and React skips them.
 * `decorators`: Lexical's key → decorator map (`editor.getDecorators()`); `elementOf`: the node's
 * DOM element (`editor.getElementByKey`), null when not in the DOM (such a node gets no portal);
 * `build` makes a new portal. Returns the new entries by key and the portals by run (`runOfKey`),
 * each run in the map's order.
 */
export function decoratorRuns<D, P>(
  decorators: Readonly<Record<NodeKey, D>>,
  previous: ReadonlyMap<NodeKey, DecoratorEntry<D, P>>,
  elementOf: (key: NodeKey) => HTMLElement | null,
  build: (key: NodeKey, decorator: D, element: HTMLElement) => P,
): { entries: Map<NodeKey, DecoratorEntry<D, P>>; runs: P[][] } {
  const entries = new Map<NodeKey, DecoratorEntry<D, P>>();
  const runs: P[][] = Array.from({ length: DECORATOR_RUNS }, () => []);
  for (const key in decorators) {
    const element = elementOf(key);
    if (element === null) continue;
    const decorator = decorators[key]!;
    let entry = previous.get(key);
    if (!entry || entry.decorator !== decorator || entry.element !== element) {
      entry = { decorator, element, portal: build(key, decorator, element) };
    }
    entries.set(key, entry);
    runs[runOfKey(key)]!.push(entry.portal);
  }
  return { entries, runs };
}

/** Whether two runs hold the same portals (the same objects) in the same order. */
export function sameRun<P>(a: readonly P[], b: readonly P[]): boolean {
  return a.length === b.length && a.every((portal, index) => portal === b[index]);
}
