/**
 * The briefing's top-level blocks are laid out lazily (`content-visibility: auto` on
 * `.editor-input > *`, BriefingPane.css): a block off screen counts with an estimated height
 * (`contain-intrinsic-size`, its last rendered height once it has been shown) until it is rendered.
 * A single `scrollIntoView` to a far block therefore computes its position from estimates, and the
 * blocks rendered on arrival change their heights: the target can end short of the view.
 */

/** How long `scrollIntoViewSettled` keeps correcting at most, in milliseconds (frames are slow under load). */
const MAX_MS = 2000;
/** Consecutive frames without movement, in view, after which the position counts as settled. */
const STABLE_FRAMES = 3;

/** The nearest ancestor that scrolls vertically (`overflow-y` auto or scroll), or null for the window. */
function scrollParent(element: Element): Element | null {
  const view = element.ownerDocument.defaultView;
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = view?.getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return node;
  }
  return null;
}

/**
 * Whether `rect` shows inside the window and inside the scroll container's visible box
 * (`scroller.getBoundingClientRect()`, viewport pixels): wholly when it fits in that box, else in part.
 */
function shows(rect: DOMRect, scroller: Element | null, windowHeight: number): boolean {
  let top = 0;
  let bottom = windowHeight;
  if (scroller) {
    const box = scroller.getBoundingClientRect();
    top = Math.max(top, box.top);
    bottom = Math.min(bottom, box.bottom);
  }
  if (rect.height <= bottom - top) return rect.top >= top - 0.5 && rect.bottom <= bottom + 0.5;
  return rect.bottom > top && rect.top < bottom;
}

/**
 * Scrolls `element` into view as `element.scrollIntoView(options)` does, then corrects the scroll
 * on the following animation frames while the blocks around it take their real heights: whenever
 * the element's top or height (viewport pixels, `getBoundingClientRect`) changed since the previous
 * frame, or the element does not show inside its scroll container and the window (wholly, when it fits), it scrolls again
 * (instantly). Stops after three frames without movement with the element showing, after two
 * seconds, when the element left the document, or as soon as the user scrolls, clicks or types
 * (their scroll wins). Throws nothing; returns at once (the corrections run on later frames).
 */
export function scrollIntoViewSettled(element: Element, options: ScrollIntoViewOptions = {}): void {
  const document = element.ownerDocument;
  const view = document.defaultView;
  element.scrollIntoView(options);
  const scroller = scrollParent(element);
  const deadline = performance.now() + MAX_MS;
  let { top, height } = element.getBoundingClientRect();
  let stable = 0;
  let userMoved = false;
  const stop = () => (userMoved = true);
  const events = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;
  for (const type of events) document.addEventListener(type, stop, { capture: true, passive: true });
  const finish = () => {
    for (const type of events) document.removeEventListener(type, stop, { capture: true });
  };
  const check = () => {
    if (userMoved || !element.isConnected || performance.now() > deadline) return finish();
    const rect = element.getBoundingClientRect();
    if (Math.abs(rect.top - top) < 0.5 && Math.abs(rect.height - height) < 0.5 && shows(rect, scroller, view?.innerHeight ?? 0)) {
      if (++stable >= STABLE_FRAMES) return finish();
    } else {
      stable = 0;
      element.scrollIntoView({ ...options, behavior: 'instant' });
      ({ top, height } = element.getBoundingClientRect());
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
