import { publicationUrl } from '../corpus/publication-url';
import { readableTitle } from '../corpus/title';
import type { Letter } from '../corpus/types';
import { type Language, message, renderMessage } from '../ipc/messages';
import { formatAlinea, formatCitation } from './citation';
import { formatLocator } from './locator';
import type { Briefing, Passage, SourceRef } from './model';
import { formatLetterSource, formatPaper } from './official-citation';
import { officialSourceRefOf } from './official-source';
import { paperKey } from './paper-key';
import { checkQuotes } from './quotes';

/**
 * The "Bronnenoverzicht" of a briefing (issue 15, "Sources report"): every source used, with its
 * full official citation and link, the passages quoted from it (locator, first words) and each
 * passage's verbatim status, checked against the corpus file at the time the report is made.
 */

/** `faithful`, `changed`, `missing` as "Citaten controleren" says; `unchecked` when no corpus was given. */
export type VerbatimStatus = 'faithful' | 'changed' | 'missing' | 'unchecked';

export interface ReportedPassage {
  /** The passage's id in the briefing. */
  id: string;
  /** 1-based place of the passage among the briefing's passages. */
  number: number;
  /** `alinea 3`, `p. 4`, `alinea's 2–3`; null when the passage has no locator. */
  locator: string | null;
  /** The first eight words of the quote, `…` after them when it goes on. */
  firstWords: string;
  status: VerbatimStatus;
  /** Dutch, from the quote check (app/briefing/quotes.ts). */
  message: string;
}

export interface ReportedSource {
  /** Letter file, relative to the corpus root. */
  file: string;
  /** Readable title (app/corpus/title.ts): of the corpus letter, else built from what the passage recorded. */
  title: string;
  /** The full official citation without locator, e.g. `Kamerstukken II 2025/26, 36 045, nr. 264`. */
  citation: string;
  /** `https://zoek.officielebekendmakingen.nl/<key>` for a published paper; null otherwise. */
  url: string | null;
  /** True when the citation is marked "bron onvolledig". */
  incomplete: boolean;
  /** sha-256 (hex) of the letter file as recorded when quoted. */
  hash: string;
  /** sha-256 of the corpus file now; null when not checked or the letter is gone. */
  currentHash: string | null;
  passages: ReportedPassage[];
}

export interface SourcesReport {
  /** The briefing's title ('' when it has none). */
  briefing: string;
  /** Whether the passages were checked against a corpus. */
  checked: boolean;
  passageCount: number;
  sources: ReportedSource[];
}

/**
 * Builds the report: sources in the order the briefing first quotes them, one per letter file and
 * recorded hash. With `lookup` (the corpus: file → letter, undefined when absent) every passage is
 * checked as "Citaten controleren" does, each passage's `message` in `language` (Dutch unless said);
 * without it every status is `unchecked`. Pure; never throws.
 */
export function buildSourcesReport(
  briefing: Briefing,
  lookup?: (file: string) => Letter | undefined,
  language: Language = 'nl',
): SourcesReport {
  const passages = briefing.body.filter((block): block is Passage => block.type === 'passage');
  const statuses = new Map(lookup ? checkQuotes(briefing, lookup, language).map((status) => [status.passage, status]) : []);
  const sources = new Map<string, ReportedSource>();
  const unchecked = renderMessage(message('quote.unchecked'), language);
  passages.forEach((passage, index) => {
    const key = `${passage.source.file}\u0000${passage.source.hash}`;
    const letter = lookup?.(passage.source.file);
    const source = sources.get(key) ?? describeSource(passage.source, letter, Boolean(lookup));
    sources.set(key, source);
    const status = statuses.get(passage.id);
    source.passages.push({
      id: passage.id,
      number: index + 1,
      locator: locatorOf(passage),
      firstWords: firstWords(passage.parts.map((part) => part.text).join(' ')),
      status: status?.status ?? 'unchecked',
      message: status?.message ?? unchecked,
    });
  });
  return { briefing: briefing.properties.title, checked: Boolean(lookup), passageCount: passages.length, sources: [...sources.values()] };
}

function describeSource(recorded: SourceRef, letter: Letter | undefined, checked: boolean): ReportedSource {
  // Passages quoted before issue 15 lack the official facts: take them from the letter when it is there.
  const official = recorded.paper !== undefined ? recorded : letter ? { ...officialSourceRefOf(letter), file: recorded.file } : null;
  const paper = official?.paper ?? null;
  const citation = paper ? formatPaper(paper) : official ? formatLetterSource(official) : formatCitation(recorded, [], 'full');
  const key = paper ? paperKey(paper) : null;
  return {
    file: recorded.file,
    title: readableTitle(
      letter ?? { ...recorded, ministry: null, signatories: [], references: recorded.reference ? [recorded.reference] : [] },
    ),
    citation,
    url: key ? publicationUrl(key) : null,
    incomplete: Boolean(official?.incomplete),
    hash: recorded.hash,
    currentHash: checked ? (letter?.hash ?? null) : null,
    passages: [],
  };
}

/** The official locator when the parts carry pages or paragraphs, else the older block count. */
function locatorOf(passage: Passage): string | null {
  return formatLocator(passage.parts) ?? formatAlinea(passage.parts.map((part) => part.blockIndex));
}

function firstWords(text: string, count = 8): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')} …` : words.join(' ');
}
