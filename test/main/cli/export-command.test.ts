import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

import { serializeBriefing } from '../../../app/briefing/file-format';
import { run } from '../../../main/cli/export-command';
import { richBriefing } from '../../app/briefing/briefing-fixture';

const work = mkdtempSync(join(tmpdir(), 'dossier-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function exportWith(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await run(args, { assetsDir: 'assets' });
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

describe('dossier export', () => {
  const source = join(work, 'nota.dossier');
  writeFileSync(source, serializeBriefing(richBriefing()));

  it('writes a .docx and a PDF holding the quoted words and their footnotes', async () => {
    const docx = join(work, 'nota.docx');
    const pdf = join(work, 'nota.pdf');
    const result = await exportWith([source, '--docx', docx, '--pdf', pdf]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Geschreven: ${docx} \\(\\d+ bytes\\)\\nGeschreven: ${pdf} \\(\\d+ bytes\\)\\n$`));

    const parts = unzipSync(new Uint8Array(readFileSync(docx)));
    expect(strFromU8(parts['word/document.xml']!)).toContain('leiders spraken in Berlijn.');
    expect(strFromU8(parts['word/footnotes.xml']!)).toContain('Joint Statement, 15 december 2025');

    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Nota over de vredesonderhandelingen');
    expect(text).toContain('leiders spraken in Berlijn.');
    expect(text).toContain('Joint Statement, 15 december 2025');
  });

  it('writes an OpenDocument text with --odt', async () => {
    const odt = join(work, 'nota.odt');
    const result = await exportWith([source, '--odt', odt]);
    expect(result.code).toBe(0);
    const parts = unzipSync(new Uint8Array(readFileSync(odt)));
    expect(strFromU8(parts.mimetype!)).toBe('application/vnd.oasis.opendocument.text');
    expect(strFromU8(parts['content.xml']!)).toContain('leiders spraken in Berlijn.');
    expect(strFromU8(parts['content.xml']!)).toContain('Joint Statement, 15 december 2025');
  });

  it('fails on a file that is not a briefing, writing nothing', async () => {
    const foreign = join(work, 'package.json');
    writeFileSync(foreign, '{"name": "x", "version": "1.0.0"}');
    const out = join(work, 'nee.pdf');
    const result = await exportWith([foreign, '--pdf', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('Dit bestand is geen Dossier-briefing: het veld "format" met de waarde "dossier-briefing" ontbreekt.\n');
    expect(existsSync(out)).toBe(false);
  });

  it('asks for an output format', async () => {
    const result = await exportWith([source]);
    expect(result.code).toBe(2);
    // Session 8: the message now names --odt too (it asserted the message without it).
    expect(result.stderr).toMatch(/^Geef --docx <uit.docx>, --pdf <uit.pdf> en\/of --odt <uit.odt>\.\nGebruik: dossier export/);
  });

  it('refuses an output named for another format, writing nothing', async () => {
    const out = join(work, 'verkeerd.docx');
    const result = await exportWith([source, '--odt', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^--odt schrijft een \.odt-bestand; .*verkeerd\.docx heeft een andere extensie\./);
    expect(existsSync(out)).toBe(false);
  });
});
