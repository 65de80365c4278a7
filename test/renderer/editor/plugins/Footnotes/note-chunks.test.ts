import { describe, expect, it } from 'vitest';

import { noteChunks, noteId } from '../../../../../renderer/editor/plugins/Footnotes/note-chunks';
import type { EditorNote } from '../../../../../renderer/editor/plugins/NoteNumbering/number-notes';

const note = (nodeKey: string, ref: string): EditorNote => ({ nodeKey, ref, number: 0, kind: 'quote', text: `tekst ${ref}` }) as EditorNote;

/** 800 notes as a long briefing has them: passages with a few quote notes each. */
const notes = Array.from({ length: 800 }, (_, index) => note(`p${Math.floor(index / 3)}`, `q${index}`));

const byKey = (chunks: ReturnType<typeof noteChunks>) => new Map(chunks.map((chunk) => [chunk.key, chunk.notes.map(noteId).join()]));

describe('noteChunks', () => {
  it('covers every note once, in order, in runs of about 32 with unique keys', () => {
    const chunks = noteChunks(notes);
    expect(chunks.flatMap((chunk) => chunk.notes)).toEqual(notes);
    expect(new Set(chunks.map((chunk) => chunk.key)).size).toBe(chunks.length);
    expect(chunks.length).toBeGreaterThan(800 / 32 / 3);
    expect(chunks.length).toBeLessThan((800 / 32) * 3);
    expect(chunks.at(-1)!.key === 'end' || chunks.at(-1)!.key === `${noteId(notes.at(-1)!)}:1`).toBe(true);
  });

  it('a note inserted in the middle changes only the run it lands in; the other runs keep key and rows', () => {
    const before = byKey(noteChunks(notes));
    const inserted = [...notes.slice(0, 400), note('new', 'qnew'), ...notes.slice(400)];
    const after = byKey(noteChunks(inserted));
    const changed = [...after].filter(([key, rows]) => before.get(key) !== rows);
    expect(changed).toHaveLength(1);
    expect(changed[0]![1]).toContain('new:quote:qnew');
    expect([...before.keys()].filter((key) => !after.has(key))).toEqual([]);
  });

  it('a note referenced twice by one passage as a run end gets distinct keys', () => {
    // Find a note whose identity ends a run, then repeat it.
    const ending = noteChunks(notes)
      .find((chunk) => chunk.key !== 'end')!
      .notes.at(-1)!;
    const chunks = noteChunks([ending, note('x', 'y'), ending]);
    expect(chunks.map((chunk) => chunk.key).slice(0, 2)).toEqual([`${noteId(ending)}:1`, `${noteId(ending)}:2`]);
  });
});
