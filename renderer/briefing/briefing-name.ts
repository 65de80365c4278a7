/** The name shown in the window title: the file's name without `.dossier`, else the title, else `fallback`. */
export function briefingName(path: string | null, title: string, fallback: string): string {
  if (path) {
    const base = path.split(/[\\/]/).pop() ?? path;
    return base.replace(/\.dossier$/i, '') || base;
  }
  return title.trim() || fallback;
}

/** `• name — Dossier` while there are unsaved changes (the one definition lives in app/ipc). */
export { windowTitle } from '../../app/ipc/window-title';
