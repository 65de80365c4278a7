import './BriefingEditor.css';

import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useState } from 'react';

import { BriefingWorkspace } from './BriefingWorkspace';
import { createEditorUi, EditorUiContext } from './context/EditorUiContext';
import { briefingNodes } from './nodes';
import { theme } from './theme/theme';

/** The briefing: a Lexical editor with quoted passages, notes and comments, and its file commands. */
export function BriefingEditor() {
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
        <BriefingWorkspace />
      </EditorUiContext.Provider>
    </LexicalComposer>
  );
}
