import i18next, { type TFunction } from 'i18next';

import { resources } from '../../../renderer/i18n';

/**
 * The interface's `t` in Dutch and in English, each from its own i18next instance over the app's
 * strings (renderer/i18n `resources`, Dutch as fallback, no HTML escaping, as the app sets it up)
 * and without React, for tests of plain functions that take a `TFunction`.
 */
export async function translators(): Promise<{ nl: TFunction; en: TFunction }> {
  const make = async (lng: string) => {
    const instance = i18next.createInstance();
    await instance.init({ resources, lng, fallbackLng: 'nl', interpolation: { escapeValue: false } });
    return instance.t;
  };
  return { nl: await make('nl'), en: await make('en') };
}
