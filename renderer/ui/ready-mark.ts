import { useEffect } from 'react';

/**
 * Marks the document ready, `<html data-ready="true">`, once the window's first render has run
 * its effects: every menu-command and shortcut handler (useCommands) is installed by then, so a
 * shortcut pressed from now on is taken (Ctrl+N pressed first thing was lost before). End-to-end
 * tests wait for the mark instead of for time. Call it in the root component only: React runs a
 * parent's effects after all of its children's.
 */
export function useReadyMark(): void {
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
  }, []);
}
