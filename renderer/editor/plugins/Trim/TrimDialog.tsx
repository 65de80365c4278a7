import './Trim.css';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Passage } from '../../../../app/briefing/model';
import { useEditorUi, useStore } from '../../context/EditorUiContext';
import { $isPassageNode } from '../../nodes/PassageNode';
import { OMISSION } from '../../utils/passage-text';
import { TRIM_PASSAGE_COMMAND } from './trim-commands';
import { offsetInRenderedPart } from './trim-node';

/**
 * "Inkorten": choose the new start and end of each part (source offsets), or select the words to
 * keep in the passage and press "Selectie gebruiken"; the preview shows the result with "[…]".
 */
export function TrimDialog() {
  const [editor] = useLexicalComposerContext();
  const ui = useEditorUi();
  const { t } = useTranslation();
  const key = useStore(ui.trimming);
  const [passage, setPassage] = useState<Passage | null>(null);
  const [ranges, setRanges] = useState<Array<[number, number]>>([]);

  useEffect(() => {
    const found = key ? editor.getEditorState().read(() => $getNodeByKey(key)) : null;
    const current = $isPassageNode(found) ? editor.getEditorState().read(() => found.getPassage()) : null;
    setPassage(current);
    setRanges(current ? current.parts.map((part) => [part.start, part.end]) : []);
  }, [editor, key]);

  if (!key || !passage) return null;
  const close = () => ui.trimming.set(null);
  const valid = ranges.every(([start, end], index) => {
    const part = passage.parts[index]!;
    return start >= part.start && end <= part.end && end > start;
  });
  const useSelection = () => {
    const selection = window.getSelection();
    const host = editor.getElementByKey(key);
    if (!selection || selection.rangeCount === 0 || !host) return;
    const range = selection.getRangeAt(0);
    host.querySelectorAll<HTMLElement>('[data-part]').forEach((element) => {
      const index = Number(element.dataset.part);
      const part = passage.parts[index];
      if (!part) return;
      const start = offsetInRenderedPart(element, part.start, range.startContainer, range.startOffset);
      const end = offsetInRenderedPart(element, part.start, range.endContainer, range.endOffset);
      if (start !== null || end !== null) {
        setRanges((old) => old.map((value, i) => (i === index ? [start ?? part.start, end ?? part.end] : value)));
      }
    });
  };
  const apply = () => {
    editor.dispatchCommand(TRIM_PASSAGE_COMMAND, { key, ranges });
    close();
  };

  return (
    <div className="ed-trim" role="dialog" aria-label={t('editor.trimTitle')}>
      <h3 className="ed-panel-title">{t('editor.trimTitle')}</h3>
      {passage.parts.map((part, index) => {
        const [start, end] = ranges[index] ?? [part.start, part.end];
        const set = (which: 0 | 1, value: number) =>
          setRanges((old) => old.map((pair, i) => (i === index ? (which === 0 ? [value, pair[1]] : [pair[0], value]) : pair)));
        const kept = part.text.slice(start - part.start, end - part.start);
        return (
          <fieldset key={index} className="ed-trim-part">
            <legend>{t('editor.trimPart', { n: index + 1 })}</legend>
            <label>
              {t('editor.trimStart')}
              <input type="number" min={part.start} max={part.end} value={start} onChange={(event) => set(0, Number(event.target.value))} />
            </label>
            <label>
              {t('editor.trimEnd')}
              <input type="number" min={part.start} max={part.end} value={end} onChange={(event) => set(1, Number(event.target.value))} />
            </label>
            <p className="ed-trim-preview" aria-label={t('editor.trimPreview')}>
              {start > part.start || part.omittedBefore ? `${OMISSION} ` : ''}
              {kept}
              {end < part.end || part.omittedAfter ? ` ${OMISSION}` : ''}
            </p>
          </fieldset>
        );
      })}
      <div className="ed-trim-actions">
        <button type="button" className="ed-passage-action" onMouseDown={(event) => event.preventDefault()} onClick={useSelection}>
          {t('editor.trimUseSelection')}
        </button>
        <button type="button" className="ed-passage-action is-primary" disabled={!valid} onClick={apply}>
          {t('editor.trimApply')}
        </button>
        <button type="button" className="ed-passage-action" onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
