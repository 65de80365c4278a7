/**
 * The window title for a briefing: `• name — Dossier` while there are unsaved changes,
 * `name — Dossier` otherwise. The one format: the renderer sets it as the document title, main
 * as the native window title after `briefingSetStatus`, the preview keeps it for its tests.
 * Control characters in `name` become spaces.
 */
export function windowTitle(name: string, dirty: boolean): string {
  const shown = name.replace(/\p{Cc}+/gu, ' ').trim(); // a title with control characters stays one line
  return `${dirty ? '• ' : ''}${shown} — Dossier`;
}
