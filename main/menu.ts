import type { MenuItemConstructorOptions } from 'electron';
import { Menu } from 'electron';

import { command } from '../app/commands/commands';
import { accelerator, menuShortcut } from '../app/commands/shortcut';
import type { MenuCommand } from '../app/ipc/contract';
import type { Language } from '../app/ipc/messages';
import { interfaceLanguage, onInterfaceLanguage } from './language';
import { NATIVE_TEXT } from './native-text';

/**
 * The application menu in `language` (Dutch by default); each command is forwarded to the renderer
 * as a `menuCommand` event. Commands' labels and accelerators come from the command table
 * (app/commands/commands.ts), the menu's own words from main/native-text.ts.
 */
export function menuTemplate(
  send: (command: MenuCommand) => void,
  isMac: boolean,
  language: Language = 'nl',
): MenuItemConstructorOptions[] {
  const text = NATIVE_TEXT[language];
  const item = (id: MenuCommand): MenuItemConstructorOptions => {
    const spec = command(id);
    const shown = menuShortcut(spec.shortcuts, isMac);
    return { label: spec.label[language], accelerator: shown ? accelerator(shown) : undefined, click: () => send(id) };
  };
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: text.file,
      submenu: [
        item('briefing-new'),
        item('briefing-open'),
        item('briefing-save'),
        item('briefing-save-as'),
        { type: 'separator' },
        item('corpus-open'),
        { type: 'separator' },
        item('export-docx'),
        item('export-pdf'),
        item('export-odt'),
        item('print'),
        { type: 'separator' },
        isMac ? { role: 'close', label: text.closeWindow } : { role: 'quit', label: text.quit },
      ],
    },
    {
      label: text.edit,
      submenu: [
        { role: 'undo', label: command('undo').label[language] },
        { role: 'redo', label: command('redo').label[language] },
        { type: 'separator' },
        { role: 'cut', label: text.cut },
        { role: 'copy', label: text.copy },
        { role: 'paste', label: text.paste },
        { role: 'selectAll', label: text.selectAll },
        { type: 'separator' },
        item('find'),
        item('find-replace'),
        item('check-quotes'),
        item('sources-report'),
      ],
    },
    {
      label: '&Ga',
      // Alt+← / Alt+→ are the window's own keys (renderer), so they still move the caret in text.
      submenu: [
        { ...item('reader-back'), registerAccelerator: false },
        { ...item('reader-forward'), registerAccelerator: false },
      ],
    },
    {
      label: text.view,
      submenu: [
        { label: text.language, submenu: [item('language-nl'), item('language-en')] },
        { type: 'separator' },
        { role: 'resetZoom', label: text.resetZoom },
        { role: 'zoomIn', label: text.zoomIn },
        { role: 'zoomOut', label: text.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: text.fullScreen },
      ],
    },
  ];
}

/** Installs the menu in the interface language, and again in the new one whenever it changes. */
export function installMenu(send: (command: MenuCommand) => void): void {
  const install = (language: Language) =>
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(send, process.platform === 'darwin', language)));
  install(interfaceLanguage());
  onInterfaceLanguage(install);
}
