import type { MenuItemConstructorOptions } from 'electron';
import { Menu } from 'electron';

import { command } from '../app/commands/commands';
import { accelerator } from '../app/commands/shortcut';
import type { MenuCommand } from '../app/ipc/contract';

/**
 * The application menu, in Dutch; each command is forwarded to the renderer as a `menuCommand`
 * event. Labels and accelerators come from the command table (app/commands/commands.ts).
 */
export function menuTemplate(send: (command: MenuCommand) => void, isMac: boolean): MenuItemConstructorOptions[] {
  const item = (id: MenuCommand): MenuItemConstructorOptions => {
    const spec = command(id);
    const first = spec.shortcuts[0];
    return { label: spec.label.nl, accelerator: first ? accelerator(first) : undefined, click: () => send(id) };
  };
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&Bestand',
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
        isMac ? { role: 'close', label: 'Venster sluiten' } : { role: 'quit', label: 'Afsluiten' },
      ],
    },
    {
      label: 'Be&werken',
      submenu: [
        { role: 'undo', label: command('undo').label.nl },
        { role: 'redo', label: command('redo').label.nl },
        { type: 'separator' },
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { role: 'selectAll', label: 'Alles selecteren' },
        { type: 'separator' },
        item('find'),
        item('check-quotes'),
      ],
    },
    {
      label: 'Beel&d',
      submenu: [
        { label: 'Taal', submenu: [item('language-nl'), item('language-en')] },
        { type: 'separator' },
        { role: 'resetZoom', label: 'Ware grootte' },
        { role: 'zoomIn', label: 'Inzoomen' },
        { role: 'zoomOut', label: 'Uitzoomen' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Volledig scherm' },
      ],
    },
  ];
}

export function installMenu(send: (command: MenuCommand) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(send, process.platform === 'darwin')));
}
