import { useTranslation } from 'react-i18next';

import { type Language, setLanguage } from '../i18n';
import { useCommands } from './useCommands';

/** Dutch/English choice for the interface; also follows the menu's language commands. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  useCommands({ 'language-nl': () => void setLanguage('nl'), 'language-en': () => void setLanguage('en') });
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('common.language')}</span>
      <select value={i18n.language === 'en' ? 'en' : 'nl'} onChange={(e) => void setLanguage(e.target.value as Language)}>
        <option value="nl" lang="nl">
          NL
        </option>
        <option value="en" lang="en">
          EN
        </option>
      </select>
    </label>
  );
}
