import { readableTitle } from '../corpus/title';
import type { Letter } from '../corpus/types';
import type { QuoteStatus } from '../ipc/contract';
import { type Language, message, type MessageKey, type MessageParams, renderMessage } from '../ipc/messages';
import type { Briefing, BriefingFootnote, Passage, PassagePart } from './model';
import { quotedCells } from './table-grid';

type PartCheck = { state: 'in-place' } | { state: 'moved' } | { state: 'changed'; alinea: number } | { state: 'missing'; alinea: number };

/**
 * Checks every quoted passage against the current corpus ("Citaten controleren"):
 * - `missing` when the letter is gone, or a quoted block is gone and its words are nowhere in the letter;
 * - `changed` when a quoted block still exists but the quoted words (or a quoted footnote's text)
 *   no longer match and cannot be found elsewhere in the letter;
 * Messages name the letter by its readable title (app/corpus/title.ts; issue 15), a paragraph by
 * the number its citation gives (body paragraphs) where the passage records one.
 * - `faithful` otherwise. A changed file hash alone does not make a quote unfaithful: when every
 *   quoted text is unchanged (at its block, or found again elsewhere) the message says so.
 * The messages are keyed (`quote.*`, app/ipc/messages) and rendered in `language` (Dutch by
 * default; main passes the interface language), the letter's built title in it too.
 */
export function checkQuotes(briefing: Briefing, lookup: (file: string) => Letter | undefined, language: Language = 'nl'): QuoteStatus[] {
  const notes = new Map(briefing.footnotes.map((note) => [note.id, note]));
  return briefing.body
    .filter((block): block is Passage => block.type === 'passage')
    .map((passage) => checkPassage(passage, lookup(passage.source.file), notes, language));
}

function checkPassage(passage: Passage, letter: Letter | undefined, notes: Map<string, BriefingFootnote>, language: Language): QuoteStatus {
  const status = (kind: QuoteStatus['status'], key: MessageKey, params: MessageParams = {}): QuoteStatus => ({
    passage: passage.id,
    status: kind,
    message: renderMessage(message(key, params), language),
  });
  const recorded = passage.source;
  const file = readableTitle(
    letter ?? { ...recorded, ministry: null, signatories: [], references: recorded.reference ? [recorded.reference] : [] },
    language,
  );
  if (!letter) return status('missing', 'quote.letter-missing', { file });

  const checks = passage.parts.map((part) => checkPart(part, letter));
  const missing = checks.find((check) => check.state === 'missing');
  if (missing?.state === 'missing') {
    return status('missing', 'quote.paragraph-missing', { alinea: missing.alinea, file });
  }
  const changed = checks.find((check) => check.state === 'changed');
  if (changed?.state === 'changed') {
    return status('changed', 'quote.paragraph-changed', { alinea: changed.alinea, file });
  }
  const changedNote = changedFootnote(passage, letter, notes);
  if (changedNote) return status('changed', 'quote.note-changed', { note: changedNote, file });

  if (checks.some((check) => check.state === 'moved')) {
    return status('faithful', 'quote.moved');
  }
  if (letter.hash !== passage.source.hash) {
    return status('faithful', 'quote.letter-changed');
  }
  return status('faithful', 'quote.faithful');
}

function checkPart(part: PassagePart, letter: Letter): PartCheck {
  const block = letter.blocks.find((candidate) => candidate.id === part.block);
  const alinea = part.paragraph ?? part.blockIndex + 1;
  if (block && block.text.slice(part.start, part.end) === part.text) {
    return sameCells(part, block.cells) ? { state: 'in-place' } : { state: 'changed', alinea };
  }
  if (letter.blocks.some((candidate) => candidate.text.includes(part.text))) return { state: 'moved' };
  return block ? { state: 'changed', alinea } : { state: 'missing', alinea };
}

/**
 * A quoted table's cells still match the letter's table over the quoted range (same words, same
 * cells: a table whose cells were merged or split since is changed); true for a part without cells.
 */
function sameCells(part: PassagePart, cells: ReadonlyArray<ReadonlyArray<{ start: number; end: number }>> | undefined): boolean {
  if (!part.cells) return true;
  // The ranges decide (a quote made before spans were read stays in place).
  const key = (rows: ReadonlyArray<ReadonlyArray<{ start: number; end: number }>>) =>
    JSON.stringify(quotedCells(rows, part.start, part.end).map((row) => row.map(({ start, end }) => ({ start, end }))));
  return key(part.cells) === key(cells ?? []);
}

/** The printed label of the first quoted note whose text differs from the letter's note, if any. */
function changedFootnote(passage: Passage, letter: Letter, notes: Map<string, BriefingFootnote>): string | null {
  for (const part of passage.parts) {
    for (const inline of part.children) {
      if (inline.type !== 'footnote-ref') continue;
      const note = notes.get(inline.footnote);
      if (note?.origin !== 'quote' || !note.source) continue;
      const current = letter.footnotes.find((candidate) => candidate.id === note.source!.footnote);
      if (!current) return `"${note.source.footnote}"`;
      if (current.text !== note.text) return current.label;
    }
  }
  return null;
}
