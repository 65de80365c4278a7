import type { MessageTable } from './message';

/**
 * Why one file of a corpus was not read (the corpus's problem list): built in the parse workers
 * and the loader as keyed messages, shown in the interface language. The Dutch text must stay as
 * it was (the command line prints it; tests compare it). Parameters: `mb` a size in megabytes,
 * `pages`/`max` page counts, `part` a zip part's name, `kind` a nested `problem.kind.*` message,
 * `reason` a nested reason (a file-system reason, or an internal error's own text), `seconds` a
 * duration written with a decimal point (`1.5`; the Dutch text shows `1,5`).
 */
export const PROBLEM_MESSAGES = {
  'problem.too-large': {
    nl: (p) => `Bestand is groter dan ${p.mb} MB en wordt overgeslagen.`,
    en: (p) => `File is larger than ${p.mb} MB and is skipped.`,
  },
  'problem.binary': {
    nl: () => 'Bestand bevat geen leesbare tekst (binaire inhoud) en wordt overgeslagen.',
    en: () => 'File holds no readable text (binary content) and is skipped.',
  },
  'problem.word-renamed': {
    nl: () => 'Dit is een Word-bestand (.docx) met een verkeerde extensie. Geef het de extensie .docx; dan leest Dossier het.',
    en: () => 'This is a Word file (.docx) with the wrong extension. Give it the extension .docx; then Dossier reads it.',
  },
  'problem.unreadable': {
    nl: (p) => `Bestand kon niet worden gelezen: ${p.reason}.`,
    en: (p) => `File could not be read: ${p.reason}.`,
  },
  'problem.symlink': {
    nl: () => 'Dit is een symbolische koppeling; die volgt Dossier niet, het bestand wordt overgeslagen.',
    en: () => 'This is a symbolic link; Dossier does not follow those, and the file is skipped.',
  },
  'problem.not-text': {
    nl: (p) => `Bestand kon niet worden gelezen als tekst: ${p.reason}`,
    en: (p) => `File could not be read as text: ${p.reason}`,
  },
  'problem.unprocessable': {
    nl: (p) => `Bestand kon niet worden verwerkt: ${p.reason}`,
    en: (p) => `File could not be processed: ${p.reason}`,
  },
  'problem.worker-stopped': {
    nl: () => 'Bestand kon niet worden verwerkt: het verwerkingsproces stopte onverwacht.',
    en: () => 'File could not be processed: the processing worker stopped unexpectedly.',
  },
  'problem.too-slow': {
    nl: (p) => `Verwerken duurde te lang (meer dan ${p.seconds?.replace('.', ',')} s) en is afgebroken.`,
    en: (p) => `Processing took too long (more than ${p.seconds} s) and was stopped.`,
  },
  'problem.load-cancelled': { nl: () => 'Het laden is afgebroken.', en: () => 'Loading was cancelled.' },
  'problem.pdf-load-only': {
    nl: () => 'Een PDF wordt alleen bij het laden van het corpus gelezen (parseLetterBytesAsync).',
    en: () => 'A PDF is read only while the corpus loads (parseLetterBytesAsync).',
  },
  'problem.folder-unreadable': {
    nl: (p) => `Deze map kon niet worden gelezen: ${p.reason}. De brieven erin ontbreken.`,
    en: (p) => `This folder could not be read: ${p.reason}. Its letters are missing.`,
  },
  'problem.unwatched': {
    nl: (p) => `Wijzigingen hier worden niet meer opgemerkt: ${p.reason}.`,
    en: (p) => `Changes here are no longer noticed: ${p.reason}.`,
  },
  'pdf.not-pdf': {
    nl: () => 'Dit bestand is geen PDF, hoewel de naam op .pdf eindigt; het is niet gelezen.',
    en: () => 'This file is not a PDF, though its name ends in .pdf; it was not read.',
  },
  'pdf.password': {
    nl: () => 'Deze PDF is met een wachtwoord beveiligd en kan niet worden gelezen.',
    en: () => 'This PDF is protected with a password and cannot be read.',
  },
  'pdf.damaged': {
    nl: () => 'Deze PDF is beschadigd en kan niet worden gelezen.',
    en: () => 'This PDF is damaged and cannot be read.',
  },
  'pdf.scanned': {
    nl: () => 'Deze PDF bevat geen tekst, alleen afbeeldingen (een scan?): Dossier leest alleen PDF’s met een tekstlaag.',
    en: () => 'This PDF holds no text, only images (a scan?): Dossier reads only PDFs with a text layer.',
  },
  'pdf.too-many-pages': {
    nl: (p) => `Deze PDF heeft ${p.pages} pagina’s; Dossier leest PDF’s van ten hoogste ${p.max} pagina’s.`,
    en: (p) => `This PDF has ${p.pages} pages; Dossier reads PDFs of at most ${p.max} pages.`,
  },
} as const satisfies MessageTable;
