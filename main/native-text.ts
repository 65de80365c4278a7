import type { Language } from '../app/ipc/messages';
import type { ExportKind } from './ipc/ports';

/**
 * The words of main's native interface (the menu's own items and the file dialogs), one keyed
 * table like app/ipc/messages: key → Dutch and English. The commands' labels come from the
 * command table (app/commands/commands.ts). `&` marks a menu's access key on Windows and Linux.
 */
export const NATIVE_WORDS = {
  file: { nl: '&Bestand', en: '&File' },
  edit: { nl: 'Be&werken', en: '&Edit' },
  view: { nl: 'Beel&d', en: '&View' },
  closeWindow: { nl: 'Venster sluiten', en: 'Close window' },
  quit: { nl: 'Afsluiten', en: 'Quit' },
  cut: { nl: 'Knippen', en: 'Cut' },
  copy: { nl: 'Kopiëren', en: 'Copy' },
  paste: { nl: 'Plakken', en: 'Paste' },
  selectAll: { nl: 'Alles selecteren', en: 'Select all' },
  noSuggestions: { nl: 'Geen suggesties', en: 'No suggestions' },
  addToDictionary: { nl: 'Toevoegen aan woordenlijst', en: 'Add to dictionary' },
  language: { nl: 'Taal', en: 'Language' },
  resetZoom: { nl: 'Ware grootte', en: 'Actual size' },
  zoomIn: { nl: 'Inzoomen', en: 'Zoom in' },
  zoomOut: { nl: 'Uitzoomen', en: 'Zoom out' },
  fullScreen: { nl: 'Volledig scherm', en: 'Full screen' },
  open: { nl: 'Openen', en: 'Open' },
  save: { nl: 'Opslaan', en: 'Save' },
  export: { nl: 'Exporteren', en: 'Export' },
  openCorpus: { nl: 'Corpus openen', en: 'Open corpus' },
  letters: { nl: 'Brieven (Word, PDF, tekst)', en: 'Letters (Word, PDF, text)' },
  openBriefing: { nl: 'Notitie openen', en: 'Open briefing' },
  saveBriefing: { nl: 'Notitie opslaan', en: 'Save briefing' },
  briefingFile: { nl: 'Dossier-notitie', en: 'Dossier briefing' },
  'exportTitle.docx': { nl: 'Exporteren naar Word', en: 'Export to Word' },
  'exportTitle.pdf': { nl: 'Exporteren naar PDF', en: 'Export to PDF' },
  'exportTitle.odt': { nl: 'Exporteren naar OpenDocument', en: 'Export to OpenDocument' },
  'exportFilter.docx': { nl: 'Word-document', en: 'Word document' },
  'exportFilter.pdf': { nl: 'PDF-document', en: 'PDF document' },
  'exportFilter.odt': { nl: 'OpenDocument-tekst', en: 'OpenDocument text' },
} as const satisfies Record<string, Record<Language, string>>;

export type NativeWord = keyof typeof NATIVE_WORDS;

type PlainWord = Exclude<NativeWord, `${string}.${string}`>;
/** The words of one language, as the menu and the dialogs read them (`text.file`, `text.exportTitle.pdf`). */
export type NativeText = Record<PlainWord, string> & { exportTitle: Record<ExportKind, string>; exportFilter: Record<ExportKind, string> };

const KINDS: readonly ExportKind[] = ['docx', 'pdf', 'odt'];

/** NATIVE_WORDS in `language`: plain keys as they are, `exportTitle.<kind>`/`exportFilter.<kind>` grouped by kind. */
export function nativeText(language: Language): NativeText {
  const plain = Object.fromEntries(
    Object.entries(NATIVE_WORDS)
      .filter(([key]) => !key.includes('.'))
      .map(([key, words]) => [key, words[language]]),
  ) as Record<PlainWord, string>;
  const byKind = (group: 'exportTitle' | 'exportFilter') =>
    Object.fromEntries(KINDS.map((kind) => [kind, NATIVE_WORDS[`${group}.${kind}`][language]])) as Record<ExportKind, string>;
  return { ...plain, exportTitle: byKind('exportTitle'), exportFilter: byKind('exportFilter') };
}

/** The words per language (menu.ts and dialogs.ts read `NATIVE_TEXT[language]`). */
export const NATIVE_TEXT: Readonly<Record<Language, NativeText>> = { nl: nativeText('nl'), en: nativeText('en') };
