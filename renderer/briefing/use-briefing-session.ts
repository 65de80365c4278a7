import { CLEAR_HISTORY_COMMAND, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { emptyBriefing, type Annotation, type Briefing, type BriefingProperties, type CitationStyle } from '../../app/briefing/model';
import type { Recent } from '../../app/ipc/contract';
import { call } from '../bridge/api';
import type { EditorUi } from '../editor/context/EditorUiContext';
import { $briefingToEditor } from '../editor/model-mapping/from-briefing';
import { editorStateToBriefing } from '../editor/model-mapping/to-briefing';
import { briefingName } from './briefing-name';

export const LOAD_TAG = 'dossier-load';

export interface BriefingSession {
  path: string | null;
  name: string;
  dirty: boolean;
  properties: BriefingProperties;
  citationStyle: CitationStyle;
  annotations: Annotation[];
  recent: Recent;
  setProperties(properties: BriefingProperties): void;
  setCitationStyle(style: CitationStyle): void;
  setAnnotations(update: (annotations: Annotation[]) => Annotation[]): void;
  /** The briefing as it is now (editor content plus what is kept beside it). */
  current(): Briefing;
  load(briefing: Briefing, path: string | null, options?: { dirty?: boolean }): void;
  newBriefing(): void;
  open(path?: string): Promise<void>;
  save(saveAs?: boolean): Promise<void>;
  refreshRecent(): Promise<void>;
  /** Runs `task`, showing a failure from main in the alert region; the briefing is kept. */
  guard(task: () => Promise<void>): Promise<void>;
  /** A revision counter: it changes with every edit, so autosave knows what it last wrote. */
  revision: number;
}

/** The open briefing: its file, properties, comments and unsaved state, and the file commands. */
export function useBriefingSession(editor: LexicalEditor, ui: EditorUi): BriefingSession {
  const { t } = useTranslation();
  const [path, setPath] = useState<string | null>(null);
  const [properties, setPropertiesState] = useState<BriefingProperties>(() => emptyBriefing().properties);
  const [citationStyle, setCitationStyleState] = useState<CitationStyle>('footnote');
  const [annotations, setAnnotationsState] = useState<Annotation[]>([]);
  const [revision, setRevision] = useState(0);
  const [savedRevision, setSavedRevision] = useState(0);
  const [recent, setRecent] = useState<Recent>([]);
  const state = useRef({ properties, citationStyle, annotations, path });
  state.current = { properties, citationStyle, annotations, path };
  const revisionRef = useRef(0);
  const bump = useCallback(() => {
    revisionRef.current += 1;
    setRevision(revisionRef.current);
  }, []);

  useEffect(() => ui.citationStyle.set(citationStyle), [ui, citationStyle]);
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags, prevEditorState }) => {
        if (tags.has(LOAD_TAG) || prevEditorState.isEmpty() || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
        bump();
      }),
    [editor, bump],
  );

  const current = useCallback(
    (): Briefing => editorStateToBriefing(editor.getEditorState(), state.current.properties, state.current.citationStyle, state.current.annotations),
    [editor],
  );

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
      editor.update(() => $briefingToEditor(briefing), { tag: LOAD_TAG, discrete: true });
      editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
      setPropertiesState(briefing.properties);
      setCitationStyleState(briefing.citationStyle);
      setAnnotationsState(briefing.annotations);
      setPath(newPath);
      ui.quoteStatuses.set(new Map());
      ui.trimming.set(null);
      ui.editingNote.set(null);
      const next = revisionRef.current + 1;
      revisionRef.current = next;
      setRevision(next);
      setSavedRevision(options.dirty ? next - 1 : next);
    },
    [editor, ui],
  );

  const dirty = revision !== savedRevision;
  const confirmDiscard = useCallback(() => !dirty || window.confirm(t('editor.discardChanges')), [dirty, t]);

  const refreshRecent = useCallback(() => guard(async () => setRecent(await call('briefingRecent', {}))), [guard]);

  const newBriefing = useCallback(() => {
    if (confirmDiscard()) load(emptyBriefing(), null);
  }, [confirmDiscard, load]);

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
        const saved = await call('briefingSave', { briefing: current(), path: state.current.path, saveAs });
        if (!saved) return;
        setPath(saved.path);
        setSavedRevision(atRevision);
        ui.notice.set({ kind: 'info', text: t('editor.saved', { path: saved.path }) });
        await refreshRecent();
      }),
    [guard, current, ui, t, refreshRecent],
  );

  const setProperties = useCallback((next: BriefingProperties) => (setPropertiesState(next), bump()), [bump]);
  const setCitationStyle = useCallback((next: CitationStyle) => (setCitationStyleState(next), bump()), [bump]);
  const setAnnotations = useCallback((update: (old: Annotation[]) => Annotation[]) => (setAnnotationsState(update), bump()), [bump]);

  return {
    path,
    name: briefingName(path, properties.title, t('editor.untitled')),
    dirty,
    properties,
    citationStyle,
    annotations,
    recent,
    revision,
    setProperties,
    setCitationStyle,
    setAnnotations,
    current,
    load,
    newBriefing,
    open,
    save,
    refreshRecent,
    guard,
  };
}
