import { useTranslation } from 'react-i18next';

import type { Letter } from '../../app/corpus/types';
import { renderMessageOr } from '../../app/ipc/messages';

/**
 * What was noticed while reading a letter and not guessed (issue 14: a gap or a duplicate in a
 * PDF's note numbering), as a notice above its text: each keyed warning rendered in the interface
 * language (app/ipc/messages `pdf.*`); a key this version does not know shows as the key.
 */
export function LetterWarnings({ warnings }: { warnings: Letter['warnings'] }) {
  const { t, i18n } = useTranslation();
  if (!warnings || warnings.length === 0) return null;
  const language = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <div className="reader-notice reader-warnings" role="note">
      <p>{t('reader.warnings')}</p>
      <ul>
        {warnings.map((warning, i) => (
          <li key={i}>{renderMessageOr(warning, language, warning.key)}</li>
        ))}
      </ul>
    </div>
  );
}
