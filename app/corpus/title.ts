import { formatDutchDate } from './dates';
import type { LetterSummary } from './types';

/** What a readable title is built from: a summary's (or a letter's) metadata and its file. */
export type TitleFacts = Pick<LetterSummary, 'file' | 'title' | 'date' | 'kind' | 'ministry' | 'signatories' | 'references'>;

/** The file's name without folders or extension: `brieven/004_ea69.txt` → `004_ea69`. */
const fileStem = (file: string): string => file.replace(/^.*\//, '').replace(/\.[^.]+$/, '') || file;

/**
 * A letter's readable title (issue 15, "Titles"): the title it states (`Betreft`, `Onderwerp`, a
 * publication's title, the sidecar's), else one built from what is known, in this order: the
 * kind (`Brief` when unknown), `van <date>` (Dutch, `6 januari 2026`) or, undated, its first own
 * reference as `kenmerk <ref>`, and `— <sender>`: the signatories' functions or the ministry.
 * `Kamerbrief van 6 januari 2026 — minister van Buitenlandse Zaken en minister van Defensie`.
 * When nothing but the kind is known the file name follows in parentheses
 * (`Kamerbrief (004_ea691d26e1781c0b)`), so letters stay apart. Never empty; never throws.
 */
export function readableTitle(letter: TitleFacts): string {
  const stated = letter.title?.trim();
  if (stated) return stated;
  const date = formatDutchDate(letter.date);
  const reference = letter.references[0]?.trim();
  const functions = [...new Set(letter.signatories.map((s) => s.function.trim().replace(/,$/, '')).filter(Boolean))];
  const sender = functions.length > 0 ? functions.join(' en ') : letter.ministry?.trim() || null;
  const head = [letter.kind?.trim() || 'Brief', date ? `van ${date}` : reference ? `kenmerk ${reference}` : null]
    .filter(Boolean)
    .join(date ? ' ' : ', ');
  if (sender) return `${head} — ${sender.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()).replace(/^de /, '')}`;
  return date || reference ? head : `${head} (${fileStem(letter.file)})`;
}
