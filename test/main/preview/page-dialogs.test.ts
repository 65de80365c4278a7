import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { PreviewDialogRequest } from '../../../app/ipc/preview-dialog';
import { PageDialogs } from '../../../main/preview/page-dialogs';

describe("the preview's own file dialog (main side)", () => {
  let home: string;
  let asked: PreviewDialogRequest[];
  let dialogs: PageDialogs;
  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'dossier-page-dialogs-'));
    await mkdir(join(home, 'brieven'));
    await mkdir(join(home, '.verborgen'));
    await writeFile(join(home, 'brieven', 'a.txt'), 'x');
    await writeFile(join(home, 'Notitie.dossier'), '{}');
    asked = [];
    dialogs = new PageDialogs((request) => (asked.push(request), true), home);
  });
  afterEach(() => rm(home, { recursive: true, force: true }));

  it('asks the page, lists names only while a dialog is open (hidden ones left out), and takes the folder the user picks', async () => {
    await expect(dialogs.list(home)).rejects.toThrow('Dit venster is al gesloten');
    const chosen = dialogs.openCorpus();
    expect(asked[0]).toMatchObject({ kind: 'corpus', start: home, extensions: ['.txt', '.docx', '.pdf'] });
    expect(await dialogs.list(home)).toEqual({
      path: home,
      parent: join(home, '..'),
      entries: [
        { name: 'brieven', folder: true },
        { name: 'Notitie.dossier', folder: false },
      ],
    });
    expect(await dialogs.answer(asked[0]!.id, join(home, 'Notitie.dossier'))).toHaveProperty('error');
    expect(await dialogs.answer(asked[0]!.id, join(home, 'brieven'))).toEqual({ done: true, path: join(home, 'brieven') });
    expect(await chosen).toEqual([join(home, 'brieven')]);
    expect(dialogs.open).toBe(false);
  });

  it('warns before a save replaces a file, adds the extension, and takes a cancel as null', async () => {
    const first = dialogs.saveBriefing('Notitie.dossier');
    const { id } = asked[0]!;
    expect(asked[0]).toMatchObject({ kind: 'briefing-save', suggestedName: 'Notitie.dossier', extensions: ['.dossier'] });
    expect(await dialogs.answer(id, join(home, 'Notitie.dossier'))).toEqual({ exists: join(home, 'Notitie.dossier') });
    expect(await dialogs.answer(id, join(home, 'Notitie'), true)).toEqual({ done: true, path: join(home, 'Notitie.dossier') });
    expect(await first).toBe(join(home, 'Notitie.dossier'));
    const second = dialogs.saveExport('Notitie.pdf', 'pdf');
    expect(await dialogs.answer(asked[1]!.id, join(home, 'nergens', 'x.pdf'))).toHaveProperty('error');
    expect(await dialogs.answer(asked[1]!.id, null)).toEqual({ done: true, path: null });
    expect(await second).toBeNull();
  });

  it('says so when no page is open to ask', async () => {
    const alone = new PageDialogs(() => false, home);
    await expect(alone.openBriefing()).rejects.toThrow('geen browservenster');
  });
});
