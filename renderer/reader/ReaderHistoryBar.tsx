import './ReaderHistoryBar.css';

import { useTranslation } from 'react-i18next';

import { command } from '../../app/commands/commands';
import { ariaKeyShortcut } from '../../app/commands/shortcut';
import type { ReaderNavigation } from '../state/useReaderHistory';
import { useCommandLabel } from '../ui/useCommandLabel';

/** What the reader needs of its history: the moves, whether each can be made, where the reader is scrolled. */
export type HistoryControls = Pick<ReaderNavigation, 'back' | 'forward' | 'canBack' | 'canForward' | 'rememberScroll'>;

const BACK = command('reader-back').shortcuts[0]!;
const FORWARD = command('reader-forward').shortcuts[0]!;

/** The reader's Back and Forward buttons (Alt+← / Alt+→), over the letters and positions shown. */
export function ReaderHistoryBar({ history }: { history: HistoryControls }) {
  const { t } = useTranslation();
  const { label, tooltip } = useCommandLabel();
  return (
    <nav className="reader-history" aria-label={t('reader.history')}>
      <button
        type="button"
        className="button"
        disabled={!history.canBack}
        onClick={history.back}
        title={tooltip('reader-back')}
        aria-keyshortcuts={ariaKeyShortcut(BACK)}
      >
        <span aria-hidden="true">← </span>
        {label('reader-back')}
      </button>
      <button
        type="button"
        className="button"
        disabled={!history.canForward}
        onClick={history.forward}
        title={tooltip('reader-forward')}
        aria-keyshortcuts={ariaKeyShortcut(FORWARD)}
      >
        {label('reader-forward')}
        <span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
