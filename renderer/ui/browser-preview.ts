/** True in the browser preview (no Electron main process to ask on close or to own the shortcuts). */
export function isBrowserPreview(): boolean {
  return document.querySelector('meta[name="dossier-preview-secret"]') !== null;
}
