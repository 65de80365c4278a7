import { type Message, message, type MessageKey, renderMessage } from '../../ipc/messages';

/**
 * Why a Word file cannot be read, for the corpus's problem list. The reader throws `DocxError`
 * (never anything else for bad input) with the Dutch text of one of MESSAGES below; `problem` is
 * the same reason as a keyed message (app/ipc/messages `docx.*`), shown in the interface language.
 * `notALetter` marks files that are not documents at all (images, spreadsheets): listed as
 * "not a letter" rather than as damaged.
 */
export class DocxError extends Error {
  /** The reason as a keyed message; a text not made by MESSAGES becomes `problem.unprocessable` with it as the reason. */
  readonly problem: Message;

  constructor(
    message: string,
    readonly notALetter = false,
  ) {
    super(message);
    this.name = 'DocxError';
    this.problem = KEYED.get(message) ?? unprocessable(message);
  }
}

const unprocessable = (reason: string): Message => message('problem.unprocessable', { reason });

/** Dutch text → its keyed message, for every text MESSAGES made (a handful of distinct texts). */
const KEYED = new Map<string, Message>();

/** The Dutch text of a keyed message, remembered so that DocxError finds the key again. */
const dutch = (key: MessageKey, params: Readonly<Record<string, string | number | Message>> = {}): string => {
  const keyed = message(key, params);
  const text = renderMessage(keyed, 'nl');
  if (KEYED.size > 500) KEYED.clear(); // part names vary by file: keep the map small
  KEYED.set(text, keyed);
  return text;
};

/** What a file is instead of a Word document (`notALetter`), by the Dutch words the reader uses. */
const KINDS: Readonly<Record<string, MessageKey>> = {
  'een spreadsheet (Excel)': 'docx.kind.spreadsheet',
  'een presentatie (PowerPoint)': 'docx.kind.presentation',
  'een OpenDocument-bestand dat geen tekst is': 'docx.kind.opendocument',
  'een afbeelding (PNG)': 'docx.kind.png',
  'een afbeelding (JPEG)': 'docx.kind.jpeg',
  'een afbeelding (GIF)': 'docx.kind.gif',
  'een PDF-bestand': 'docx.kind.pdf',
  'een RTF-bestand': 'docx.kind.rtf',
};

/** The Dutch reasons (tests compare against these); each is the `nl` text of its `docx.*` key. */
export const MESSAGES = {
  oldWord: dutch('docx.old-word'),
  encrypted: dutch('docx.encrypted'),
  damaged: dutch('docx.damaged'),
  tooLarge: (mb: number) => dutch('docx.too-large', { mb }),
  dtd: dutch('docx.dtd'),
  badXml: (part: string) => dutch('docx.bad-xml', { part }),
  tooDeep: dutch('docx.too-deep'),
  noDocument: dutch('docx.no-document'),
  empty: dutch('docx.empty'),
  template: dutch('docx.template'),
  macro: dutch('docx.macro'),
  odt: dutch('docx.odt'),
  notALetter: (what: string) => dutch('docx.not-a-letter', { kind: KINDS[what] ? message(KINDS[what]) : what }),
  wrongKind: dutch('docx.wrong-kind'),
} as const;
