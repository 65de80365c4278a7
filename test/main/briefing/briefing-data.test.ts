import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { serializeBriefing } from '../../../app/briefing/file-format';
import { type Briefing, emptyBriefing } from '../../../app/briefing/model';
import { BriefingFiles } from '../../../main/briefing/briefing-files';

let work: string;
let dataDir: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'dossier-data-'));
  dataDir = join(work, 'data');
});
afterEach(() => {
  chmodSync(work, 0o755);
  rmSync(work, { recursive: true, force: true });
});

const titled = (title: string): Briefing => ({ ...emptyBriefing(), properties: { ...emptyBriefing().properties, title } });

describe('finding 9: the recovery copy after a save', () => {
  it('is cleared by a successful save, so the next start offers nothing older', async () => {
    const files = new BriefingFiles({ dataDir });
    const nota = join(work, 'nota.dossier');
    await files.save(nota, titled('Eerste'));
    await files.autosave(titled('Tweede, niet opgeslagen'), nota);
    await files.save(nota, titled('Tweede'));
    expect(await new BriefingFiles({ dataDir }).recovery()).toBeNull();
    expect(existsSync(join(dataDir, 'recovery.json'))).toBe(false);
  });

  it('is offered only when newer than the file it belongs to', async () => {
    const nota = join(work, 'nota.dossier');
    const files = new BriefingFiles({ dataDir, now: () => new Date('2026-01-21T12:00:00Z') });
    await files.save(nota, titled('Op schijf'));
    await files.autosave(titled('Herstel'), nota);
    utimesSync(nota, new Date('2026-01-21T13:00:00Z'), new Date('2026-01-21T13:00:00Z')); // saved later (elsewhere)
    expect(await new BriefingFiles({ dataDir }).recovery()).toBeNull();
    utimesSync(nota, new Date('2026-01-21T11:00:00Z'), new Date('2026-01-21T11:00:00Z'));
    expect((await new BriefingFiles({ dataDir }).recovery())?.briefing.properties.title).toBe('Herstel');
  });

  it('of another briefing survives a save', async () => {
    const files = new BriefingFiles({ dataDir });
    await files.save(join(work, 'a.dossier'), titled('A'));
    await files.autosave(titled('B, niet opgeslagen'), join(work, 'b.dossier'));
    await files.save(join(work, 'a.dossier'), titled('A2'));
    expect((await files.recovery())?.briefing.properties.title).toBe('B, niet opgeslagen');
  });
});

describe('finding 10: saving over what the user chose', () => {
  it('through a symlink: the target gets the new text, the .bak its real previous content, the link stays', async () => {
    const real = join(work, 'echt', 'nota.dossier');
    mkdirSync(join(work, 'echt'));
    writeFileSync(real, serializeBriefing(titled('Oud')));
    const link = join(work, 'nota.dossier');
    symlinkSync(real, link);
    await new BriefingFiles({ dataDir }).save(link, titled('Nieuw'));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe(serializeBriefing(titled('Nieuw')));
    expect(lstatSync(`${link}.bak`).isSymbolicLink()).toBe(false);
    expect(readFileSync(`${link}.bak`, 'utf8')).toBe(serializeBriefing(titled('Oud')));
  });

  it('leaves a file that merely looks like a temporary alone', async () => {
    const nota = join(work, 'nota.dossier');
    writeFileSync(`${nota}.2`, 'van de gebruiker');
    const old = new Date(Date.now() - 3600_000);
    utimesSync(`${nota}.2`, old, old);
    await new BriefingFiles({ dataDir }).save(nota, titled('Eerste'));
    await new BriefingFiles({ dataDir }).save(nota, titled('Tweede'));
    expect(readFileSync(`${nota}.2`, 'utf8')).toBe('van de gebruiker');
    expect(readdirSync(work).sort()).toEqual(['data', 'nota.dossier', 'nota.dossier.2', 'nota.dossier.bak']);
  });

  it('refuses a read-only file with a clear Dutch message and leaves it as it was', async () => {
    const nota = join(work, 'nota.dossier');
    writeFileSync(nota, serializeBriefing(titled('Alleen-lezen')));
    chmodSync(nota, 0o444);
    await expect(new BriefingFiles({ dataDir }).save(nota, titled('Nieuw'))).rejects.toMatchObject({
      code: 'read-only',
      message: expect.stringMatching(/^"nota\.dossier" is alleen-lezen/),
    });
    expect(readFileSync(nota, 'utf8')).toBe(serializeBriefing(titled('Alleen-lezen')));
    expect(existsSync(`${nota}.bak`)).toBe(false);
  });
});
