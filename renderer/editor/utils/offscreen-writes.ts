/**
 * Writes into views that may be off screen. The briefing's top-level blocks and the notes list have
 * `content-visibility: auto`: Chromium skips rendering their contents while they are far from the
 * view and says so with a `contentvisibilityautostatechange` event (`skipped` true or false) on the
 * element whenever that changes, also when it is first decided. A drop renumbers every note after
 * it, about 250 passages and 400 note rows in a long briefing, of which a handful are on screen:
 * writing the rest in the drop's own task took ~6 ms. Here a write into a skipped element waits
 * until Chromium is about to render its contents (the event with `skipped` false, which comes
 * before that frame is drawn) or for idle time, whichever is first.
 */

/** Idle-time scheduling, as `requestIdleCallback` / `cancelIdleCallback` (replaceable in tests). */
export interface IdleScheduler {
  request(callback: (deadline: { timeRemaining(): number }) => void, options: { timeout: number }): number;
  cancel(handle: number): void;
}

/** At most this long an idle slice writes, in ms (a key landing meanwhile waits at most that). */
const SLICE_MS = 4;
/** A pending write is done after this long at the latest, in ms, even without idle time. */
const IDLE_TIMEOUT_MS = 1000;

export interface OffscreenWrites<K> {
  /**
   * Runs `write(key)` now when `element` (an element with `content-visibility: auto`) is not
   * skipped or its state was never reported; else when it is about to be rendered or in idle time.
   * A later call for the same key replaces the earlier one (one write, then, of what is current).
   */
  write(element: Element, key: K): void;
  /** Runs every pending write now. */
  flush(): void;
  /** Stops listening; pending writes are dropped. */
  dispose(): void;
}

/**
 * Defers writes into skipped elements under `container` (whose `contentvisibilityautostatechange`
 * events it hears in the capture phase, so from any descendant). `write` is called with the key and
 * must read what is current at that moment.
 */
export function offscreenWrites<K>(
  container: HTMLElement,
  write: (key: K) => void,
  idle: IdleScheduler = browserIdle(),
): OffscreenWrites<K> {
  const skipped = new WeakSet<Element>();
  const pending = new Map<K, Element>();
  let handle: number | null = null;

  const runFor = (element: Element) => {
    for (const [key, target] of pending) {
      if (target !== element) continue;
      pending.delete(key);
      write(key);
    }
  };
  const slice = (deadline: { timeRemaining(): number }) => {
    handle = null;
    const end = performance.now() + Math.min(SLICE_MS, Math.max(deadline.timeRemaining(), 1));
    for (const [key] of pending) {
      pending.delete(key);
      write(key);
      if (performance.now() >= end) break;
    }
    schedule();
  };
  const schedule = () => {
    if (handle === null && pending.size > 0) handle = idle.request(slice, { timeout: IDLE_TIMEOUT_MS });
  };
  const onState = (event: Event) => {
    const target = event.target as Element;
    if ((event as Event & { skipped?: boolean }).skipped) {
      skipped.add(target);
      return;
    }
    skipped.delete(target);
    runFor(target);
  };
  container.addEventListener('contentvisibilityautostatechange', onState, { capture: true });

  return {
    write(element, key) {
      if (!skipped.has(element)) {
        pending.delete(key);
        write(key);
        return;
      }
      pending.set(key, element);
      schedule();
    },
    flush() {
      for (const [key] of pending) {
        pending.delete(key);
        write(key);
      }
    },
    dispose() {
      container.removeEventListener('contentvisibilityautostatechange', onState, { capture: true });
      pending.clear();
      if (handle !== null) idle.cancel(handle);
      handle = null;
    },
  };
}

/** The browser's idle callbacks; where there are none (happy-dom in unit tests), a 50 ms timer with a full slice. */
function browserIdle(): IdleScheduler {
  if (typeof requestIdleCallback === 'function') {
    return {
      request: (callback, options) => requestIdleCallback(callback, options),
      cancel: (handle) => cancelIdleCallback(handle),
    };
  }
  return {
    request: (callback) => setTimeout(() => callback({ timeRemaining: () => SLICE_MS }), 50) as unknown as number,
    cancel: (handle) => clearTimeout(handle),
  };
}

/** The child of `root` that holds `element` (the top-level block a footnote reference stands in), or null. */
export function topLevelBlock(element: Element, root: Element): Element | null {
  let node: Element | null = element;
  while (node && node.parentElement !== root) node = node.parentElement;
  return node;
}
