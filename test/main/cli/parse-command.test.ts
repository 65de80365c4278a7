import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

const dossier = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'main/cli/bin.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

interface ParseJson {
  letters: Array<{
    file: string;
    format: string;
    blocks: Array<{ id: string; kind: string; text: string; notes: Array<{ footnote: string; offset: number }> }>;
    footnotes: Array<{ id: string; label: string; text: string }>;
    citations: Array<{ text: string; key: string; block: string; target: string | null }>;
  }>;
  errors: Array<{ file: string; message: string }>;
}

describe('dossier parse', () => {
  it('prints one JSON object for the sample corpus', () => {
    const run = dossier('parse', 'assets/corpus', '--json');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as ParseJson;
    expect(out.errors).toEqual([]);
    expect(out.letters.map((l) => l.file)).toEqual([
      '000_b4e4b4ff528499ed.txt',
      '001_57334ae9a84e2305.txt',
      '002_5a2fb29aceb06802.txt',
      '003_edbfe19a925e505f.txt',
      '004_ea691d26e1781c0b.txt',
    ]);
    const l004 = out.letters.find((l) => l.file === '004_ea691d26e1781c0b.txt')!;
    expect(l004.footnotes.find((f) => f.label === '2')?.text).toBe('Kamerstuk 36 045, nr. 264.');
    expect(l004.citations.some((c) => c.target === '000_b4e4b4ff528499ed.txt')).toBe(true);
    expect(out.letters.find((l) => l.file.startsWith('002'))?.format).toBe('pdf');
    expect(Object.keys(l004.blocks[0]!).sort()).toEqual(['id', 'kind', 'notes', 'text']);
  });

  it('keys a single file by its base name and prints a readable summary without --json', () => {
    const single = JSON.parse(dossier('parse', 'assets/corpus/004_ea691d26e1781c0b.txt', '--json').stdout) as ParseJson;
    expect(single.letters.map((l) => l.file)).toEqual(['004_ea691d26e1781c0b.txt']);
    expect(single.letters[0]!.citations.every((c) => c.target === null)).toBe(true);
    const text = dossier('parse', 'assets/corpus');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('5 brieven gelezen, 0 met fouten.');
  });

  it('exits non-zero with a message when the path does not exist', () => {
    const run = dossier('parse', 'bestaat/niet', '--json');
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Map of bestand bestaat niet');
  });

  it('names a command whose module is missing or unknown', () => {
    const run = dossier('onzin');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Onbekende opdracht: onzin');
  });
});

describe('dossier parse --json citations', () => {
  it("keeps a citation's page reference", () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-parse-'));
    try {
      const text = ' Zie de brief van het kabinet.[footnoteRef:1]\n [1:  Kamerstukken II 2025/26, 36 045, nr. 264, p. 3.] \n\n';
      writeFileSync(join(dir, 'brief.txt'), text);
      const run = dossier('parse', dir, '--json');
      expect(run.status).toBe(0);
      const out = JSON.parse(run.stdout) as ParseJson & { letters: Array<{ citations: Array<{ pages?: string }> }> };
      expect(out.letters[0]!.citations).toEqual([expect.objectContaining({ key: 'kst-36045-264', pages: '3' })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dossier parse --json warnings', () => {
  it('gives each warning as its key and parameters and its Dutch text (issue 14 e)', () => {
    const run = dossier('parse', 'test/fixtures/pdf/notes-gap.pdftotext.txt', '--json');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { letters: Array<{ warnings?: Array<{ key: string; params: object; text: string }> }> };
    expect(out.letters[0]!.warnings).toEqual(
      expect.arrayContaining([
        { key: 'pdf.note-missing', params: { number: 3 }, text: 'Voetnoot 3 ontbreekt in de nummering.' },
        { key: 'pdf.note-duplicate', params: { number: 5, page: 1 }, text: 'Voetnoot 5 komt twee keer voor (pagina 1).' },
      ]),
    );
  });

  it("lists the page of a PDF letter's blocks and notes and the publication its masthead states (issue 14)", () => {
    const run = dossier('parse', 'test/fixtures/pdf/libreoffice/lo-two-column-letter.pdf', '--json');
    expect(run.status).toBe(0);
    const letter = (JSON.parse(run.stdout) as { letters: Array<Record<string, unknown>> }).letters[0]!;
    expect(letter.publication).toEqual({
      chamber: 'Tweede Kamer',
      year: '2025–2026',
      series: null,
      dossier: '36 045',
      dossierTitle: 'Situatie in Oekraïne',
      number: '212',
      kind: 'Brief van de minister van buitenlandse zaken',
      sent: '2026-03-12',
      received: null,
    });
    const footnotes = letter.footnotes as Array<{ id: string; page: number }>;
    expect(footnotes.map((f) => [f.id, f.page])).toEqual([
      ['fn1', 1],
      ['fn2', 1],
      ['fn3', 1],
      ['fn4', 2],
      ['fn5', 2],
      ['fn6', 2],
    ]);
    const blocks = letter.blocks as Array<{ kind: string; page: number }>;
    expect(blocks[0]!.page).toBe(1);
    expect(blocks.at(-1)).toMatchObject({ kind: 'signature', page: 2 });
  });

  it("lists a Word letter's comments with their blocks (range, author, text)", () => {
    const run = dossier('parse', 'test/fixtures/docx/libreoffice.docx', '--json');
    expect(run.status).toBe(0);
    const letter = (JSON.parse(run.stdout) as { letters: Array<{ blocks: Array<Record<string, unknown>> }> }).letters[0]!;
    const commented = letter.blocks.filter((b) => Array.isArray(b.comments));
    expect(commented.length).toBeGreaterThan(0);
    const [comment] = commented[0]!.comments as Array<{ start: number; end: number; author: string; text: string }>;
    expect(comment).toMatchObject({ author: 'J. Jansen', text: 'Bron toevoegen?' });
    expect(comment!.end - comment!.start).toBe(13);
  });
});
