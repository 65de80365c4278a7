/**
 * Why a Word file cannot be read, in Dutch, for the corpus's error list. The reader throws
 * `DocxError` (never anything else for bad input); the caller lists `message` under the file.
 * `notALetter` marks files that are not documents at all (images, spreadsheets): listed as
 * "not a letter" rather than as damaged.
 */
export class DocxError extends Error {
  constructor(
    message: string,
    readonly notALetter = false,
  ) {
    super(message);
    this.name = 'DocxError';
  }
}

export const MESSAGES = {
  oldWord: 'Dit is een oud Word-bestand (.doc). Open het in Word en sla het op als .docx; dan leest Dossier het.',
  encrypted: 'Dit Word-bestand is met een wachtwoord beveiligd. Sla het zonder wachtwoord op als .docx; dan leest Dossier het.',
  damaged: 'Dit Word-bestand is beschadigd (het zip-archief is onleesbaar).',
  tooLarge: (mb: number) => `Dit Word-bestand zou uitgepakt groter worden dan ${mb} MB; Dossier leest het daarom niet.`,
  dtd: 'Dit Word-bestand bevat XML met een DTD of entiteitsdefinities; die leest Dossier uit veiligheid niet.',
  badXml: (part: string) => `Dit Word-bestand is beschadigd: het onderdeel ${part} is geen geldige XML.`,
  noDocument: 'Dit zip-bestand is geen Word-document (er is geen documentonderdeel in).',
  empty: 'Dit Word-document is leeg: er staat geen tekst in.',
  template: 'Dit is een Word-sjabloon (.dotx/.dotm), geen document. Maak er een document van en sla het op als .docx.',
  macro: 'Dit is een Word-document met macro’s (.docm). Dossier leest het niet; sla het op als .docx (zonder macro’s).',
  odt: 'Dit is een OpenDocument-tekst (.odt); die leest Dossier nog niet. Sla het op als .docx.',
  notALetter: (what: string) =>
    `Dit is geen brief: het is ${what}, geen Word-document. Dossier leest Word-bestanden (.docx) en tekstbestanden (.txt).`,
  wrongKind: 'Dit bestand is geen Word-document, al eindigt de naam op .docx.',
} as const;
