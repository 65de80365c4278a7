import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { ScriptedDialogs } from '../../../main/preview/scripted-dialogs';

describe('the preview’s save dialog without an answer', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-preview-save-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('saves under the suggested name, and never over another file: a second untitled briefing gets a name of its own', async () => {
    const dialogs = new ScriptedDialogs(dir);
    expect(await dialogs.saveBriefing('Notitie.dossier')).toBe(join(dir, 'Notitie.dossier'));
    await writeFile(join(dir, 'Notitie.dossier'), 'eerste notitie');
    expect(await dialogs.saveBriefing('Notitie.dossier')).toBe(join(dir, 'Notitie (2).dossier'));
    await writeFile(join(dir, 'Notitie (2).dossier'), 'tweede notitie');
    expect(await dialogs.saveBriefing('Notitie.dossier')).toBe(join(dir, 'Notitie (3).dossier'));
    await writeFile(join(dir, 'Notitie.docx'), 'export');
    expect(await dialogs.saveExport('Notitie.docx')).toBe(join(dir, 'Notitie (2).docx'));
  });

  it('takes a queued answer as it is (the user chose it)', async () => {
    const dialogs = new ScriptedDialogs(dir);
    await writeFile(join(dir, 'gekozen.dossier'), 'x');
    dialogs.answer(join(dir, 'gekozen.dossier'));
    expect(await dialogs.saveBriefing('Notitie.dossier')).toBe(join(dir, 'gekozen.dossier'));
  });

  it('says how to open another corpus in the preview', async () => {
    await expect(new ScriptedDialogs(dir).openCorpus()).rejects.toThrow(/npm run preview -- --corpus/);
  });

  it('asks its fallback (the page’s own dialog) when no answer is queued, a queued answer first', async () => {
    const fallback = {
      openCorpus: async () => ['/gekozen/map'],
      openBriefing: async () => null,
      saveBriefing: async (name: string) => `/gekozen/${name}`,
      saveExport: async (name: string) => `/gekozen/${name}`,
    };
    const dialogs = new ScriptedDialogs(dir, fallback);
    expect(await dialogs.openCorpus()).toEqual(['/gekozen/map']);
    expect(await dialogs.saveBriefing('Notitie.dossier')).toBe('/gekozen/Notitie.dossier');
    dialogs.answer(join(dir, 'test.dossier'));
    expect(await dialogs.saveBriefing('Notitie.dossier')).toBe(join(dir, 'test.dossier'));
  });
});
