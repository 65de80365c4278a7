/**
 * The briefing's top-level blocks are laid out lazily (`content-visibility: auto` on
 * `.editor-input > *`, BriefingPane.css): a block off screen counts with an estimated height
 * (`contain-intrinsic-size`, its last rendered height once it has been shown) until it is rendered.
 * A single `scrollIntoView` to a far block therefore computes its position from estimates, and the
 * blocks rendered on arrival change their heights: the target can end short of the view.
 */

/** Frames `scrollIntoViewSettled` keeps correcting at most (about half a second at 60 Hz). */
const MAX_FRAMES = 30;
/** Consecutive frames without movement after which the position counts as settled. */
const STABLE_FRAMES = 2;

/**
 * Scrolls `element` into view as `element.scrollIntoView(options)` does, then corrects the scroll
 * on the following animation frames while the blocks around it take their real heights: whenever
 * the element's top (viewport pixels, `getBoundingClientRect`) moved since the previous frame, it
 * scrolls again (instantly), and likewise while it is still outside the window (a scroll issued
 * while the blocks were still being measured can end short of it). Stops after two frames without
 * movement with the element in view, after 30 frames, or when the element left the document. Throws nothing; returns at once (the corrections run on later frames).
 */
export function scrollIntoViewSettled(element: Element, options: ScrollIntoViewOptions = {}): void {
  element.scrollIntoView(options);
  let top = element.getBoundingClientRect().top;
  let frames = MAX_FRAMES;
  let stable = 0;
  /** Whether any of the element shows in the window (the pane's own scroller lies within it). */
  const inView = (rect: DOMRect) => rect.bottom > 0 && rect.top < (element.ownerDocument.defaultView?.innerHeight ?? 0);
  const check = () => {
    if (!element.isConnected || frames-- <= 0) return;
    const rect = element.getBoundingClientRect();
    const now = rect.top;
    if (Math.abs(now - top) < 0.5 && inView(rect)) {
      if (++stable >= STABLE_FRAMES) return;
    } else {
      stable = 0;
      element.scrollIntoView({ ...options, behavior: 'instant' });
      top = element.getBoundingClientRect().top;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
