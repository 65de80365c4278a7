// @vitest-environment happy-dom
import i18next from 'i18next';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { parseLocalDate } from '../../../../../app/corpus/localized-date';
import { DateField } from '../../../../../renderer/editor/plugins/Properties/DateField';
import { initI18n } from '../../../../../renderer/i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
const render = async (value: string, onChange: (value: string) => void) => {
  document.body.innerHTML = '<div></div>';
  root = createRoot(document.body.firstElementChild!);
  await act(async () => root!.render(createElement(DateField, { id: 'd', value, onChange })));
  return document.getElementById('d') as HTMLInputElement;
};
// Types into the field as React sees input (the value setter React tracks, then an input event).
const type = async (input: HTMLInputElement, text: string) => {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
};

describe('parseLocalDate: a typed date in Dutch or English to ISO', () => {
  it('reads written and numeric forms, day first; rejects other text and impossible days', () => {
    expect(parseLocalDate('30 november 2026')).toBe('2026-11-30');
    expect(parseLocalDate(' 30 November 2026 ')).toBe('2026-11-30');
    expect(parseLocalDate('November 30, 2026')).toBe('2026-11-30');
    expect(parseLocalDate('1 okt. 2026')).toBe('2026-10-01');
    expect(parseLocalDate('30-11-2026')).toBe('2026-11-30');
    expect(parseLocalDate('30/11/2026')).toBe('2026-11-30');
    expect(parseLocalDate('2026-11-30')).toBe('2026-11-30');
    expect(parseLocalDate('31-4-2026')).toBeNull();
    expect(parseLocalDate('30 novembre 2026')).toBeNull();
    expect(parseLocalDate('morgen')).toBeNull();
    expect(parseLocalDate('30 november 2026 of later')).toBeNull();
  });
});

describe('the briefing’s Datum field follows the interface language, not the browser’s locale (fresh-eyes test, finding 5)', () => {
  beforeAll(async () => {
    await initI18n();
  });
  afterEach(async () => {
    await act(async () => root?.unmount());
    await i18next.changeLanguage('nl');
  });

  it('shows "30 november 2026" in Dutch and "30 November 2026" in English', async () => {
    await i18next.changeLanguage('nl');
    expect((await render('2026-11-30', () => undefined)).value).toBe('30 november 2026');
    await act(async () => root!.unmount());
    await i18next.changeLanguage('en');
    expect((await render('2026-11-30', () => undefined)).value).toBe('30 November 2026');
  });

  it('stores a typed date as ISO on leaving the field; text that is no date is marked and not stored', async () => {
    const onChange = vi.fn();
    const input = await render('2026-11-30', onChange);
    await type(input, '1-12-2026');
    await act(async () => input.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(onChange).toHaveBeenCalledWith('2026-12-01');
    onChange.mockClear();
    await type(input, 'volgende week');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await act(async () => input.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(onChange).not.toHaveBeenCalled();
    expect(input.value).toBe('volgende week');
  });
});
