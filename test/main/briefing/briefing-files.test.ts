import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { serializeBriefing } from '../../../app/briefing/file-format';
import { type Briefing, emptyBriefing } from '../../../app/briefing/model';
import { BriefingFiles } from '../../../main/briefing/briefing-files';
import { richBriefing } from '../../app/briefing/briefing-fixture';

let work: string;
let dataDir: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'dossier-files-'));
  dataDir = join(work, 'data');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const titled = (title: string): Briefing => ({ ...richBriefing(), properties: { ...richBriefing().properties, title } });

describe('BriefingFiles open/save', () => {
  it('saves, reopens and keeps the previous version as .dossier.bak', async () => {
    const files = new BriefingFiles({ dataDir });
    const path = join(work, 'nota.dossier');
    await files.save(path, titled('Eerste'));
    expect(existsSync(`${path}.bak`)).toBe(false);
    await files.save(path, titled('Tweede'));
    expect(await files.open(path)).toEqual({ path, briefing: titled('Tweede'), notices: [] });
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(serializeBriefing(titled('Eerste')));
    expect(readFileSync(path, 'utf8')).toBe(serializeBriefing(titled('Tweede')));
  });

  it('refuses an invalid briefing without touching the file', async () => {
    const files = new BriefingFiles({ dataDir });
    const path = join(work, 'nota.dossier');
    await files.save(path, titled('Goed'));
    const broken = { ...titled('Fout'), body: [{ type: 'heading', level: 4, children: [] }] } as unknown as Briefing;
    await expect(files.save(path, broken)).rejects.toThrow(/het veld "briefing.body\[0\].level" is ongeldig/);
    expect(readFileSync(path, 'utf8')).toBe(serializeBriefing(titled('Goed')));
    expect(existsSync(`${path}.bak`)).toBe(false);
  });

  const badFiles: Array<[string, string | Uint8Array, RegExp]> = [
    ['empty', '', /^Het bestand is leeg/],
    ['truncated', serializeBriefing(richBriefing()).slice(0, 700), /^Het bestand is onvolledig \(afgebroken\)/],
    ['corrupt', '{"format": "dossier-briefing" "version": 1}', /^Het bestand is beschadigd: het is geen geldige JSON bij teken/],
    ['foreign JSON', '{"name": "dossier", "version": "0.1.0"}', /^Dit bestand is geen Dossier-briefing: het veld "format"/],
    [
      'docx',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xff, 0xfe]),
      /^Dit is geen Dossier-briefing maar een ZIP-bestand/,
    ],
    ['newer', '{"format": "dossier-briefing", "version": 5, "briefing": {}}', /gemaakt met een nieuwere versie van Dossier \(versie 5\)/],
  ];
  for (const [name, content, message] of badFiles) {
    it(`open() of a ${name} file gives its message and leaves the file untouched`, async () => {
      const files = new BriefingFiles({ dataDir });
      const path = join(work, `${name}.dossier`);
      writeFileSync(path, content);
      const before = readFileSync(path);
      await expect(files.open(path)).rejects.toThrow(message);
      expect(readFileSync(path).equals(before)).toBe(true);
      expect(existsSync(`${path}.bak`)).toBe(false);
      expect(files.recent()).toEqual([]);
    });
  }

  it('open() of a missing file says so in Dutch', async () => {
    const path = join(work, 'weg.dossier');
    await expect(new BriefingFiles({ dataDir }).open(path)).rejects.toThrow(
      `Het bestand "${path}" kan niet worden gelezen of geschreven: het bestand of de map bestaat niet.`,
    );
  });
});

describe('BriefingFiles recovery', () => {
  it('returns the autosaved briefing after a crash (new instance) until discarded', async () => {
    const now = () => new Date('2026-01-21T14:05:00');
    const before = new BriefingFiles({ dataDir, now });
    expect(await before.recovery()).toBeNull();
    const { savedAt } = await before.autosave(titled('Onopgeslagen'), '/ergens/nota.dossier');
    expect(savedAt).toBe(new Date('2026-01-21T14:05:00').toISOString());

    const after = new BriefingFiles({ dataDir });
    expect(await after.recovery()).toEqual({
      path: '/ergens/nota.dossier',
      briefing: titled('Onopgeslagen'),
      notices: ['Hersteld uit de automatisch bewaarde kopie van 21 januari 2026 14:05.'],
      savedAt,
    });
    await after.discardRecovery();
    expect(await after.recovery()).toBeNull();
    expect(existsSync(join(dataDir, 'recovery.json'))).toBe(false);
  });

  it('keeps a never-saved briefing (path null) and ignores a damaged recovery file', async () => {
    const files = new BriefingFiles({ dataDir });
    await files.autosave(emptyBriefing(), null);
    expect((await files.recovery())?.path).toBeNull();
    writeFileSync(join(dataDir, 'recovery.json'), '{"format": "dossier-recovery", "savedAt": "x", "file": {');
    expect(await files.recovery()).toBeNull();
  });
});

describe('BriefingFiles recent', () => {
  it('lists opened and saved files, most recent first, at most 10, only existing ones', async () => {
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const files = new BriefingFiles({ dataDir, now: () => new Date((clock += 1000)) });
    const paths = Array.from({ length: 12 }, (_, index) => join(work, `nota-${index}.dossier`));
    for (const path of paths) await files.save(path, emptyBriefing());
    await files.open(paths[3]!);
    rmSync(paths[11]!);
    const recent = new BriefingFiles({ dataDir }).recent();
    expect(recent.map((entry) => entry.name)).toEqual([
      'nota-3.dossier',
      'nota-10.dossier',
      'nota-9.dossier',
      'nota-8.dossier',
      'nota-7.dossier',
      'nota-6.dossier',
      'nota-5.dossier',
      'nota-4.dossier',
      'nota-2.dossier',
    ]);
    expect(recent[0]).toEqual({ path: paths[3], name: 'nota-3.dossier', openedAt: expect.stringMatching(/^2026-01-01T00:00:\d\d\.000Z$/) });
    expect(recent.map((entry) => entry.openedAt)).toEqual(
      recent
        .map((entry) => entry.openedAt)
        .sort()
        .reverse(),
    );
  });
});
