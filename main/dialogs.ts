import type { BrowserWindow } from 'electron';
import { dialog } from 'electron';

import type { Dialogs } from './ipc/ports';

/** Native dialogs, in Dutch, attached to the main window. */
export function electronDialogs(window: () => BrowserWindow | undefined): Dialogs {
  const parent = () => window() as BrowserWindow;
  return {
    async openCorpus() {
      const result = await dialog.showOpenDialog(parent(), {
        title: 'Corpus openen',
        buttonLabel: 'Openen',
        properties: ['openDirectory', 'openFile', 'multiSelections'],
        filters: [{ name: 'Brieven (Word, tekst)', extensions: ['docx', 'txt'] }],
      });
      return result.canceled ? null : result.filePaths;
    },
    async openBriefing() {
      const result = await dialog.showOpenDialog(parent(), {
        title: 'Notitie openen',
        buttonLabel: 'Openen',
        properties: ['openFile'],
        filters: [{ name: 'Dossier-notitie', extensions: ['dossier'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async saveBriefing(suggestedName) {
      const result = await dialog.showSaveDialog(parent(), {
        title: 'Notitie opslaan',
        buttonLabel: 'Opslaan',
        defaultPath: suggestedName,
        filters: [{ name: 'Dossier-notitie', extensions: ['dossier'] }],
      });
      return result.canceled ? null : (result.filePath ?? null);
    },
    async saveExport(suggestedName, kind) {
      const result = await dialog.showSaveDialog(parent(), {
        title: kind === 'docx' ? 'Exporteren naar Word' : 'Exporteren naar PDF',
        buttonLabel: 'Exporteren',
        defaultPath: suggestedName,
        filters: [kind === 'docx' ? { name: 'Word-document', extensions: ['docx'] } : { name: 'PDF-document', extensions: ['pdf'] }],
      });
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}
