import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

describe('export and assemble honour --lang en (issue 21, tester: Dutch usage and errors under --lang en)', () => {
  const corpus = join(import.meta.dirname, '../../../assets/corpus');

  it('export without outputs, and --corpus without --sources-appendix', async () => {
    const en = await cli(['export', file, '--lang', 'en'], {});
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      'Give --docx <out.docx>, --pdf <out.pdf> and/or --odt <out.odt>.\n' +
        'Usage: dossier export <file.dossier> [--docx <out.docx>] [--pdf <out.pdf>] [--odt <out.odt>] [--sources-appendix [--corpus <folder>]]\n',
    );
    const alone = await cli(['export', file, '--docx', join(work, 'x.docx'), '--corpus', corpus, '--lang', 'en'], {});
    expect(alone.stderr).toMatch(/^--corpus goes with --sources-appendix\.\nUsage: dossier export/);
    const nl = await cli(['export', file], {});
    expect(nl.stderr).toMatch(
      /^Geef --docx <uit.docx>, --pdf <uit.pdf> en\/of --odt <uit.odt>\.\nGebruik: dossier export <bestand.dossier>/,
    );
  });

  it('an output named for another format is refused in the language asked (--lang, else the locale), writing nothing', async () => {
    const out = join(work, 'wrong.docx');
    const en = await cli(['export', file, '--odt', out, '--lang', 'en'], { LANG: 'nl_NL.UTF-8' });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      `--odt writes a .odt file; ${out} has another extension. Give a name ending in .odt.\n` +
        'Usage: dossier export <file.dossier> [--docx <out.docx>] [--pdf <out.pdf>] [--odt <out.odt>] [--sources-appendix [--corpus <folder>]]\n',
    );
    const locale = await cli(['export', file, '--pdf', join(work, 'wrong.PDF.txt')], { LC_ALL: 'en_GB.UTF-8' });
    expect(locale.stderr).toMatch(
      /^--pdf writes a \.pdf file; .*wrong\.PDF\.txt has another extension\. Give a name ending in \.pdf\.\nUsage: dossier export/,
    );
    const nl = await cli(['export', file, '--docx', join(work, 'fout.odt')], { LANG: 'en_US.UTF-8', LC_ALL: 'nl_NL.UTF-8' });
    expect(nl.stderr).toMatch(
      /^--docx schrijft een \.docx-bestand; .*fout\.odt heeft een andere extensie\. Geef een naam op \.docx\.\nGebruik: dossier export/,
    );
    expect([out, join(work, 'wrong.PDF.txt'), join(work, 'fout.odt')].some((path) => existsSync(path))).toBe(false);
  });

  it('an unwritable output is named in the message, in the language asked (session 10 tester)', async () => {
    const nowhere = join(work, 'no-such-folder');
    const odt = join(nowhere, 'uit.odt');
    const en = await cli(['export', file, '--docx', join(work, 'ok.docx'), '--odt', odt, '--lang', 'en'], {});
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(new RegExp(`^The export file "${odt}" cannot be written: .+\\.\\n$`));
    const nl = await cli(['export', file, '--pdf', join(nowhere, 'uit.pdf')], {});
    expect(nl.stderr).toMatch(new RegExp(`^Het exportbestand "${join(nowhere, 'uit.pdf')}" kan niet worden geschreven: .+\\.\\n$`));
    const assembled = await cli(
      ['assemble', '--corpus', corpus, '--quote', '000#1', '--out', join(nowhere, 'n.dossier'), '--lang', 'en'],
      {},
    );
    expect(assembled.code).toBe(1);
    expect(assembled.stderr).toContain(`The output file "${join(nowhere, 'n.dossier')}" cannot be written: `);
  }, 60_000);

  it('assemble: missing options, bad quotes and an unknown paragraph', async () => {
    const missing = await cli(['assemble', '--out', join(work, 'y.dossier'), '--lang', 'en'], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^The option --corpus <folder> is missing\.\nUsage: dossier assemble --corpus <folder> --quote <letter>#<paragraph>/,
    );
    expect((await cli(['assemble', '--corpus', corpus, '--out', join(work, 'y.dossier'), '--lang', 'en'], {})).stderr).toMatch(
      /^Give at least one --quote <letter>#<paragraph>\.\n/,
    );
    const bad = await cli(['assemble', '--corpus', corpus, '--out', join(work, 'y.dossier'), '--quote', '000', '--lang', 'en'], {});
    expect(bad.stderr).toMatch(/^Invalid quote "000": expected <letter>#<paragraph> or/);
    const block = await cli(['assemble', '--corpus', corpus, '--out', join(work, 'y.dossier'), '--quote', '000#99', '--lang', 'en'], {});
    expect(block.code).toBe(1);
    expect(block.stderr).toMatch(/^Unknown paragraph in quote 1 \(000_[0-9a-f]+\.txt#99\): the letter has paragraphs 0 to \d+\.\n$/);
    const dutch = await cli(['assemble', '--corpus', corpus, '--out', join(work, 'y.dossier'), '--quote', '000#99'], {});
    expect(dutch.stderr).toMatch(/^Onbekende alinea in citaat 1 \(000_[0-9a-f]+\.txt#99\): de brief heeft alinea's 0 tot en met \d+\.\n$/);
  });
});
