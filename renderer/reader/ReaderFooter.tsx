import { useTranslation } from 'react-i18next';

import { command } from '../../app/commands/commands';
import { ariaKeyShortcut } from '../../app/commands/shortcut';
import { useCommandLabel } from '../ui/useCommandLabel';
import { useAddPassage } from './passage-transfer';
import type { ReaderRange } from './selection-range';

const ADD_PASSAGE_SHORTCUT = command('add-passage').shortcuts[0]!;

/** The current selection as (block, offsets) and the button that adds it to the briefing. */
export function ReaderFooter({ range }: { range: ReaderRange | null }) {
  const { t } = useTranslation();
  const { label, tooltip } = useCommandLabel();
  const addPassage = useAddPassage();
  let status = t('reader.noSelection');
  if (range) {
    status =
      range.start.block === range.end.block
        ? t('reader.selectionOne', { block: range.start.block, start: range.start.offset, end: range.end.offset })
        : t('reader.selectionMany', {
            startBlock: range.start.block,
            start: range.start.offset,
            endBlock: range.end.block,
            end: range.end.offset,
          });
  }
  return (
    <footer className="reader-footer">
      <span className="selection-status" data-testid="selection-status" role="status" aria-label={t('reader.selectionLabel')}>
        {status}
      </span>
      <button
        type="button"
        className="button primary"
        disabled={!range}
        aria-keyshortcuts={ariaKeyShortcut(ADD_PASSAGE_SHORTCUT)}
        title={tooltip('add-passage')}
        // Keep the reader's selection: a mouse press on the button must not collapse it first.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => range && addPassage(range)}
      >
        {label('add-passage')}
      </button>
    </footer>
  );
}
