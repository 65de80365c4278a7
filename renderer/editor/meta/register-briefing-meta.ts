import { HISTORIC_TAG, type LexicalEditor } from 'lexical';

import type { Annotation } from '../../../app/briefing/model';
import { mayChangeNotes } from '../plugins/NoteNumbering/register-numbering';
import { $getBriefingMeta, $liveAnnotations, type BriefingMeta } from './briefing-meta';

/** What the properties panel, the comments panel and the note numbering show. */
export interface BriefingMetaView extends BriefingMeta {
  /** Only comments whose anchor is in the text (see `$liveAnnotations`). */
  annotations: Annotation[];
}

/** The current view of the editor state's properties, citation style and live comments. */
export function readBriefingMetaView(editor: LexicalEditor): BriefingMetaView {
  return editor.getEditorState().read(() => ({ ...$getBriefingMeta(), annotations: $liveAnnotations() }));
}

/**
 * Derives the meta view after every update (edit, undo, redo, load) and hands it on only when it
 * changed. Typing in place (no element changed, only text leaves) can neither change the meta nor
 * remove an anchor, so it skips the walk over the briefing that finding the anchors takes.
 */
export function registerBriefingMeta(editor: LexicalEditor, onView: (view: BriefingMetaView) => void): () => void {
  let current = readBriefingMetaView(editor);
  onView(current);
  return editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves, tags }) => {
    if (!tags.has(HISTORIC_TAG) && !mayChangeNotes(editorState, dirtyElements, dirtyLeaves, prevEditorState)) return;
    const next = readBriefingMetaView(editor);
    if (sameView(current, next)) return;
    current = next;
    onView(next);
  });
}

function sameView(a: BriefingMetaView, b: BriefingMetaView): boolean {
  return (
    a.properties === b.properties &&
    a.citationStyle === b.citationStyle &&
    a.annotations.length === b.annotations.length &&
    a.annotations.every((annotation, index) => annotation === b.annotations[index])
  );
}
