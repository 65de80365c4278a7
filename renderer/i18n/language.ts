import { useTranslation } from 'react-i18next';

/** The interface language ('nl' | 'en') for formatters outside i18next (dates, built titles, keyed messages); re-renders on a switch. */
export function useInterfaceLanguage(): 'nl' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}
