import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

import { assembleBriefing } from '../../../app/briefing/assemble';
import { serializeBriefing } from '../../../app/briefing/file-format';
import { takeLanguage } from '../../../main/cli/cli-language';
import { setCliLanguage } from '../../../main/cli/cli-messages';
import { runCli } from '../../../main/cli/index';
import { loadSampleCorpus } from '../../app/briefing/sample-corpus';

const work = mkdtempSync(join(tmpdir(), 'dossier-cli-lang-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  setCliLanguage('nl');
});

const letters = loadSampleCorpus();
const L000 = letters.find((letter) => letter.file.startsWith('000'))!;
const briefing = assembleBriefing(letters, [{ file: L000.file, blockIndex: L000.blocks.findIndex((b) => b.kind === 'paragraph') }], [], {
  title: 'Nota',
  author: 'T',
  now: '2026-02-01T12:00:00.000Z',
});
const file = join(work, 'nota.dossier');
writeFileSync(file, serializeBriefing(briefing));

async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await runCli(args, { assetsDir: join(import.meta.dirname, '../../../assets') }, env);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

describe('dossier --lang nl|en (issue 21, tester: the command line had no English)', () => {
  it('takes --lang anywhere, else LC_ALL, LC_MESSAGES, LANG, else Dutch', () => {
    expect(takeLanguage(['sources', 'a.dossier'], {})).toEqual({ language: 'nl', argv: ['sources', 'a.dossier'] });
    expect(takeLanguage(['sources'], { LANG: 'en_GB.UTF-8' })).toEqual({ language: 'en', argv: ['sources'] });
    expect(takeLanguage(['sources'], { LANG: 'en_GB.UTF-8', LC_ALL: 'nl_NL.UTF-8' }).language).toBe('nl');
    expect(takeLanguage(['sources'], { LANG: 'C.UTF-8' }).language).toBe('nl');
    expect(takeLanguage(['sources', '--lang', 'en', 'a.dossier'], { LANG: 'nl_NL' })).toEqual({
      language: 'en',
      argv: ['sources', 'a.dossier'],
    });
    expect(takeLanguage(['--lang=nl', 'parse'], { LANG: 'en_US' })).toEqual({ language: 'nl', argv: ['parse'] });
    expect(takeLanguage(['parse', '--lang', 'de'], {})).toEqual({ language: 'nl', error: 'de' });
    expect(takeLanguage(['parse', '--lang'], { LANG: 'en' })).toEqual({ language: 'en', error: '' });
  });

  it('the sources report without a corpus, in English and in Dutch', async () => {
    const en = await cli(['sources', file, '--lang', 'en'], { LANG: 'nl_NL.UTF-8' });
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Sources: Nota/);
    const json = await cli(['sources', file, '--json'], { LANG: 'en_US.UTF-8' });
    expect(JSON.parse(json.stdout).sources[0].passages[0].message).toBe('Not checked: no corpus was given.');
    const nl = await cli(['sources', file, '--json'], {});
    expect(JSON.parse(nl.stdout).sources[0].passages[0].message).toBe('Niet gecontroleerd: er is geen corpus opgegeven.');
  });

  it('usage, unknown commands and options, unreadable files and bad languages', async () => {
    const help = await cli(['--help', '--lang', 'en'], {});
    expect(help.stdout).toContain('Usage: dossier <command> [arguments] [--lang nl|en]');
    expect(help.stdout).toContain('export a briefing to .docx or PDF');
    expect((await cli(['help'], {})).stdout).toContain('Gebruik: dossier <opdracht> [argumenten] [--lang nl|en]');
    expect((await cli(['frobnicate'], { LANG: 'en_US.UTF-8' })).stderr).toMatch(/^Unknown command: frobnicate/);
    const option = await cli(['sources', file, '--bogus'], { LC_ALL: 'en_US.UTF-8' });
    expect(option).toMatchObject({ code: 2 });
    expect(option.stderr).toBe('Unknown option --bogus.\nUsage: dossier sources <file.dossier> [--json] [--corpus <folder>]\n');
    const missing = await cli(['sources', join(work, 'none.dossier'), '--lang', 'en'], {});
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toMatch(/^The file ".*none\.dossier" cannot be read: /);
    expect(missing.stderr).not.toMatch(/kan niet/);
    const bad = await cli(['sources', file, '--lang', 'fr'], {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^Onbekende taal "fr": kies --lang nl of --lang en\./);
  });

  it('parse prints its summary in the language asked', async () => {
    const corpus = join(import.meta.dirname, '../../../assets/corpus');
    const en = await cli(['parse', corpus, '--lang', 'en'], {});
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/\d+ blocks, \d+ footnotes, \d+ citations \(\d+ to letters in this corpus\)/);
    expect(en.stdout).toMatch(/\n5 letters read, 0 with errors\.\n$/);
    const nl = await cli(['parse', corpus], {});
    expect(nl.stdout).toMatch(/\n5 brieven gelezen, 0 met fouten\.\n$/);
  });
});
