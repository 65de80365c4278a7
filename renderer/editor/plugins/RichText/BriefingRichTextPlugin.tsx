import { registerDragonSupport } from '@lexical/dragon';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { type JSX, useLayoutEffect } from 'react';

import { DecoratorPortals } from './DecoratorPortals';

/**
 * Rich text editing as Lexical's `RichTextPlugin` sets it up (its commands through
 * `registerRichText`, speech-dictation support through `registerDragonSupport`, the given
 * content editable), with the decorator views rendered by DecoratorPortals instead of Lexical's
 * list, which renders every passage's and reference's portal again on each insert.
 */
export function BriefingRichTextPlugin({ contentEditable }: { contentEditable: JSX.Element }) {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(() => mergeRegister(registerRichText(editor), registerDragonSupport(editor)), [editor]);
  return (
    <>
      {contentEditable}
      <DecoratorPortals editor={editor} />
    </>
  );
}
