import type { MenuItemConstructorOptions } from 'electron';
import { Menu } from 'electron';

import type { MenuCommand } from '../app/ipc/contract';

/** The application menu, in Dutch; each command is forwarded to the renderer as a `menuCommand` event. */
export function menuTemplate(send: (command: MenuCommand) => void, isMac: boolean): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&Bestand',
      submenu: [
        item('Nieuwe notitie', 'briefing-new', 'CmdOrCtrl+N'),
        item('Notitie openen…', 'briefing-open', 'CmdOrCtrl+O'),
        item('Opslaan', 'briefing-save', 'CmdOrCtrl+S'),
        item('Opslaan als…', 'briefing-save-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item('Corpus openen…', 'corpus-open', 'CmdOrCtrl+Shift+O'),
        { type: 'separator' },
        item('Exporteren naar Word…', 'export-docx', 'CmdOrCtrl+E'),
        item('Exporteren naar PDF…', 'export-pdf', 'CmdOrCtrl+Shift+E'),
        item('Afdrukken…', 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        isMac ? { role: 'close', label: 'Venster sluiten' } : { role: 'quit', label: 'Afsluiten' },
      ],
    },
    {
      label: 'Be&werken',
      submenu: [
        { role: 'undo', label: 'Ongedaan maken' },
        { role: 'redo', label: 'Opnieuw' },
        { type: 'separator' },
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { role: 'selectAll', label: 'Alles selecteren' },
        { type: 'separator' },
        item('Zoeken in corpus', 'find', 'CmdOrCtrl+F'),
        item('Citaten controleren', 'check-quotes', 'CmdOrCtrl+Shift+K'),
      ],
    },
    {
      label: 'Beel&d',
      submenu: [
        { label: 'Taal', submenu: [item('Nederlands', 'language-nl'), item('English', 'language-en')] },
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
