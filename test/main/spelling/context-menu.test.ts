import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ popups: [] as unknown[] }));
vi.mock('electron', () => ({
  Menu: { buildFromTemplate: (template: unknown) => ({ popup: () => electron.popups.push(template) }) },
}));

const { contextMenuTemplate, installContextMenu } = await import('../../../main/spelling/context-menu');
type Facts = Parameters<typeof contextMenuTemplate>[0];

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const misspelled: Facts = {
  isEditable: true,
  misspelledWord: 'gistern',
  dictionarySuggestions: ['gisteren', 'gister'],
  selectionText: '',
  editFlags: flags,
};
const describeItem = (item: MenuItemConstructorOptions) => item.role ?? item.label ?? item.type;

function actions() {
  const done: string[] = [];
  return {
    done,
    replaceMisspelling: (word: string) => done.push(`replace:${word}`),
    addToDictionary: (word: string) => done.push(`add:${word}`),
  };
}

describe('the context menu', () => {
  it('offers the suggestions, "Toevoegen aan woordenlijst", then cut/copy/paste/select all for a misspelled word', () => {
    const act = actions();
    const items = contextMenuTemplate(misspelled, act, 'nl');
    expect(items.map(describeItem)).toEqual([
      'gisteren',
      'gister',
      'separator',
      'Toevoegen aan woordenlijst',
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
    expect(items.filter((item) => item.role).map((item) => item.label)).toEqual(['Knippen', 'Kopiëren', 'Plakken', 'Alles selecteren']);
    (items[0]!.click as () => void)();
    (items[3]!.click as () => void)();
    expect(act.done).toEqual(['replace:gisteren', 'add:gistern']);
  });

  it('speaks English when the interface does', () => {
    const items = contextMenuTemplate({ ...misspelled, dictionarySuggestions: [] }, actions(), 'en');
    expect(items.map((item) => item.label).filter(Boolean)).toEqual([
      'No suggestions',
      'Add to dictionary',
      'Cut',
      'Copy',
      'Paste',
      'Select all',
    ]);
    expect(items[0]!.enabled).toBe(false);
  });

  it('has no spelling items on a correct word, and follows the edit flags', () => {
    const items = contextMenuTemplate(
      { ...misspelled, misspelledWord: '', dictionarySuggestions: [], editFlags: { ...flags, canCut: false, canCopy: false } },
      actions(),
      'nl',
    );
    expect(items.map(describeItem)).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll']);
    expect(items.map((item) => item.enabled)).toEqual([false, false, true, undefined, true]);
  });

  it('never offers a spelling item outside editable text: a quoted passage (contenteditable=false), the reader', () => {
    // Even if Chromium reported a word, a passage is not editable: nothing may change it.
    const passage: Facts = {
      ...misspelled,
      isEditable: false,
      selectionText: 'Het kabinet heeft besloten',
      editFlags: { ...flags, canCut: false, canPaste: false },
    };
    const items = contextMenuTemplate(passage, actions(), 'nl');
    expect(items.map(describeItem)).toEqual(['copy', 'selectAll']);
    expect(items.some((item) => item.click)).toBe(false);
    expect(contextMenuTemplate({ ...passage, selectionText: ' ' }, actions(), 'nl').map(describeItem)).toEqual(['selectAll']);
    expect(contextMenuTemplate({ ...passage, selectionText: '', editFlags: { ...flags, canSelectAll: false } }, actions(), 'nl')).toEqual(
      [],
    );
  });

  it("is shown on the web contents' context-menu event, wired to replaceMisspelling and the session's word list", () => {
    const calls: string[] = [];
    let handler: ((event: unknown, params: Facts) => void) | undefined;
    const contents = {
      on: (event: string, listener: typeof handler) => {
        if (event === 'context-menu') handler = listener;
      },
      replaceMisspelling: (word: string) => calls.push(`replace:${word}`),
      session: { addWordToSpellCheckerDictionary: (word: string) => (calls.push(`add:${word}`), true) },
    };
    installContextMenu(contents as never, () => 'en');
    handler!({}, misspelled);
    const shown = electron.popups.at(-1) as MenuItemConstructorOptions[];
    expect(shown.map(describeItem).slice(0, 4)).toEqual(['gisteren', 'gister', 'separator', 'Add to dictionary']);
    (shown[1]!.click as () => void)();
    (shown[3]!.click as () => void)();
    expect(calls).toEqual(['replace:gister', 'add:gistern']);
  });
});
