import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

import { assembleBriefing } from '../../../app/briefing/assemble';
import { serializeBriefing } from '../../../app/briefing/file-format';
import { run } from '../../../main/cli/export-command';
import { loadSampleCorpus } from '../../app/briefing/sample-corpus';

/** Issue 15: `dossier export … --sources-appendix [--corpus <folder>]` ends each export with the Bronnenoverzicht. */
const repo = join(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'dossier-export-sources-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function exportWith(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await run(args, { assetsDir: join(repo, 'assets') });
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

const letters = loadSampleCorpus();
const L000 = letters.find((letter) => letter.file.startsWith('000'))!;
const briefing = assembleBriefing(letters, [{ file: L000.file, blockIndex: 4 }], [], {
  title: 'Nota',
  author: 'T',
  now: '2026-02-01T12:00:00.000Z',
});
const source = join(work, 'nota.dossier');
writeFileSync(source, serializeBriefing(briefing));
const document = (path: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']!);

describe('dossier export --sources-appendix', () => {
  it('appends the report, checked against --corpus, with the publication link', async () => {
    const docx = join(work, 'met.docx');
    const result = await exportWith([source, '--docx', docx, '--sources-appendix', '--corpus', join(repo, 'assets', 'corpus')]);
    expect(result.code).toBe(0);
    const xml = document(docx);
    expect(xml).toContain('Bronnenoverzicht');
    expect(xml).toMatch(/— letterlijk/);
    expect(xml).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"/);
  });

  it('without --corpus the passages are "niet gecontroleerd"; without the option there is no appendix', async () => {
    const unchecked = join(work, 'ongecontroleerd.docx');
    expect((await exportWith([source, '--docx', unchecked, '--sources-appendix'])).code).toBe(0);
    expect(document(unchecked)).toMatch(/— niet gecontroleerd/);
    const plain = join(work, 'zonder.docx');
    expect((await exportWith([source, '--docx', plain])).code).toBe(0);
    expect(document(plain)).not.toContain('Bronnenoverzicht');
  });

  it('takes --corpus only with --sources-appendix', async () => {
    const result = await exportWith([source, '--docx', join(work, 'x.docx'), '--corpus', 'assets/corpus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^--corpus hoort bij --sources-appendix\.\nGebruik: dossier export/);
  });
});
