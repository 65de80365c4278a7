import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { COMMANDS } from '../../../app/commands/commands';
import { commandForKey, shortcutTableMarkdown, withShortcut } from '../../../app/commands/lookup';
import { accelerator, ariaKeyShortcut, matchesShortcut, menuShortcut, shortcutLabel } from '../../../app/commands/shortcut';

const press = (code: string, mods: { shift?: boolean; alt?: boolean; meta?: boolean } = {}) => ({
  code,
  ctrlKey: !mods.meta,
  metaKey: Boolean(mods.meta),
  shiftKey: Boolean(mods.shift),
  altKey: Boolean(mods.alt),
});

describe('command table', () => {
  it('writes a shortcut in Electron, display and ARIA form', () => {
    const saveAs = { key: 'S', shift: true } as const;
    expect(accelerator(saveAs)).toBe('CmdOrCtrl+Shift+S');
    expect(shortcutLabel(saveAs)).toBe('Ctrl+Shift+S');
    expect(ariaKeyShortcut({ key: 'Enter', shift: true })).toBe('Control+Shift+Enter');
    expect(shortcutLabel({ key: 'F', alt: true })).toBe('Ctrl+Alt+F');
  });

  it('matches Ctrl or Cmd with Shift and Alt exactly as given', () => {
    expect(matchesShortcut({ key: 'S' }, press('KeyS'))).toBe(true);
    expect(matchesShortcut({ key: 'S' }, press('KeyS', { meta: true }))).toBe(true);
    expect(matchesShortcut({ key: 'S' }, press('KeyS', { shift: true }))).toBe(false);
    expect(matchesShortcut({ key: 'S' }, { ...press('KeyS'), ctrlKey: false })).toBe(false);
    expect(matchesShortcut({ key: 'Enter', shift: true }, press('NumpadEnter', { shift: true }))).toBe(true);
  });

  it('finds the command of a key press within its scope', () => {
    expect(commandForKey('menu', press('KeyS'))).toBe('briefing-save');
    expect(commandForKey('menu', press('KeyS', { shift: true }))).toBe('briefing-save-as');
    expect(commandForKey('menu', press('KeyF'))).toBe('find');
    expect(commandForKey('editor', press('KeyF', { alt: true }))).toBe('insert-footnote');
    expect(commandForKey('editor', press('KeyY'))).toBe('redo');
    expect(commandForKey('editor', press('KeyZ', { shift: true }))).toBe('redo');
    expect(commandForKey('reader', press('Enter', { shift: true }))).toBe('add-passage');
    expect(commandForKey('menu', press('KeyQ'))).toBeNull();
  });

  it('never takes AltGr (reported as Ctrl+Alt on Windows) for a Ctrl+Alt shortcut', () => {
    const altGr = { ...press('KeyM', { alt: true }), getModifierState: (key: string) => key === 'AltGraph' };
    const leftAlt = { ...press('KeyM', { alt: true }), getModifierState: () => false };
    expect(commandForKey('editor', altGr)).toBeNull();
    expect(commandForKey('editor', { ...altGr, code: 'KeyF' })).toBeNull();
    expect(commandForKey('editor', leftAlt)).toBe('add-comment');
    expect(commandForKey('editor', { ...leftAlt, code: 'KeyF' })).toBe('insert-footnote');
    // AltGr is only refused for Ctrl+Alt shortcuts: Ctrl+B with AltGr state never reported stays bold.
    expect(commandForKey('editor', { ...press('KeyB'), getModifierState: () => false })).toBe('bold');
  });

  it('finds and replaces with Ctrl+H, and with Cmd+Shift+H in the macOS menu (Cmd+H hides the app there)', () => {
    const shortcuts = COMMANDS.find((c) => c.id === 'find-replace')!.shortcuts;
    expect(accelerator(menuShortcut(shortcuts, false)!)).toBe('CmdOrCtrl+H');
    expect(accelerator(menuShortcut(shortcuts, true)!)).toBe('CmdOrCtrl+Shift+H');
    expect(commandForKey('menu', press('KeyH'))).toBe('find-replace');
    expect(commandForKey('menu', press('KeyH', { shift: true, meta: true }))).toBe('find-replace');
    // No other command of the menu claims Cmd+H on macOS.
    const macMenu = COMMANDS.filter((c) => c.scope === 'menu').map((c) => menuShortcut(c.shortcuts, true));
    expect(macMenu.filter((s) => s && accelerator(s) === 'CmdOrCtrl+H')).toEqual([]);
  });

  it('goes back and forward with Alt+← / Alt+→, without Ctrl, in the window scope', () => {
    const alt = (code: string, ctrl = false) => ({ code, ctrlKey: ctrl, metaKey: false, shiftKey: false, altKey: true });
    expect(commandForKey('window', alt('ArrowLeft'))).toBe('reader-back');
    expect(commandForKey('window', alt('ArrowRight'))).toBe('reader-forward');
    expect(commandForKey('window', alt('ArrowLeft', true))).toBeNull();
    const backKeys = { key: 'ArrowLeft', alt: true, commandKey: false } as const;
    expect([accelerator(backKeys), shortcutLabel(backKeys), ariaKeyShortcut(backKeys)]).toEqual(['Alt+Left', 'Alt+←', 'Alt+ArrowLeft']);
  });

  it('has unique ids and no shortcut twice where both could act at once', () => {
    expect(new Set(COMMANDS.map((entry) => entry.id)).size).toBe(COMMANDS.length);
    // Menu shortcuts act everywhere, so none may repeat in any scope; editor and reader never overlap.
    const seen = new Map<string, string>();
    for (const entry of COMMANDS) {
      for (const shortcut of entry.shortcuts) {
        const label = shortcutLabel(shortcut);
        expect(seen.get(label), `${label}: ${entry.id}`).toBeUndefined();
        seen.set(label, entry.id);
      }
    }
  });

  it('puts the first shortcut after a tooltip label', () => {
    expect(withShortcut('Vet', 'bold')).toBe('Vet (Ctrl+B)');
    expect(withShortcut('Opnieuw', 'redo')).toBe('Opnieuw (Ctrl+Shift+Z)');
    expect(withShortcut('English', 'language-en')).toBe('English');
  });

  it("is the README's shortcut table, word for word", () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const match = /<!-- shortcuts:start[^>]*-->\n\n([\s\S]*?)\n\n<!-- shortcuts:end -->/.exec(readme);
    expect(match, 'README.md lacks the <!-- shortcuts:start --> … <!-- shortcuts:end --> block').not.toBeNull();
    expect(match![1], 'update README.md with the table printed here').toBe(shortcutTableMarkdown());
  });
});
