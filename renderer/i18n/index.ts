import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import { call } from '../bridge/api';
import { citationMap } from './strings/citation-map';
import { commands } from './strings/commands';
import { common } from './strings/common';
import { editor } from './strings/editor';
import { find } from './strings/find';
import { library } from './strings/library';
import { links } from './strings/links';
import { preview } from './strings/preview';
import { reader } from './strings/reader';
import { sources } from './strings/sources';
import { tables } from './strings/tables';
import { templates } from './strings/templates';

export type Language = 'nl' | 'en';
const STORAGE_KEY = 'dossier.language';

/** All interface strings, one file per pane under `strings/`; Dutch is the default. */
export const resources = {
  nl: {
    translation: {
      common: common.nl,
      library: library.nl,
      reader: reader.nl,
      editor: editor.nl,
      commands: commands.nl,
      citationMap: citationMap.nl,
      preview: preview.nl,
      sources: sources.nl,
      links: links.nl,
      find: find.nl,
      tables: tables.nl,
      templates: templates.nl,
    },
  },
  en: {
    translation: {
      common: common.en,
      library: library.en,
      reader: reader.en,
      editor: editor.en,
      commands: commands.en,
      citationMap: citationMap.en,
      preview: preview.en,
      sources: sources.en,
      links: links.en,
      find: find.en,
      tables: tables.en,
      templates: templates.en,
    },
  },
};

export function storedLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: storedLanguage(),
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
  tellMain(storedLanguage());
  return i18next;
}

/** Main speaks the window's language too (its menu, dialogs and messages); without a bridge there is nothing to tell. */
function tellMain(language: Language): void {
  if (window.dossier) void call('setLanguage', { language }).catch(() => undefined);
}

export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  tellMain(language);
}
