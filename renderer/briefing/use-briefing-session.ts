import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type Annotation, type Briefing, type BriefingProperties, type CitationStyle, emptyBriefing } from '../../app/briefing/model';
import { briefingFromTemplate } from '../../app/briefing/nota/template-file';
import type { Recent } from '../../app/ipc/contract';
import { call } from '../bridge/api';
import type { EditorUi } from '../editor/context/EditorUiContext';
import { createMetaEdits } from '../editor/meta/meta-edits';
import { type BriefingMetaView, readBriefingMetaView, registerBriefingMeta } from '../editor/meta/register-briefing-meta';
import { LOAD_TAG, loadIntoEditor } from '../editor/model-mapping/from-briefing';
import { editorStateToBriefing } from '../editor/model-mapping/to-briefing';
import { briefingName } from './briefing-name';

export interface BriefingSession {
  path: string | null;
  name: string;
  dirty: boolean;
  /** Derived from the editor state (root NodeState), so undo and redo update them. */
  properties: BriefingProperties;
  citationStyle: CitationStyle;
  /** The comments whose anchor is in the text. */
  annotations: Annotation[];
  recent: Recent;
  /** An undoable edit; consecutive edits of one field (nothing else in between) are one undo step. */
  setProperties(properties: BriefingProperties): void;
  /** An undoable edit. */
  setCitationStyle(style: CitationStyle): void;
  /** The briefing as it is now (editor content plus what is kept beside it). */
  current(): Briefing;
  load(briefing: Briefing, path: string | null, options?: { dirty?: boolean }): void;
  newBriefing(): void;
  /**
   * Starts a new untitled briefing from a template's briefing (after asking to discard unsaved
   * changes); a nota, or a template that carries a date, gets today's date (briefingFromTemplate).
   */
  newFrom(template: Briefing): void;
  open(path?: string): Promise<void>;
  save(saveAs?: boolean): Promise<void>;
  refreshRecent(): Promise<void>;
  /** Runs `task`, showing a failure from main in the alert region; the briefing is kept. */
  guard(task: () => Promise<void>): Promise<void>;
  /**
   * A revision counter: it changes with every edit, so autosave knows what it last wrote. A
   * function, not state: an edit re-renders the workspace only when `dirty` flips, not per key.
   */
  revision(): number;
  /**
   * The revision the file on disk holds, or the one a save under way writes (`revision()` when it
   * started): an autosave of that revision or an earlier one would only make a stale recovery copy.
   */
  savedRevision(): number;
}

/**
 * The open briefing: its file, unsaved state and the file commands. Properties, citation style and
 * comments live in the editor state (see editor/meta/briefing-meta) and are read back from it here.
 */
export function useBriefingSession(editor: LexicalEditor, ui: EditorUi): BriefingSession {
  const { t } = useTranslation();
  const [path, setPath] = useState<string | null>(null);
  const [meta, setMeta] = useState<BriefingMetaView>(() => readBriefingMetaView(editor));
  // Revisions live in refs; only `dirty` is state, so a keystroke does not re-render the workspace.
  const [dirty, setDirty] = useState(false);
  const savedRevisionRef = useRef(0);
  const savingRevisionRef = useRef<number | null>(null);
  const [recent, setRecent] = useState<Recent>([]);
  const state = useRef({ path });
  state.current = { path };
  const [metaEdits] = useState(() => createMetaEdits(editor));
  const revisionRef = useRef(0);
  const bump = useCallback(() => {
    revisionRef.current += 1;
    setDirty(revisionRef.current !== savedRevisionRef.current);
  }, []);
  const revision = useCallback(() => revisionRef.current, []);
  const savedRevision = useCallback(() => Math.max(savedRevisionRef.current, savingRevisionRef.current ?? -1), []);

  useEffect(
    () =>
      registerBriefingMeta(editor, (view) => {
        setMeta(view);
        ui.citationStyle.set(view.citationStyle);
      }),
    [editor, ui],
  );
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags, prevEditorState }) => {
        if (tags.has(LOAD_TAG) || prevEditorState.isEmpty() || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
        bump();
      }),
    [editor, bump],
  );

  const current = useCallback((): Briefing => editorStateToBriefing(editor.getEditorState()), [editor]);

  const guard = useCallback(
    async (task: () => Promise<void>) => {
      try {
        await task();
      } catch (error) {
        ui.notice.set({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
      }
    },
    [ui],
  );

  const load = useCallback(
    (briefing: Briefing, newPath: string | null, options: { dirty?: boolean } = {}) => {
      loadIntoEditor(editor, briefing);
      metaEdits.reset();
      setPath(newPath);
      ui.quoteStatuses.set(new Map());
      ui.trimming.set(null);
      ui.editingFootnote.set(null);
      ui.form.set(null);
      const next = revisionRef.current + 1;
      revisionRef.current = next;
      savedRevisionRef.current = options.dirty ? next - 1 : next;
      setDirty(options.dirty === true);
    },
    [editor, ui, metaEdits],
  );

  const confirmDiscard = useCallback(() => !dirty || window.confirm(t('editor.discardChanges')), [dirty, t]);

  const refreshRecent = useCallback(() => guard(async () => setRecent(await call('briefingRecent', {}))), [guard]);

  const newBriefing = useCallback(() => {
    if (confirmDiscard()) load(emptyBriefing(), null);
  }, [confirmDiscard, load]);

  const newFrom = useCallback(
    (template: Briefing) => {
      if (!confirmDiscard()) return;
      load(briefingFromTemplate(template, localToday()), null);
    },
    [confirmDiscard, load],
  );

  const open = useCallback(
    (openPath?: string) =>
      guard(async () => {
        if (!confirmDiscard()) return;
        const opened = await call('briefingOpen', openPath ? { path: openPath } : {});
        if (!opened) return;
        load(opened.briefing, opened.path);
        if (opened.notices.length > 0) ui.notice.set({ kind: 'info', text: opened.notices.join(' ') });
        await refreshRecent();
      }),
    [guard, confirmDiscard, load, ui, refreshRecent],
  );

  const save = useCallback(
    (saveAs = false) =>
      guard(async () => {
        const atRevision = revisionRef.current;
        savingRevisionRef.current = atRevision;
        const saved = await call('briefingSave', { briefing: current(), path: state.current.path, saveAs }).finally(
          () => (savingRevisionRef.current = null),
        );
        if (!saved) return;
        setPath(saved.path);
        savedRevisionRef.current = atRevision;
        setDirty(revisionRef.current !== atRevision);
        ui.notice.set({ kind: 'info', text: t('editor.saved', { path: saved.path }) });
        await refreshRecent();
      }),
    [guard, current, ui, t, refreshRecent],
  );

  const setProperties = useCallback((next: BriefingProperties) => metaEdits.setProperties(next), [metaEdits]);
  const setCitationStyle = useCallback((next: CitationStyle) => metaEdits.setCitationStyle(next), [metaEdits]);

  return {
    path,
    name: briefingName(path, meta.properties.title, t('editor.untitled')),
    dirty,
    properties: meta.properties,
    citationStyle: meta.citationStyle,
    annotations: meta.annotations,
    recent,
    revision,
    savedRevision,
    setProperties,
    setCitationStyle,
    current,
    load,
    newBriefing,
    newFrom,
    open,
    save,
    refreshRecent,
    guard,
  };
}

/** Today as ISO `YYYY-MM-DD` in local time (the "Datum" field). */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
