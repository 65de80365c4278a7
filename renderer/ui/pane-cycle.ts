import { useEffect } from 'react';

/**
 * Where the focus lands in each pane, in pane order (library, reader, briefing): the element of the
 * first selector that matches in the pane, else the pane itself (it has tabIndex -1).
 */
const PANES: readonly { pane: string; focus: readonly string[] }[] = [
  { pane: '.pane-library', focus: ['.letter-list', '#library-search'] },
  { pane: '.pane-reader', focus: ['article.reader', '.pane-status'] },
  { pane: '.pane-briefing', focus: ['.editor-input'] },
];

/** Puts the focus into pane `index` (0 library, 1 reader, 2 briefing); false when the pane is not there. */
export function focusPane(index: number): boolean {
  const entry = PANES[index];
  const pane = entry ? document.querySelector<HTMLElement>(entry.pane) : null;
  if (!entry || !pane) return false;
  const target = entry.focus.map((selector) => pane.querySelector<HTMLElement>(selector)).find(Boolean) ?? pane;
  if (target.tabIndex < 0 && !target.isContentEditable && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus();
  return true;
}

/**
 * F6 and Shift+F6 move the focus to the next and previous of the three panes (as in Office and
 * browsers), wrapping around; from outside any pane F6 goes to the library, Shift+F6 to the briefing.
 */
export function usePaneCycle(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F6' || event.ctrlKey || event.altKey || event.metaKey) return;
      event.preventDefault();
      const active = document.activeElement;
      const current = PANES.findIndex(({ pane }) => active?.closest(pane));
      const step = event.shiftKey ? -1 : 1;
      const next = current < 0 ? (event.shiftKey ? PANES.length - 1 : 0) : (current + step + PANES.length) % PANES.length;
      focusPane(next);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
