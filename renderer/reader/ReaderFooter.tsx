import { useTranslation } from 'react-i18next';

import { command } from '../../app/commands/commands';
import { ariaKeyShortcut } from '../../app/commands/shortcut';
import type { Block } from '../../app/corpus/types';
import { useCommandLabel } from '../ui/useCommandLabel';
import { useAddPassage } from './passage-transfer';
import type { ReaderRange } from './selection-range';
import { describeSelection } from './selection-status';
import { summariseSelection } from './selection-summary';

const ADD_PASSAGE_SHORTCUT = command('add-passage').shortcuts[0]!;

/** The current selection in plain words ("Twee zinnen uit alinea 4 geselecteerd") and the button that adds it to the briefing. */
export function ReaderFooter({ range, blocks }: { range: ReaderRange | null; blocks: readonly Block[] }) {
  const { t } = useTranslation();
  const { label, tooltip } = useCommandLabel();
  const addPassage = useAddPassage();
  const summary = range ? summariseSelection(blocks, range) : null;
  const status = summary ? describeSelection(summary, t) : t('reader.noSelection');
  // The exact range stays readable for tests and support: `b5:257–b5:462`.
  const exact = range ? `${range.start.block}:${range.start.offset}–${range.end.block}:${range.end.offset}` : undefined;
  return (
    <footer className="reader-footer">
      <span
        className="selection-status"
        data-testid="selection-status"
        data-range={exact}
        role="status"
        aria-label={t('reader.selectionLabel')}
      >
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
