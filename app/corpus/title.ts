import { formatLocalDate } from './localized-date';
import type { LetterSummary } from './types';

/** What a readable title is built from: a summary's (or a letter's) metadata and its file. */
export type TitleFacts = Pick<LetterSummary, 'file' | 'title' | 'date' | 'kind' | 'ministry' | 'signatories' | 'references'>;

/** The file's name without folders or extension: `brieven/004_ea69.txt` → `004_ea69`. */
const fileStem = (file: string): string => file.replace(/^.*\//, '').replace(/\.[^.]+$/, '') || file;

/** The words of a built title per language; a letter's own words (its kind, its signatories' functions) stay as written. */
const WORDS = {
  nl: { letter: 'Brief', of: 'van', reference: 'kenmerk', and: ' en ', kinds: {} as Readonly<Record<string, string>> },
  en: {
    letter: 'Letter',
    of: 'of',
    reference: 'reference',
    and: ' and ',
    // The kinds Dossier itself infers (app/corpus/metadata.ts), not ones a letter or sidecar states.
    kinds: {
      Kamerbrief: 'Letter to Parliament',
      'Antwoorden op Kamervragen': 'Answers to parliamentary questions',
      Brief: 'Letter',
    } as Readonly<Record<string, string>>,
  },
} as const;

/**
 * The name of a letter's kind in `language`: the kinds Dossier infers itself (`Kamerbrief`,
 * `Antwoorden op Kamervragen`, `Brief`) in English when English is chosen (issue 21); any other
 * kind, as a letter or its sidecar states it, as written. `Kamerbrief` → `Letter to Parliament`.
 */
export function kindLabel(kind: string, language: 'nl' | 'en' = 'nl'): string {
  return WORDS[language].kinds[kind] ?? kind;
}

/**
 * A letter's readable title (issue 15, "Titles"): the title it states (`Betreft`, `Onderwerp`, a
 * publication's title, the sidecar's), else one built from what is known, in this order: the
 * kind (`Brief` when unknown), `van <date>` or, undated, its first own reference as
 * `kenmerk <ref>`, and `— <sender>`: the signatories' functions or the ministry.
 * `Kamerbrief van 6 januari 2026 — minister van Buitenlandse Zaken en minister van Defensie`.
 * When nothing but the kind is known the file name follows in parentheses
 * (`Kamerbrief (004_ea691d26e1781c0b)`), so letters stay apart. A built title is made in
 * `language` (issue 21; Dutch by default): English `Letter to Parliament of 6 January 2026 —
 * minister van Buitenlandse Zaken and minister van Defensie` (the inferred kinds and the date in
 * English, the letter's own words as written); a stated title is never translated. Never empty;
 * never throws.
 */
export function readableTitle(letter: TitleFacts, language: 'nl' | 'en' = 'nl'): string {
  const stated = letter.title?.trim();
  if (stated) return stated;
  const words = WORDS[language];
  const date = formatLocalDate(letter.date, language);
  const reference = letter.references[0]?.trim();
  const functions = [...new Set(letter.signatories.map((s) => s.function.trim().replace(/,$/, '')).filter(Boolean))];
  const sender = functions.length > 0 ? functions.join(words.and) : letter.ministry?.trim() || null;
  const kind = letter.kind?.trim() || 'Brief';
  const head = [
    words.kinds[kind] ?? (kind === 'Brief' ? words.letter : kind),
    date ? `${words.of} ${date}` : reference ? `${words.reference} ${reference}` : null,
  ]
    .filter(Boolean)
    .join(date ? ' ' : ', ');
  if (sender) return `${head} — ${sender.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()).replace(/^de /, '')}`;
  return date || reference ? head : `${head} (${fileStem(letter.file)})`;
}
