import type { MessageTable } from './message';

/**
 * Messages about the corpus (opening folders, reading letters, the corpus's list of files it could
 * not read) and about requests themselves. Dutch first; English says the same. Parameters: `file`
 * a letter's corpus key, `name` a base name, `path` a path, `reason` a nested reason message.
 */
export const CORPUS_MESSAGES = {
  'corpus.not-a-letter': {
    nl: () =>
      'Dit is geen brief: Dossier leest Word-bestanden (.docx), PDF-bestanden (.pdf) en tekstbestanden (.txt); het bestand is niet gelezen.',
    en: () => 'This is not a letter: Dossier reads Word files (.docx), PDF files (.pdf) and text files (.txt); the file was not read.',
  },
  'corpus.open-not-a-letter': {
    nl: (p) => `"${p.name}" is geen brief: Dossier leest Word-bestanden (.docx), tekstbestanden (.txt) en mappen.`,
    en: (p) => `"${p.name}" is not a letter: Dossier reads Word files (.docx), text files (.txt) and folders.`,
  },
  'corpus.folder-unreadable': {
    nl: (p) => `De map kon niet worden gelezen: ${p.reason}.`,
    en: (p) => `The folder could not be read: ${p.reason}.`,
  },
  'corpus.no-path': { nl: () => 'Geen map of bestand opgegeven.', en: () => 'No folder or file given.' },
  'corpus.path-missing': { nl: (p) => `Map of bestand bestaat niet: ${p.path}`, en: (p) => `Folder or file does not exist: ${p.path}` },
  'corpus.choose-one': {
    nl: () => 'Kies één map of een of meer bestanden.',
    en: () => 'Choose one folder or one or more files.',
  },
  'corpus.no-common-folder': {
    nl: () => 'Deze bestanden hebben geen gemeenschappelijke map (verschillende schijven); open ze per schijf.',
    en: () => 'These files have no folder in common (different drives); open them one drive at a time.',
  },
  'letter.not-found': {
    nl: (p) => `Brief niet gevonden in het corpus: ${p.file}`,
    en: (p) => `Letter not found in the corpus: ${p.file}`,
  },
  'letter.changed-or-unreadable': {
    nl: (p) => `Brief is gewijzigd of onleesbaar: ${p.file}`,
    en: (p) => `Letter has changed or cannot be read: ${p.file}`,
  },
  'letter.changed-since-load': {
    nl: (p) => `Brief is gewijzigd sinds het laden: ${p.file}`,
    en: (p) => `Letter has changed since it was loaded: ${p.file}`,
  },
  'letter.unreadable': { nl: (p) => `Brief kon niet worden gelezen: ${p.file}`, en: (p) => `Letter could not be read: ${p.file}` },
  'meta.invalid-request': { nl: () => 'Ongeldige metagegevens.', en: () => 'Invalid metadata.' },
  'request.unknown-method': { nl: (p) => `Onbekend verzoek: ${p.method}`, en: (p) => `Unknown request: ${p.method}` },
  'request.invalid': {
    nl: (p) => `Ongeldig verzoek (${p.method}): ${p.problem}`,
    en: (p) => `Invalid request (${p.method}): ${p.problem}`,
  },
  'request.refused': {
    nl: () => 'Verzoek geweigerd: het komt niet van het venster van Dossier.',
    en: () => 'Request refused: it does not come from the Dossier window.',
  },
  'request.publication-only': {
    nl: () => 'Alleen een link naar een officiële publicatie wordt geopend.',
    en: () => 'Only a link to an official publication is opened.',
  },
  'request.browser-failed': {
    nl: (p) => `De link kon niet in de browser worden geopend. Open hem zelf: ${p.url}`,
    en: (p) => `The link could not be opened in the browser. Open it yourself: ${p.url}`,
  },
  'request.internal': {
    nl: () => 'Er ging iets mis in Dossier. Probeer het opnieuw; lukt het niet, start Dossier dan opnieuw.',
    en: () => 'Something went wrong in Dossier. Try again; if that does not help, restart Dossier.',
  },
} as const satisfies MessageTable;
