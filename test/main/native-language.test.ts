import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  options: [] as Array<{ title?: string; buttonLabel?: string; filters?: Array<{ name: string }> }>,
  menus: [] as unknown[],
}));
vi.mock('electron', () => ({
  dialog: {
    showOpenDialog: async (_parent: unknown, options: (typeof electron.options)[number]) => (
      electron.options.push(options),
      { canceled: true, filePaths: [] }
    ),
    showSaveDialog: async (_parent: unknown, options: (typeof electron.options)[number]) => (
      electron.options.push(options),
      { canceled: true }
    ),
  },
  Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => electron.menus.push(menu) },
}));

const { electronDialogs } = await import('../../main/dialogs');
const { setInterfaceLanguage } = await import('../../main/language');
const { installMenu, menuTemplate } = await import('../../main/menu');

/** Words of the Dutch interface: none may be left in the English menu or dialogs. */
const DUTCH =
  /Bestand|Bewerken|Beeld|Notitie|Opslaan|Openen|Exporteren|Knippen|Plakken|Kopiëren|Taal|Afsluiten|Brieven|Zoeken|Citaten|Afdrukken|Ongedaan|Nieuwe|Venster|Ware grootte|Inzoomen|Uitzoomen|Volledig/;

const labels = (items: readonly MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [item.label ?? '', ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])]).filter(Boolean);

afterEach(() => {
  setInterfaceLanguage('nl');
  electron.options.length = 0;
});

describe('the menu in the interface language', () => {
  it('is Dutch by default and wholly English when English is chosen', () => {
    const dutch = labels(menuTemplate(() => undefined, false));
    expect(dutch).toEqual(expect.arrayContaining(['&Bestand', 'Opslaan als…', 'Taal', 'Knippen']));
    const english = labels(menuTemplate(() => undefined, false, 'en'));
    expect(english).toEqual(expect.arrayContaining(['&File', 'Save as…', 'Language', 'Cut', 'Open corpus…', 'Quit']));
    for (const label of english) expect(label).not.toMatch(DUTCH);
    expect(labels(menuTemplate(() => undefined, true, 'en'))).toContain('Close window');
  });

  it("shows Cmd+Shift+H for find and replace on macOS (Cmd+H is the system's Hide) and Ctrl+H elsewhere", () => {
    const accelerators = (items: readonly MenuItemConstructorOptions[]): Record<string, unknown> =>
      Object.fromEntries(
        items.flatMap((item) => [
          ...(item.label ? [[item.label, item.accelerator]] : []),
          ...(Array.isArray(item.submenu) ? Object.entries(accelerators(item.submenu)) : []),
        ]),
      );
    expect(accelerators(menuTemplate(() => undefined, false, 'en'))['Find and replace in briefing…']).toBe('CmdOrCtrl+H');
    const mac = accelerators(menuTemplate(() => undefined, true, 'en'));
    expect(mac['Find and replace in briefing…']).toBe('CmdOrCtrl+Shift+H');
    expect(Object.values(mac)).not.toContain('CmdOrCtrl+H');
  });

  it('is built again in the new language when the language changes', () => {
    electron.menus.length = 0;
    installMenu(() => undefined);
    setInterfaceLanguage('en');
    expect(electron.menus).toHaveLength(2);
    expect(labels(electron.menus[1] as MenuItemConstructorOptions[])[0]).toBe('&File');
  });
});

describe('the native dialogs in the interface language', () => {
  it('say everything in English when English is chosen, in Dutch otherwise', async () => {
    const dialogs = electronDialogs(() => undefined);
    const openAll = async () => {
      await dialogs.openCorpus();
      await dialogs.openBriefing();
      await dialogs.saveBriefing('Nota.dossier');
      for (const kind of ['docx', 'pdf', 'odt'] as const) await dialogs.saveExport(`Nota.${kind}`, kind);
    };
    await openAll();
    expect(electron.options.map((o) => o.title)).toEqual([
      'Corpus openen',
      'Notitie openen',
      'Notitie opslaan',
      'Exporteren naar Word',
      'Exporteren naar PDF',
      'Exporteren naar OpenDocument',
    ]);
    electron.options.length = 0;
    setInterfaceLanguage('en');
    await openAll();
    expect(electron.options.map((o) => o.title)).toEqual([
      'Open corpus',
      'Open briefing',
      'Save briefing',
      'Export to Word',
      'Export to PDF',
      'Export to OpenDocument',
    ]);
    for (const options of electron.options) {
      const words = [options.title, options.buttonLabel, ...(options.filters ?? []).map((f) => f.name)].join(' | ');
      expect(words).not.toMatch(DUTCH);
    }
  });
});
