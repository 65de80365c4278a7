import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { serializeBriefing } from '../../../app/briefing/file-format';
import { emptyBriefing } from '../../../app/briefing/model';
import { notaTemplate } from '../../../app/briefing/nota/nota-template';
import { TemplateFolder } from '../../../main/briefing/template-folder';
import { setInterfaceLanguage } from '../../../main/language';

const builtinDir = join(__dirname, '../../../assets/templates');
let work: string;
let userDir: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'dossier-templates-'));
  userDir = join(work, 'Sjablonen');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('TemplateFolder', () => {
  it('lists the built-in templates, and nothing else while the user folder does not exist', async () => {
    const list = await new TemplateFolder({ builtinDir, userDir }).list();
    expect(list.folder).toBe(userDir);
    expect(list.templates).toEqual([
      { origin: 'builtin', file: 'beslisnota.dossier', name: 'beslisnota.dossier', kind: 'beslisnota', problem: null },
      { origin: 'builtin', file: 'informatienota.dossier', name: 'informatienota.dossier', kind: 'informatienota', problem: null },
      { origin: 'builtin', file: 'nota-voor-debat.dossier', name: 'nota-voor-debat.dossier', kind: 'debatnota', problem: null },
    ]);
  });

  it("lists the user's .dossier files by name, a bad one as unusable with the reason, and opens the good ones", async () => {
    mkdirSync(userDir);
    const own = notaTemplate('beslisnota');
    own.properties.from = 'Directie Europa';
    writeFileSync(join(userDir, 'Beslisnota DEU.dossier'), serializeBriefing(own));
    writeFileSync(join(userDir, 'Leeg.dossier'), serializeBriefing(emptyBriefing()));
    writeFileSync(join(userDir, 'Kapot.dossier'), '{"format": "dossier-briefing", "version": 1, "briefing": {');
    writeFileSync(join(userDir, 'Nieuwer.dossier'), '{"format": "dossier-briefing", "version": 9, "briefing": {}}');
    writeFileSync(join(userDir, 'notitie.txt'), 'geen sjabloon');
    mkdirSync(join(userDir, 'map.dossier'));
    const folder = new TemplateFolder({ builtinDir, userDir });
    const users = (await folder.list()).templates.filter((entry) => entry.origin === 'user');
    expect(users.map(({ name, kind }) => [name, kind])).toEqual([
      ['Beslisnota DEU', 'beslisnota'],
      ['Kapot', null],
      ['Leeg', null],
      ['Nieuwer', null],
    ]);
    expect(users.map((entry) => entry.problem)).toEqual([
      null,
      'Dit sjabloon is onbruikbaar: het bestand is onvolledig (afgebroken).',
      null,
      'Dit sjabloon is onbruikbaar: het is gemaakt met een nieuwere versie van Dossier.',
    ]);
    expect(await folder.open({ origin: 'user', file: 'Beslisnota DEU.dossier' })).toEqual(own);
    await expect(folder.open({ origin: 'user', file: 'Kapot.dossier' })).rejects.toMatchObject({ code: 'corrupt' });
    await expect(folder.open({ origin: 'user', file: 'Weg.dossier' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('says why a template is unusable in one sentence in the interface language, without backup advice', async () => {
    mkdirSync(userDir);
    writeFileSync(join(userDir, 'Kapot.dossier'), '{"format": "dossier-briefing", "version": 1, "briefing": {');
    writeFileSync(join(userDir, 'Fout.dossier'), '{"format": "dossier-briefing", "version": 1, "briefing": {}} x');
    writeFileSync(join(userDir, 'Pdf.dossier'), '%PDF-1.7');
    writeFileSync(join(userDir, 'Leeg.dossier'), ' ');
    writeFileSync(join(userDir, 'Raar.dossier'), '{"format": "dossier-briefing", "version": 1, "briefing": {"body": 3}}');
    const folder = new TemplateFolder({ builtinDir, userDir });
    const problems = async () => (await folder.list()).templates.filter((entry) => entry.origin === 'user').map((entry) => entry.problem);
    try {
      setInterfaceLanguage('en');
      expect(await problems()).toEqual([
        'This template cannot be used: the file is damaged (not valid JSON).',
        'This template cannot be used: the file is incomplete (cut off).',
        'This template cannot be used: the file is empty.',
        'This template cannot be used: it is not a Dossier file.',
        'This template cannot be used: the file does not hold a valid briefing.',
      ]);
    } finally {
      setInterfaceLanguage('nl');
    }
    const nl = await problems();
    expect(nl).toEqual([
      'Dit sjabloon is onbruikbaar: het bestand is beschadigd (geen geldige JSON).',
      'Dit sjabloon is onbruikbaar: het bestand is onvolledig (afgebroken).',
      'Dit sjabloon is onbruikbaar: het bestand is leeg.',
      'Dit sjabloon is onbruikbaar: het is geen Dossier-bestand.',
      'Dit sjabloon is onbruikbaar: het bestand bevat geen geldige notitie.',
    ]);
    for (const text of nl) expect(text).not.toMatch(/reservekopie|\.bak/);
  });

  it('opens a built-in template; refuses names outside the two folders', async () => {
    const folder = new TemplateFolder({ builtinDir, userDir });
    expect(await folder.open({ origin: 'builtin', file: 'nota-voor-debat.dossier' })).toEqual(notaTemplate('debatnota'));
    await expect(folder.open({ origin: 'builtin', file: 'Leeg.dossier' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(folder.open({ origin: 'user', file: '../beslisnota.dossier' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('makes the user folder on request', async () => {
    const folder = new TemplateFolder({ builtinDir, userDir });
    expect(await folder.ensureUserDir()).toBe(userDir);
    expect((await folder.list()).templates).toHaveLength(3);
  });
});
