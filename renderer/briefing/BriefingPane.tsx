import './BriefingPane.css';

import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useState } from 'react';

import { RegisterBriefingEditor } from '../editor/context/BriefingEditorRegistry';
import { createEditorUi, EditorUiContext } from '../editor/context/EditorUiContext';
import { briefingNodes } from '../editor/nodes';
import { theme } from '../editor/theme/theme';
import { BriefingWorkspace } from './BriefingWorkspace';

/** The briefing pane: a Lexical editor with quoted passages, footnotes and comments, and its file commands. */
export function BriefingPane() {
  const [ui] = useState(createEditorUi);
  const initialConfig = {
    namespace: 'dossier-briefing',
    theme,
    nodes: [...briefingNodes],
    onError: (error: Error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <EditorUiContext.Provider value={ui}>
        <RegisterBriefingEditor />
        <BriefingWorkspace />
      </EditorUiContext.Provider>
    </LexicalComposer>
  );
}
