import { $isMarkNode } from '@lexical/mark';
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../app/briefing/ids';
import { type Briefing, emptyBriefing } from '../../../app/briefing/model';
import { numberNotes } from '../../../app/briefing/notes';
import { createPassage } from '../../../app/briefing/passage';
import { trimPassage } from '../../../app/briefing/trim';
import { richBriefing } from '../../app/briefing/briefing-fixture';
import { sampleLetter } from '../../app/briefing/letter-fixture';
import { briefingOf, headlessEditor, load } from './headless';

/** A briefing whose passages come from createPassage (one across two blocks, one trimmed), in `line` style. */
function quotedBriefing(): Briefing {
  const ids = counterIds('x');
  const letter = sampleLetter();
  const across = createPassage(letter, { start: { block: 'b1', offset: 4 }, end: { block: 'b2', offset: 23 } }, ids);
  const single = createPassage(letter, { start: { block: 'b1', offset: 0 }, end: { block: 'b1', offset: 52 } }, ids);
  const trimmed = trimPassage(single.passage, 0, 31, 52).passage;
  const briefing = emptyBriefing();
  briefing.citationStyle = 'line';
  briefing.body = [
    { type: 'paragraph', children: [{ type: 'text', text: 'Inleiding\nmet een regelovergang' }] },
    across.passage,
    { type: 'paragraph', children: [] },
    trimmed,
  ];
  briefing.footnotes = [...across.footnotes, ...single.footnotes.filter((note) => note.id === 'x5')];
  return briefing;
}

describe('editor ⇄ briefing model', () => {
  it('round-trips a briefing with every node kind without loss', () => {
    const briefing = richBriefing();
    const editor = headlessEditor();
    load(editor, briefing);
    expect(briefingOf(editor)).toEqual(briefing);
  });

  it('round-trips passages made by createPassage and trimPassage, line breaks and empty paragraphs', () => {
    const briefing = quotedBriefing();
    const editor = headlessEditor();
    load(editor, briefing);
    const back = briefingOf(editor);
    expect(back).toEqual(briefing);
    const trimmed = back.body[3];
    expect(trimmed?.type === 'passage' && trimmed.parts[0]).toMatchObject({ text: 'Daarna volgde Parijs.', omittedBefore: true });
  });

  it('keeps annotation ids as MarkNodes on the commented runs', () => {
    const editor = headlessEditor();
    load(editor, richBriefing());
    const marks = editor.getEditorState().read(() =>
      $getRoot()
        .getAllTextNodes()
        .flatMap((node) => {
          const parent = node.getParent();
          return $isMarkNode(parent) ? [`${parent.getIDs().join(',')}:${node.getTextContent()}`] : [];
        }),
    );
    expect(marks).toEqual(['a1: de ', 'a1:verklaring']);
  });

  it('gives the same note numbers as numberNotes after a round trip', () => {
    const briefing = richBriefing();
    const editor = headlessEditor();
    load(editor, briefing);
    expect(numberNotes(briefingOf(editor)).map((note) => `${note.number} ${note.text}`)).toEqual([
      '1 Zie ook de geannoteerde agenda.',
      '2 Joint Statement, 15 december 2025',
      '3 Kamerstuk 36 045, nr. 215',
      `4 Kamerbrief "Stand van zaken", 6 januari 2026, Kamerstuk 36 045, nr. 264, alinea's 2–3`,
      '5 Eigen opmerking.',
    ]);
  });

  it('maps an empty briefing to one empty paragraph and back to an empty body', () => {
    const briefing = emptyBriefing();
    const editor = headlessEditor();
    load(editor, briefing);
    expect(editor.getEditorState().read(() => $getRoot().getChildrenSize())).toBe(1);
    expect(briefingOf(editor).body).toEqual([{ type: 'paragraph', children: [] }]);
  });

  it('adds a place to type after a final passage and leaves it out of the briefing', () => {
    const briefing = quotedBriefing();
    const editor = headlessEditor();
    load(editor, briefing);
    const types = editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((node) => node.getType()),
    );
    expect(types).toEqual(['paragraph', 'dossier-passage', 'paragraph', 'dossier-passage', 'paragraph']);
    expect(briefingOf(editor).body).toHaveLength(4);
  });

  it('survives Lexical JSON serialisation (copy, history) with the same briefing', () => {
    const briefing = richBriefing();
    const editor = headlessEditor();
    load(editor, briefing);
    const json = JSON.stringify(editor.getEditorState().toJSON());
    const other = headlessEditor();
    other.setEditorState(other.parseEditorState(json));
    expect(briefingOf(other)).toEqual(briefing);
  });

  it('carries properties and citation style and leaves out a comment without an anchor', () => {
    const briefing = richBriefing();
    briefing.citationStyle = 'line';
    briefing.annotations.push({ id: 'a3', author: 'C. Weesje', date: '2026-01-22T08:00:00.000Z', text: 'Nergens meer aan verbonden' });
    const editor = headlessEditor();
    load(editor, briefing);
    const back = briefingOf(editor);
    expect(back.properties).toEqual(richBriefing().properties);
    expect(back.citationStyle).toBe('line');
    expect(back.annotations.map((annotation) => `${annotation.id}: ${annotation.text}`)).toEqual([
      'a1: Formulering checken',
      'a2: Kern van het citaat',
    ]);
  });
});
