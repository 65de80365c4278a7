import { useEffect, useState } from 'react';

import { bridge } from '../bridge/api';
import { LETTER_PASSAGE_MIME } from '../editor/plugins/Passages/passage-transfer';

const carriesFiles = (event: DragEvent): boolean =>
  !!event.dataTransfer && event.dataTransfer.types.includes('Files') && !event.dataTransfer.types.includes(LETTER_PASSAGE_MIME);

/**
 * Folders or files dropped from the desktop anywhere on the window: their local paths (Electron's
 * webUtils via `pathForFile`) go to `onPaths`; `onNoPaths` when none could be resolved (a browser).
 * Drops another handler already took (the briefing editor) are left alone.
 */
export function useFileDrop(onPaths: (paths: string[]) => void, onNoPaths: () => void): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => carriesFiles(e) && (depth++, setOver(true));
    const leave = (e: DragEvent) => carriesFiles(e) && --depth <= 0 && ((depth = 0), setOver(false));
    const overHandler = (e: DragEvent) => {
      if (!carriesFiles(e) || e.defaultPrevented) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      depth = 0;
      setOver(false);
      if (!carriesFiles(e) || e.defaultPrevented) return;
      e.preventDefault();
      const paths = [...e.dataTransfer!.files].map((f) => bridge().pathForFile(f)).filter((p): p is string => !!p);
      if (paths.length > 0) onPaths(paths);
      else onNoPaths();
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('drop', drop);
    };
  }, [onPaths, onNoPaths]);
  return over;
}
