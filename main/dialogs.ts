import type { BrowserWindow } from 'electron';
import { dialog } from 'electron';

import type { Dialogs, ExportKind } from './ipc/ports';

/** The save dialog's title and file-type filter for each export format. */
const EXPORT_DIALOG: Record<ExportKind, { title: string; filter: string }> = {
  docx: { title: 'Exporteren naar Word', filter: 'Word-document' },
  pdf: { title: 'Exporteren naar PDF', filter: 'PDF-document' },
  odt: { title: 'Exporteren naar OpenDocument', filter: 'OpenDocument-tekst' },
};

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
        title: EXPORT_DIALOG[kind].title,
        buttonLabel: 'Exporteren',
        defaultPath: suggestedName,
        filters: [{ name: EXPORT_DIALOG[kind].filter, extensions: [kind] }],
      });
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}
