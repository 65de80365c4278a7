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
}

/**
 * Creates the window, loads the renderer from app:// (or the dev server), keeps the title in
 * step with the briefing (`windowTitle`: "• name — Dossier") and asks before closing with unsaved changes.
 */
export function createMainWindow(outDir: string, devUrl?: string): MainWindow {
  const window = new BrowserWindow(mainWindowOptions(join(outDir, 'preload', 'index.cjs')));
  let dirty = false;
  window.once('ready-to-show', () => window.show());
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
  };
}
