import { EXPORT_LABELS, type ExportLanguage } from '../common/labels';
import type { LinkTarget, Para } from './layout';
import { styledRun } from './runs';

/** A corpus letter appended after the briefing so that citations can link to its text. */
export interface AppendixLetter {
  file: string;
  title: string;
  /** The letter's blocks in order (as `Letter.blocks`), so a passage's `blockIndex` finds its paragraph. */
  blocks: Array<{ text: string }>;
}

/** Resolves a cited letter (and block) to its link into the appendix, if the letter is appended. */
export type LinkResolver = (file: string, blockIndex?: number) => LinkTarget | undefined;

const letterDest = (index: number): string => `bijlage-${index + 1}`;
const blockDest = (index: number, block: number): string => `bijlage-${index + 1}-alinea-${block + 1}`;

/**
 * Links from citations into the appended letters: to the quoted paragraph's named destination,
 * else to the letter's heading, described in Dutch as "Naar bron: <title> (bijlage N, alinea M)".
 */
export function appendixLinks(appendix: AppendixLetter[]): LinkResolver {
  const byFile = new Map(appendix.map((letter, index) => [letter.file, { letter, index }]));
  return (file, blockIndex) => {
    const found = byFile.get(file);
    if (!found) return undefined;
    const { letter, index } = found;
    const where = `bijlage ${index + 1}`;
    if (blockIndex !== undefined && blockIndex < letter.blocks.length) {
      return { destination: blockDest(index, blockIndex), description: `Naar bron: ${letter.title} (${where}, alinea ${blockIndex + 1})` };
    }
    return { destination: letterDest(index), description: `Naar bron: ${letter.title} (${where})` };
  };
}

/**
 * The appended letters: each on a new page under a bookmarked heading "Bijlage N: title",
 * its blocks as paragraphs, each with a named destination for the citations that quote it.
 */
export function appendixParas(appendix: AppendixLetter[], language: ExportLanguage = 'nl'): Para[] {
  return appendix.flatMap((letter, index) => {
    const heading: Para = {
      style: 'appendixHeading',
      tag: 'H1',
      parents: [],
      runs: [styledRun(EXPORT_LABELS[language].appendix(index + 1, letter.title), 'appendixHeading')],
      keepWithNext: true,
      pageBreakBefore: true,
      outline: { level: 1, title: `Bijlage ${index + 1}: ${letter.title}` },
      destinations: [letterDest(index)],
    };
    const source: Para = {
      style: 'appendixText',
      tag: 'P',
      parents: [],
      runs: [styledRun(letter.file, 'appendixText', { color: '#404040' })],
    };
    const blocks = letter.blocks.map((block, blockIndex): Para => ({
      style: 'appendixText',
      tag: 'P',
      parents: [],
      runs: block.text ? [styledRun(block.text, 'appendixText')] : [],
      destinations: [blockDest(index, blockIndex)],
    }));
    return [heading, source, ...blocks];
  });
}
