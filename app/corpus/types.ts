/**
 * The corpus as the rest of Dossier sees it: letters parsed into blocks and footnotes.
 * Shapes follow the `parse --json` output described in issue 2/3 and shared/corpus/FORMATS.md.
 * Plain data only (JSON-safe): these objects cross IPC and are cached on disk.
 */

/** How the text file was produced. */
export type LetterFormat = 'word' | 'pdf';

export type BlockKind =
  | 'reference' // the reference column at the top (Ministerie van …, Onze referentie, Datum, Betreft)
  | 'salutation'
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'question'
  | 'answer'
  | 'closing'
  | 'signature';

/** A footnote reference inside a block: `offset` is the UTF-16 index in `Block.text` where the marker stood. */
export interface NoteAnchor {
  /** `Footnote.id` of the note referenced. */
  footnote: string;
  offset: number;
}

export interface Block {
  /** Stable within a letter: derived from position and content, e.g. `b12`. */
  id: string;
  kind: BlockKind;
  /** Text with every marker removed. */
  text: string;
  notes: NoteAnchor[];
}

export interface Footnote {
  /** Stable id, e.g. `fn2` (Word id) or `fn1` (PDF). */
  id: string;
  /** The number as Word printed it: order of appearance, 1-based, as a string. */
  label: string;
  /** Full note text, markers removed, multi-paragraph notes joined with `\n`. */
  text: string;
}

export interface Citation {
  /** The citation as written. */
  text: string;
  /** Normalised key such as `kst-36045-215`, `zaak-2025Z15748`, `tkdoc-2025D08281`. */
  key: string;
  /** Id of the block it stands in, or of the block whose footnote holds it. */
  block: string;
  /** Id of the footnote it stands in, when it stands in a footnote. */
  footnote?: string;
  /** `file` of the cited letter when that letter is in the corpus, else null. */
  target: string | null;
}

export interface Signatory {
  name: string;
  /** e.g. "minister van Buitenlandse Zaken"; empty when unknown. */
  function: string;
}

/** What is known about a letter; unknown stays null/empty, never invented. */
export interface LetterMeta {
  title: string | null;
  /** ISO date `YYYY-MM-DD` or null. */
  date: string | null;
  /** e.g. "Kamerbrief", "Antwoorden op Kamervragen", or null. */
  kind: string | null;
  ministry: string | null;
  signatories: Signatory[];
  /** Own references: Onze referentie, kenmerk, case numbers, and the paper's own Kamerstuk when known. */
  references: string[];
  /** Normalised keys (citation-key form) under which other letters may cite this letter. */
  keys: string[];
}

export interface Letter extends LetterMeta {
  /** Path relative to the corpus root, with `/` separators. */
  file: string;
  format: LetterFormat;
  /** Content hash (sha-256 hex) of the file's bytes; passages record it for "check quotes". */
  hash: string;
  blocks: Block[];
  footnotes: Footnote[];
  citations: Citation[];
  /** Files of corpus letters that cite this one. */
  citedBy: string[];
}

/** A file that could not be read or parsed; the rest of the corpus loads regardless. */
export interface CorpusError {
  file: string;
  message: string;
}

/** The short form listed in the library. */
export type LetterSummary = Pick<
  Letter,
  'file' | 'format' | 'title' | 'date' | 'kind' | 'ministry' | 'signatories' | 'references' | 'hash'
> & { blockCount: number; footnoteCount: number };
