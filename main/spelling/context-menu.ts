import type { ContextMenuParams, MenuItemConstructorOptions, WebContents } from 'electron';
import { Menu } from 'electron';

import type { Language } from '../../app/ipc/messages';
import { interfaceLanguage } from '../language';
import { NATIVE_TEXT } from '../native-text';

/** The parts of Electron's `context-menu` parameters the menu is made from. */
export type ContextMenuFacts = Pick<ContextMenuParams, 'isEditable' | 'misspelledWord' | 'dictionarySuggestions' | 'selectionText'> & {
  editFlags: Pick<ContextMenuParams['editFlags'], 'canCut' | 'canCopy' | 'canPaste' | 'canSelectAll'>;
};

/** What the spelling items do: `webContents.replaceMisspelling` and `session.addWordToSpellCheckerDictionary`. */
export interface SpellingActions {
  replaceMisspelling(suggestion: string): void;
  addToDictionary(word: string): void;
}

/**
 * The right-click menu in `language` (words from main/native-text.ts):
 * - in editable text (the briefing) on a word the spell checker marked: its suggestions (each
 *   replaces the word), or "Geen suggesties", then "Toevoegen aan woordenlijst"; then cut, copy,
 *   paste and select all, each enabled as Chromium's edit flags say;
 * - anywhere else (a letter in the reader, a quoted passage: Lexical renders passages
 *   contenteditable=false, so Chromium neither checks nor offers to change them): copy and select
 *   all, never a spelling item.
 * Returns an empty list when there is nothing to offer (no menu is shown then).
 */
export function contextMenuTemplate(facts: ContextMenuFacts, actions: SpellingActions, language: Language): MenuItemConstructorOptions[] {
  const text = NATIVE_TEXT[language];
  const flags = facts.editFlags;
  if (!facts.isEditable) {
    const items: MenuItemConstructorOptions[] = [];
    if (facts.selectionText.trim() !== '') items.push({ role: 'copy', label: text.copy, enabled: flags.canCopy });
    if (flags.canSelectAll) items.push({ role: 'selectAll', label: text.selectAll });
    return items;
  }
  const spelling: MenuItemConstructorOptions[] = [];
  const word = facts.misspelledWord;
  if (word) {
    const suggestions = facts.dictionarySuggestions.map((suggestion): MenuItemConstructorOptions => ({
      label: suggestion,
      click: () => actions.replaceMisspelling(suggestion),
    }));
    spelling.push(
      ...(suggestions.length > 0 ? suggestions : [{ label: text.noSuggestions, enabled: false }]),
      { type: 'separator' },
      { label: text.addToDictionary, click: () => actions.addToDictionary(word) },
      { type: 'separator' },
    );
  }
  return [
    ...spelling,
    { role: 'cut', label: text.cut, enabled: flags.canCut },
    { role: 'copy', label: text.copy, enabled: flags.canCopy },
    { role: 'paste', label: text.paste, enabled: flags.canPaste },
    { type: 'separator' },
    { role: 'selectAll', label: text.selectAll, enabled: flags.canSelectAll },
  ];
}

/**
 * Shows `contextMenuTemplate` on every right-click in `contents`, in the current interface
 * language (main/language.ts), with the spelling actions wired to this web contents and its session.
 */
export function installContextMenu(contents: WebContents, language: () => Language = interfaceLanguage): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(
      params,
      {
        replaceMisspelling: (suggestion) => contents.replaceMisspelling(suggestion),
        addToDictionary: (word) => void contents.session.addWordToSpellCheckerDictionary(word),
      },
      language(),
    );
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
}
