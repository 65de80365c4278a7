import type { Briefing } from '../briefing/model';
import { blockInlines, numberNotes } from '../briefing/notes';

/** Which bound an export ran into: its time (milliseconds) or its memory (MB). */
export type ExportBound = { kind: 'time'; milliseconds: number } | { kind: 'memory'; megabytes: number };

/** The largest text of a briefing, as the user can find it: what it is, its size and where it starts. */
export interface LargestPart {
  /** Dutch, e.g. "alinea 3", "citaat 2", "voetnoot 5", "opmerking 1", "de titel". */
  label: string;
  /** Length in characters (UTF-16 units). */
  characters: number;
  /** Length of its longest run of characters without a space. */
  longestWord: number;
  /** Its first characters (at most 30), for recognising it. */
  start: string;
}

const BLOCK_WORDS = { heading: 'kop', paragraph: 'alinea', list: 'lijst', passage: 'citaat', table: 'tabel' } as const;

function longestWord(text: string): number {
  let longest = 0;
  let current = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    current = code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 ? 0 : current + 1;
    if (current > longest) longest = current;
  }
  return longest;
}

/**
 * The largest single text of a briefing (a body block, counted per kind as the user sees them:
 * "alinea 3" is the third paragraph; a footnote by its printed number; a comment by its place;
 * the title), or null for an empty briefing. Linear in the briefing's size.
 */
export function largestPart(briefing: Briefing): LargestPart | null {
  const candidates: Array<{ label: string; text: string }> = [{ label: 'de titel', text: briefing.properties.title }];
  const counts = { heading: 0, paragraph: 0, list: 0, passage: 0, table: 0 };
  for (const block of briefing.body) {
    const text = blockInlines(block)
      .map((inline) => (inline.type === 'text' ? inline.text : ''))
      .join('');
    candidates.push({ label: `${BLOCK_WORDS[block.type]} ${++counts[block.type]}`, text });
  }
  for (const note of numberNotes(briefing)) candidates.push({ label: `voetnoot ${note.number}`, text: note.text });
  briefing.annotations.forEach((comment, index) => candidates.push({ label: `opmerking ${index + 1}`, text: comment.text }));
  const largest = candidates.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  if (largest.text.length === 0) return null;
  const start = largest.text.slice(0, 30);
  return { label: largest.label, characters: largest.text.length, longestWord: longestWord(largest.text), start };
}

/** 2000000 → "2.000.000" (Dutch thousands separator). */
const dutchNumber = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/**
 * The Dutch message for an export stopped at its bound, naming the bound and the largest part of
 * the briefing, e.g. `Exporteren naar PDF is afgebroken: het duurde langer dan 30 seconden. Het
 * grootste deel van de notitie is alinea 1 (2.000.000 tekens, waarvan 2.000.000 achter elkaar
 * zonder spatie; begint met "aaaa…"). Splits of kort dat deel in en probeer het opnieuw.`
 */
export function exportTooLargeMessage(format: 'docx' | 'pdf' | 'odt', bound: ExportBound, briefing: Briefing): string {
  const target = format === 'pdf' ? 'PDF' : format === 'odt' ? 'OpenDocument' : 'Word';
  const why =
    bound.kind === 'time'
      ? `het duurde langer dan ${bound.milliseconds % 1000 === 0 ? `${dutchNumber(bound.milliseconds / 1000)} seconden` : `${dutchNumber(bound.milliseconds)} milliseconden`}`
      : `er was meer dan ${dutchNumber(bound.megabytes)} MB geheugen nodig`;
  const part = largestPart(briefing);
  if (!part) return `Exporteren naar ${target} is afgebroken: ${why}.`;
  const unbroken = part.longestWord > 1000 ? `, waarvan ${dutchNumber(part.longestWord)} achter elkaar zonder spatie` : '';
  const start = part.start.length < part.characters ? `${part.start}…` : part.start;
  return (
    `Exporteren naar ${target} is afgebroken: ${why}. Het grootste deel van de notitie is ${part.label} ` +
    `(${dutchNumber(part.characters)} tekens${unbroken}; begint met "${start}"). Splits of kort dat deel in en probeer het opnieuw.`
  );
}
