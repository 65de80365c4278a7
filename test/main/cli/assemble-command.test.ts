import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

import { parseBriefingFile } from '../../../app/briefing/file-format';
import { bodyParagraphNumbers } from '../../../app/briefing/locator';
import { numberNotes } from '../../../app/briefing/notes';
import { run } from '../../../main/cli/assemble-command';
import { loadSampleCorpus } from '../../app/briefing/sample-corpus';

const repo = join(import.meta.dirname, '../../..');
const corpus = join(repo, 'assets/corpus');
const work = mkdtempSync(join(tmpdir(), 'dossier-assemble-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Runs the command in-process, capturing what it prints. */
async function assemble(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await run(args);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

const letters = loadSampleCorpus();
/** From each sample letter, the first block that has a footnote anchor. */
const quoted = letters.map((letter) => {
  const blockIndex = letter.blocks.findIndex((block) => block.notes.length > 0);
  const block = letter.blocks[blockIndex]!;
  const noteTexts = block.notes.map((anchor) => letter.footnotes.find((note) => note.id === anchor.footnote)!.text);
  return { file: letter.file, blockIndex, block, noteTexts };
});

describe('dossier assemble', () => {
  it('assembles quotes from all five letters with their notes numbered in order', async () => {
    const out = join(work, 'vijf.dossier');
    const args = ['--corpus', corpus, '--title', 'Vijf brieven', '--author', 'Tester', '--out', out];
    for (const quote of quoted) args.push('--quote', `${quote.file}#${quote.blockIndex}`);
    args.push('--note', '1:Kern van het betoog');
    const result = await assemble(args);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      // Every note the exports number: the quoted notes and each passage's source note (fresh export tester, session 10).
      `Briefing geschreven naar ${out}: 5 citaten, ${quoted.flatMap((quote) => quote.noteTexts).length + quoted.length} voetnoten, 1 opmerking.\n`,
    );

    const { briefing, notices } = parseBriefingFile(readFileSync(out, 'utf8'));
    expect(notices).toEqual([]);
    expect(briefing.properties).toMatchObject({ title: 'Vijf brieven', author: 'Tester' });
    expect(briefing.body.map((block) => block.type === 'passage' && block.parts[0]!.text)).toEqual(quoted.map((quote) => quote.block.text));
    // Each passage's own notes, then its citation note, in document order.
    const expected = quoted.flatMap((quote, index) => [...quote.noteTexts, (briefing.body[index] as { citation: string }).citation]);
    expect(numberNotes(briefing).map((note) => note.text)).toEqual(expected);
    expect(numberNotes(briefing)[0]).toMatchObject({ number: 1, kind: 'quote', text: 'Kamerstuk 36 045 nr. 215' });
    expect((briefing.body[0] as { citation: string }).citation).toBe('Kamerstukken II 2025/26, 36 045, nr. 264, alinea 1');
    expect(briefing.annotations).toEqual([
      { id: expect.any(String), author: 'Tester', date: expect.any(String), text: 'Kern van het betoog' },
    ]);
  });

  it('takes comments as --comment and, in the order given, its alias --note', async () => {
    const out = join(work, 'opmerkingen.dossier');
    const args = ['--corpus', corpus, '--quote', '000#1', '--quote', '002#0', '--author', 'Tester', '--out', out];
    const result = await assemble([...args, '--comment', '2:Eerste', '--note', '1:Tweede', '--comment', '1:Derde']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/, 3 opmerkingen\.\n$/);
    const { briefing } = parseBriefingFile(readFileSync(out, 'utf8'));
    expect(briefing.annotations.map((comment) => comment.text)).toEqual(['Eerste', 'Tweede', 'Derde']);
    const [first, second] = briefing.body as Array<{ comments?: string[] }>;
    expect(second!.comments).toEqual([briefing.annotations[0]!.id]);
    expect(first!.comments).toEqual([briefing.annotations[1]!.id, briefing.annotations[2]!.id]);
  });

  it('takes a sub-range and a short file name', async () => {
    const out = join(work, 'deel.dossier');
    const brief000 = letters[0]!;
    const index = brief000.blocks.findIndex((block) =>
      block.notes.some((anchor) => brief000.footnotes.find((note) => note.id === anchor.footnote)?.text.startsWith('Joint Statement')),
    );
    const anchor = brief000.blocks[index]!.notes[0]!.offset;
    expect((await assemble(['--corpus', corpus, '--quote', `000#${index}:${anchor - 31}-${anchor}`, '--out', out])).code).toBe(0);
    const { briefing } = parseBriefingFile(readFileSync(out, 'utf8'));
    expect(briefing.body[0]).toMatchObject({ parts: [{ text: 'economische herstelmaatregelen.', start: anchor - 31, end: anchor }] });
    expect(numberNotes(briefing).map((note) => note.text)).toEqual([
      'Joint Statement of European Leaders from the Meeting in Berlin, 15 december 2025',
      `Kamerstukken II 2025/26, 36 045, nr. 264, alinea ${bodyParagraphNumbers(brief000.blocks)[index]}`,
    ]);
  });

  const failures: Array<[string, string[], number, RegExp]> = [
    [
      'an unknown file',
      ['--quote', 'bestaat-niet.txt#1'],
      1,
      /^Onbekende brief in citaat 1 \(bestaat-niet.txt#1\): "bestaat-niet.txt" staat niet in het corpus\.$/m,
    ],
    [
      'an unknown block',
      ['--quote', '000_b4e4b4ff528499ed.txt#999'],
      1,
      /^Onbekende alinea in citaat 1 \(000_b4e4b4ff528499ed.txt#999\): de brief heeft alinea's 0 tot en met \d+\.$/m,
    ],
    [
      'a bad range',
      ['--quote', '000_b4e4b4ff528499ed.txt#1:50-9999'],
      1,
      /^Ongeldig bereik 50-9999 in citaat 1 \(000_b4e4b4ff528499ed.txt#1\): de alinea telt \d+ tekens/m,
    ],
    [
      'a malformed quote',
      ['--quote', '000_b4e4b4ff528499ed.txt'],
      2,
      /^Ongeldig citaat "000_b4e4b4ff528499ed.txt": verwacht <brief>#<alinea>/m,
    ],
    ['a note on a missing quote', ['--quote', '000#1', '--note', '3:tekst'], 1, /^Opmerking bij citaat 3: er is 1 citaat \(nummer 1\)\./m],
    [
      'a malformed comment',
      ['--quote', '000#1', '--comment', 'tekst'],
      2,
      /^Ongeldige opmerking "tekst": verwacht <citaatnummer>:<tekst>\./m,
    ],
  ];
  for (const [name, extra, exitCode, message] of failures) {
    it(`fails on ${name} and writes nothing`, async () => {
      const out = join(work, `fout-${name.replace(/\W+/g, '-')}.dossier`);
      const result = await assemble(['--corpus', corpus, ...extra, '--out', out]);
      expect(result.code).toBe(exitCode);
      expect(result.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('fails without --out', async () => {
    const result = await assemble(['--corpus', corpus, '--quote', '000#1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^De optie --out <bestand.dossier> ontbreekt\.\nGebruik: dossier assemble/);
  });

  it('runs through the dispatcher (npm run dossier)', () => {
    const out = join(work, 'cli.dossier');
    const ok = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'main/cli/bin.ts', 'assemble', '--corpus', corpus, '--quote', '002#0', '--out', out],
      { cwd: repo, encoding: 'utf8' },
    );
    expect(ok.status).toBe(0);
    expect(parseBriefingFile(readFileSync(out, 'utf8')).briefing.body).toHaveLength(1);
    const bad = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'main/cli/bin.ts', 'assemble', '--corpus', corpus, '--quote', '002#77', '--out', `${out}.x`],
      { cwd: repo, encoding: 'utf8' },
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^Onbekende alinea in citaat 1 \(002_5a2fb29aceb06802.txt#77\)/);
    expect(existsSync(`${out}.x`)).toBe(false);
  });
});
