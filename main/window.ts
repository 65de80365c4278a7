import { join } from 'node:path';

import type { BrowserWindowConstructorOptions } from 'electron';
import { BrowserWindow, dialog } from 'electron';

import { windowTitle } from '../app/ipc/window-title';
import { APP_ORIGIN } from './security/app-protocol';

/** The main window's options: every item of Electron's security checklist that applies. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Dossier',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

/**
 * The mouse's back and forward buttons as Windows reports them (`app-command` browser-backward /
 * browser-forward) become the reader's Back and Forward; elsewhere the page sees them as mouse
 * buttons 3 and 4 (renderer/state/useReaderHistory).
 */
export function forwardAppCommands(window: BrowserWindow, send: (command: 'reader-back' | 'reader-forward') => void): void {
  window.on('app-command', (_event, name) => {
    if (name === 'browser-backward') send('reader-back');
    else if (name === 'browser-forward') send('reader-forward');
  });
}

export interface MainWindow {
  window: BrowserWindow;
  setStatus(name: string, dirty: boolean): void;
  /** The renderer is mounted and listens for menu commands and keys: the window is shown (and gets the focus). */
  rendererReady(): void;
}

/** A window whose renderer never says it is ready is shown this long (ms) after its first paint anyway. */
export const SHOW_FALLBACK_MS = 3000;

/**
 * Creates the window, loads the renderer from app:// (or the dev server), keeps the title in
 * step with the briefing (`windowTitle`: "• name — Dossier") and asks before closing with unsaved changes.
 * The window is shown once it has painted and its renderer is ready (`rendererReady`): shown at
 * its first paint, a Ctrl+N pressed at once reached a page that did not listen yet and was lost.
 * After SHOW_FALLBACK_MS from the first paint it is shown regardless.
 */
export function createMainWindow(outDir: string, devUrl?: string): MainWindow {
  const window = new BrowserWindow(mainWindowOptions(join(outDir, 'preload', 'index.cjs')));
  let dirty = false;
  let painted = false;
  let ready = false;
  let shown = false;
  const show = () => {
    if (shown || window.isDestroyed()) return;
    shown = true;
    window.show();
  };
  window.once('ready-to-show', () => {
    painted = true;
    if (ready) show();
    else setTimeout(show, SHOW_FALLBACK_MS);
  });
  window.on('close', (event) => {
    if (!dirty) return;
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Sluiten zonder opslaan', 'Annuleren'],
      defaultId: 1,
      cancelId: 1,
      title: 'Niet-opgeslagen wijzigingen',
      message: 'De notitie heeft wijzigingen die niet zijn opgeslagen.',
      detail: 'Een herstelkopie blijft bewaard; bij de volgende start biedt Dossier aan die te herstellen.',
    });
    if (choice === 1) event.preventDefault();
  });
  void window.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`);
  return {
    window,
    setStatus(name, isDirty) {
      dirty = isDirty;
      window.setTitle(windowTitle(name, isDirty));
      window.setDocumentEdited(isDirty);
    },
    rendererReady() {
      ready = true;
      if (painted) show();
    },
  };
}
