import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

import { assembleBriefing } from '../../../app/briefing/assemble';
import { serializeBriefing } from '../../../app/briefing/file-format';
import { bodyParagraphNumbers } from '../../../app/briefing/locator';
import type { SourcesReport } from '../../../app/briefing/sources-report';
import { run as runCli } from '../../../main/cli/sources-command';
import { loadSampleCorpus } from '../../app/briefing/sample-corpus';

const repo = join(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'dossier-sources-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function sources(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await runCli(args);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

const letters = loadSampleCorpus();
const L000 = letters.find((letter) => letter.file.startsWith('000'))!;
const L004 = letters.find((letter) => letter.file.startsWith('004'))!;
const first = (letter: typeof L000) => letter.blocks.findIndex((block) => block.kind === 'paragraph');
const briefing = assembleBriefing(
  letters,
  [
    { file: L000.file, blockIndex: first(L000) },
    { file: L004.file, blockIndex: first(L004) },
  ],
  [],
  { title: 'Nota Oekraïne', author: 'T', now: '2026-02-01T12:00:00.000Z' },
);
const file = join(work, 'nota.dossier');
writeFileSync(file, serializeBriefing(briefing));

describe('dossier sources', () => {
  it('prints the Bronnenoverzicht as text, checked against the corpus', async () => {
    const result = await sources([file, '--corpus', join(repo, 'assets/corpus')]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Bronnenoverzicht: Nota Oekraïne',
      '2 bronnen, 2 citaten; elk citaat gecontroleerd tegen het corpusbestand bij het maken van dit overzicht.',
      '',
      '1. Kamerstukken II 2025/26, 36 045, nr. 264',
    ]);
    expect(lines).toContain('   https://zoek.officielebekendmakingen.nl/kst-36045-264');
    const alinea = bodyParagraphNumbers(L000.blocks)[first(L000)];
    const words = L000.blocks[first(L000)]!.text.split(/\s+/).slice(0, 8).join(' ');
    expect(lines).toContain(`   - Citaat 1, alinea ${alinea}: “${words} …” — letterlijk`);
    expect(lines.filter((line) => line.endsWith('— letterlijk'))).toHaveLength(2);
    expect(result.stdout).toContain(`Bestand: ${L000.file} (sha-256 ${L000.hash.slice(0, 12)} bij citeren; nu gelijk)`);
  });

  it('--json gives the report object; without --corpus nothing is checked', async () => {
    const result = await sources([file, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as SourcesReport;
    expect(report).toMatchObject({ briefing: 'Nota Oekraïne', checked: false, passageCount: 2 });
    expect(report.sources.map((source) => [source.file, source.url])).toEqual([
      [L000.file, 'https://zoek.officielebekendmakingen.nl/kst-36045-264'],
      [L004.file, null],
    ]);
    expect(report.sources[1]!.incomplete).toBe(true);
    expect(report.sources.flatMap((source) => source.passages.map((passage) => passage.status))).toEqual(['unchecked', 'unchecked']);
  });

  it('reports a passage whose letter changed on disk', async () => {
    const corpus = join(work, 'corpus');
    cpSync(join(repo, 'assets/corpus'), corpus, { recursive: true });
    const path = join(corpus, L000.file);
    const quoted = L000.blocks[first(L000)]!.text;
    writeFileSync(path, readFileSync(path, 'utf8').replace(quoted.slice(0, 40), 'Een andere zin die er niet stond'));
    const report = JSON.parse((await sources([file, '--json', '--corpus', corpus])).stdout) as SourcesReport;
    expect(report.sources[0]!.passages[0]!.status).toBe('changed');
    expect(report.sources[0]!.currentHash).not.toBe(report.sources[0]!.hash);
    expect(report.sources[1]!.passages[0]!.status).toBe('faithful');
  });

  it.each([
    [[], 2, /Geef precies één \.dossier-bestand\.\nGebruik: dossier sources/],
    [['a.dossier', '--xml'], 2, /Onbekende optie --xml/],
    [[join(work, 'bestaat-niet.dossier')], 1, /kan niet worden gelezen/],
  ])('%j exits %i', async (args, code, message) => {
    const result = await sources(args);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});
