import { dirname, isAbsolute, join } from 'node:path';

import type { BrowserWindow } from 'electron';
import { dialog } from 'electron';

import type { Dialogs } from './ipc/ports';
import { interfaceLanguage } from './language';
import { NATIVE_TEXT } from './native-text';

/**
 * Native dialogs attached to the main window, their titles, buttons and file-type filters in the
 * interface language at the moment each opens (main/language.ts; words in main/native-text.ts).
 */
export function electronDialogs(window: () => BrowserWindow | undefined): Dialogs {
  const parent = () => window() as BrowserWindow;
  const text = () => NATIVE_TEXT[interfaceLanguage()];
  // The folder of the last file saved or exported: the next save or export starts there.
  let lastFolder: string | null = null;
  const inLastFolder = (name: string) => (lastFolder && !isAbsolute(name) ? join(lastFolder, name) : name);
  const remember = (path: string | undefined) => {
    if (path) lastFolder = dirname(path);
    return path ?? null;
  };
  return {
    async openCorpus() {
      const result = await dialog.showOpenDialog(parent(), {
        title: text().openCorpus,
        buttonLabel: text().open,
        properties: ['openDirectory', 'openFile', 'multiSelections'],
        filters: [{ name: text().letters, extensions: ['docx', 'pdf', 'txt'] }],
      });
      return result.canceled ? null : result.filePaths;
    },
    async openBriefing() {
      const result = await dialog.showOpenDialog(parent(), {
        title: text().openBriefing,
        buttonLabel: text().open,
        properties: ['openFile'],
        filters: [{ name: text().briefingFile, extensions: ['dossier'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async saveBriefing(suggestedName) {
      const result = await dialog.showSaveDialog(parent(), {
        title: text().saveBriefing,
        buttonLabel: text().save,
        defaultPath: inLastFolder(suggestedName),
        filters: [{ name: text().briefingFile, extensions: ['dossier'] }],
      });
      return result.canceled ? null : remember(result.filePath);
    },
    async saveExport(suggestedName, kind) {
      const result = await dialog.showSaveDialog(parent(), {
        title: text().exportTitle[kind],
        buttonLabel: text().export,
        defaultPath: inLastFolder(suggestedName),
        filters: [{ name: text().exportFilter[kind], extensions: [kind] }],
      });
      return result.canceled ? null : remember(result.filePath);
    },
  };
}
