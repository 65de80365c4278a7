import type { MessageTable } from './message';

/**
 * Why a Word file cannot be read (app/corpus/docx/errors.ts), for the corpus's problem list.
 * Parameters: `mb` a size in megabytes, `part` a zip part's name, `kind` a nested `docx.kind.*`
 * message (what the file is instead).
 */
export const DOCX_MESSAGES = {
  'docx.old-word': {
    nl: () => 'Dit is een oud Word-bestand (.doc). Open het in Word en sla het op als .docx; dan leest Dossier het.',
    en: () => 'This is an old Word file (.doc). Open it in Word and save it as .docx; then Dossier reads it.',
  },
  'docx.encrypted': {
    nl: () => 'Dit Word-bestand is met een wachtwoord beveiligd. Sla het zonder wachtwoord op als .docx; dan leest Dossier het.',
    en: () => 'This Word file is protected with a password. Save it as .docx without a password; then Dossier reads it.',
  },
  'docx.damaged': {
    nl: () => 'Dit Word-bestand is beschadigd (het zip-archief is onleesbaar).',
    en: () => 'This Word file is damaged (its zip archive cannot be read).',
  },
  'docx.too-large': {
    nl: (p) => `Dit Word-bestand zou uitgepakt groter worden dan ${p.mb} MB; Dossier leest het daarom niet.`,
    en: (p) => `Unpacked, this Word file would grow past ${p.mb} MB; so Dossier does not read it.`,
  },
  'docx.dtd': {
    nl: () => 'Dit Word-bestand bevat XML met een DTD of entiteitsdefinities; die leest Dossier uit veiligheid niet.',
    en: () => 'This Word file holds XML with a DTD or entity definitions; for safety Dossier does not read those.',
  },
  'docx.too-deep': {
    nl: () => 'Dit Word-bestand is te diep genest (tabellen, tekstvakken of velden in elkaar) om te lezen.',
    en: () => 'This Word file is nested too deeply (tables, text boxes or fields inside each other) to be read.',
  },
  'docx.bad-xml': {
    nl: (p) => `Dit Word-bestand is beschadigd: het onderdeel ${p.part} is geen geldige XML.`,
    en: (p) => `This Word file is damaged: its part ${p.part} is not valid XML.`,
  },
  'docx.no-document': {
    nl: () => 'Dit zip-bestand is geen Word-document (er is geen documentonderdeel in).',
    en: () => 'This zip file is not a Word document (it holds no document part).',
  },
  'docx.empty': {
    nl: () => 'Dit Word-document is leeg: er staat geen tekst in.',
    en: () => 'This Word document is empty: it holds no text.',
  },
  'docx.template': {
    nl: () => 'Dit is een Word-sjabloon (.dotx/.dotm), geen document. Maak er een document van en sla het op als .docx.',
    en: () => 'This is a Word template (.dotx/.dotm), not a document. Make a document from it and save that as .docx.',
  },
  'docx.macro': {
    nl: () => 'Dit is een Word-document met macro’s (.docm). Dossier leest het niet; sla het op als .docx (zonder macro’s).',
    en: () => 'This is a Word document with macros (.docm). Dossier does not read it; save it as .docx (without macros).',
  },
  'docx.odt': {
    nl: () => 'Dit is een OpenDocument-tekst (.odt); die leest Dossier nog niet. Sla het op als .docx.',
    en: () => 'This is an OpenDocument text (.odt); Dossier does not read those yet. Save it as .docx.',
  },
  'docx.not-a-letter': {
    nl: (p) =>
      `Dit is geen brief: het is ${p.kind}, geen Word-document. Dossier leest Word-bestanden (.docx), pdf-bestanden (.pdf) en tekstbestanden (.txt).`,
    en: (p) =>
      `This is not a letter: it is ${p.kind}, not a Word document. Dossier reads Word files (.docx), PDF files (.pdf) and text files (.txt).`,
  },
  'docx.wrong-kind': {
    nl: () => 'Dit bestand is geen Word-document, al eindigt de naam op .docx.',
    en: () => 'This file is not a Word document, though its name ends in .docx.',
  },
  'docx.kind.spreadsheet': { nl: () => 'een spreadsheet (Excel)', en: () => 'a spreadsheet (Excel)' },
  'docx.kind.presentation': { nl: () => 'een presentatie (PowerPoint)', en: () => 'a presentation (PowerPoint)' },
  'docx.kind.opendocument': { nl: () => 'een OpenDocument-bestand dat geen tekst is', en: () => 'an OpenDocument file that is not text' },
  'docx.kind.png': { nl: () => 'een afbeelding (PNG)', en: () => 'an image (PNG)' },
  'docx.kind.jpeg': { nl: () => 'een afbeelding (JPEG)', en: () => 'an image (JPEG)' },
  'docx.kind.gif': { nl: () => 'een afbeelding (GIF)', en: () => 'an image (GIF)' },
  'docx.kind.pdf': { nl: () => 'een PDF-bestand', en: () => 'a PDF file' },
  'docx.kind.rtf': { nl: () => 'een RTF-bestand', en: () => 'an RTF file' },
} as const satisfies MessageTable;
