import type { EditorNote } from '../NoteNumbering/number-notes';

/** On average one note in this many ends a chunk (`noteChunks`). */
const CHUNK_SPREAD = 32;

/** A run of consecutive notes of the list, with a key that stays while notes are added or removed before its end. */
export interface NoteChunk {
  key: string;
  notes: EditorNote[];
}

/** A note's identity in the list: its owning node, kind and footnote (not its number, not its text). */
export function noteId(note: EditorNote): string {
  return `${note.nodeKey}:${note.kind}:${note.ref}`;
}

/**
 * Cuts the notes list into runs whose boundaries depend on the notes themselves, not on their
 * positions: a run ends after a note whose identity (`noteId`) hashes (FNV-1a, 32 bit) to a
 * multiple of CHUNK_SPREAD, and the last run ends with the list. A note added or removed changes
 * only the run it is in (and merges or splits runs only when it is itself a boundary), so the list
 * renders again only that run after a drop. The key is the ending note's identity (with its
 * occurrence among ending notes, as one passage can reference a note twice), `end` for the last run.
 */
export function noteChunks(notes: readonly EditorNote[]): NoteChunk[] {
  const chunks: NoteChunk[] = [];
  const seen = new Map<string, number>();
  let current: EditorNote[] = [];
  for (const note of notes) {
    current.push(note);
    const id = noteId(note);
    if (hash(id) % CHUNK_SPREAD !== 0) continue;
    const occurrence = (seen.get(id) ?? 0) + 1;
    seen.set(id, occurrence);
    chunks.push({ key: `${id}:${occurrence}`, notes: current });
    current = [];
  }
  if (current.length > 0) chunks.push({ key: 'end', notes: current });
  return chunks;
}

/** FNV-1a over the UTF-16 code units, unsigned 32 bit. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}
