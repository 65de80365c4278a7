/**
 * A top-level block inserted where the user looks (a drop) is rendered in its first frame without
 * the second pass that `content-visibility: auto` costs there: Chromium first lays out a new such
 * block as skipped, then finds it in view and runs layout, pre-paint and the intersection check of
 * the whole briefing (~1,100 blocks) a second time in the same frame. The block gets
 * `content-visibility: visible` until the browser is idle (at most IDLE_TIMEOUT_MS), then the
 * stylesheet's `auto` again, so that check happens in a frame no user action waits for.
 */

/** The block goes back to `auto` after this long at the latest, in ms, even without idle time. */
const IDLE_TIMEOUT_MS = 2000;

/** Idle-time scheduling, as `requestIdleCallback` (replaceable in tests). */
export type RequestIdle = (callback: () => void, options: { timeout: number }) => void;

const browserIdle: RequestIdle = (callback, options) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, options);
  else setTimeout(callback, 50);
};

/** Renders `element` (a child of the editor's root) at once, as described above; a no-op if it already is. */
export function renderAtOnce(element: HTMLElement, idle: RequestIdle = browserIdle): void {
  if (element.style.contentVisibility === 'visible') return;
  element.style.contentVisibility = 'visible';
  idle(
    () => {
      element.style.removeProperty('content-visibility');
      if (element.getAttribute('style') === '') element.removeAttribute('style');
    },
    { timeout: IDLE_TIMEOUT_MS },
  );
}
