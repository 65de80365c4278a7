import type { Language } from '../app/ipc/messages';
import type { ExportKind } from './ipc/ports';

/**
 * The words of main's native interface (the menu's own items and the file dialogs) in Dutch and
 * English; the commands' labels come from the command table (app/commands/commands.ts). `&` marks
 * a menu's access key on Windows and Linux.
 */
export const NATIVE_TEXT = {
  nl: {
    file: '&Bestand',
    edit: 'Be&werken',
    view: 'Beel&d',
    closeWindow: 'Venster sluiten',
    quit: 'Afsluiten',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
    language: 'Taal',
    resetZoom: 'Ware grootte',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    fullScreen: 'Volledig scherm',
    open: 'Openen',
    save: 'Opslaan',
    export: 'Exporteren',
    openCorpus: 'Corpus openen',
    letters: 'Brieven (Word, tekst)',
    openBriefing: 'Notitie openen',
    saveBriefing: 'Notitie opslaan',
    briefingFile: 'Dossier-notitie',
    exportTitle: { docx: 'Exporteren naar Word', pdf: 'Exporteren naar PDF', odt: 'Exporteren naar OpenDocument' },
    exportFilter: { docx: 'Word-document', pdf: 'PDF-document', odt: 'OpenDocument-tekst' },
  },
  en: {
    file: '&File',
    edit: '&Edit',
    view: '&View',
    closeWindow: 'Close window',
    quit: 'Quit',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    language: 'Language',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
    open: 'Open',
    save: 'Save',
    export: 'Export',
    openCorpus: 'Open corpus',
    letters: 'Letters (Word, text)',
    openBriefing: 'Open briefing',
    saveBriefing: 'Save briefing',
    briefingFile: 'Dossier briefing',
    exportTitle: { docx: 'Export to Word', pdf: 'Export to PDF', odt: 'Export to OpenDocument' },
    exportFilter: { docx: 'Word document', pdf: 'PDF document', odt: 'OpenDocument text' },
  },
} as const satisfies Record<Language, Record<string, string | Record<ExportKind, string>>>;
