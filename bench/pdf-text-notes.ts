/**
 * Scores PDF-extracted text against the native PDF parse of the same file (issue 14, session 11):
 * for each PDF given (files or folders), extracts its text with poppler's `pdftotext` (plain,
 * `-layout`, `-nopgbrk`) and with pdf.js (test/fixtures/pdf/pdfjs-text.ts), parses every
 * extraction and the PDF itself with the command line's parser, and counts the notes whose exact
 * text equals the native parse's note of the same number. Prints a table (file × extraction:
 * notes right / native notes, warnings) and, with `--diff`, each wrong note.
 *   npx tsx bench/pdf-text-notes.ts test/fixtures/pdf/libreoffice [--diff]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

import { pdfjsText } from '../test/fixtures/pdf/pdfjs-text';

interface Note {
  label: string;
  text: string;
  page: number;
}
interface Letter {
  file: string;
  footnotes: Note[];
  warnings?: { text: string }[];
}

const args = process.argv.slice(2);
const diff = args.includes('--diff');
const pdfs = args
  .filter((a) => !a.startsWith('--'))
  .flatMap((a) =>
    statSync(a).isDirectory()
      ? readdirSync(a)
          .filter((f) => f.endsWith('.pdf'))
          .map((f) => join(a, f))
      : [a],
  );
const EXTRACTIONS = ['plain', 'layout', 'nopgbrk', 'pdfjs'] as const;

const dir = mkdtempSync(join(tmpdir(), 'pdf-score-'));
for (const pdf of pdfs) {
  const name = basename(pdf, '.pdf');
  copyFileSync(pdf, join(dir, `${name}.pdf`));
  execFileSync('pdftotext', [pdf, join(dir, `${name}.plain.txt`)]);
  execFileSync('pdftotext', ['-layout', pdf, join(dir, `${name}.layout.txt`)]);
  execFileSync('pdftotext', ['-nopgbrk', pdf, join(dir, `${name}.nopgbrk.txt`)]);
  writeFileSync(join(dir, `${name}.pdfjs.txt`), await pdfjsText(new Uint8Array(execFileSync('cat', [pdf]))));
}
const out = execFileSync('npx', ['tsx', 'main/cli/bin.ts', 'parse', dir, '--json'], { maxBuffer: 1 << 28 }).toString();
const letters = new Map((JSON.parse(out) as { letters: Letter[] }).letters.map((l) => [l.file, l]));
rmSync(dir, { recursive: true });

const rows: string[][] = [['file', 'native notes', ...EXTRACTIONS]];
const wrong: string[] = [];
let total = 0;
const right = new Map<string, number>(EXTRACTIONS.map((e) => [e, 0]));
for (const pdf of pdfs) {
  const name = basename(pdf, '.pdf');
  const native = letters.get(`${name}.pdf`)?.footnotes ?? [];
  total += native.length;
  const row = [name, String(native.length)];
  for (const e of EXTRACTIONS) {
    const letter = letters.get(`${name}.${e}.txt`);
    const got = new Map((letter?.footnotes ?? []).map((n) => [n.label, n]));
    let ok = 0;
    for (const n of native) {
      const g = got.get(n.label);
      if (g?.text === n.text) ok++;
      else if (diff) wrong.push(`${name} ${e} note ${n.label}:\n  native: ${n.text}\n  text:   ${g ? g.text : '(missing)'}`);
    }
    const extra = [...got.keys()].filter((l) => !native.some((n) => n.label === l)).length;
    const warns = letter?.warnings?.length ?? 0;
    right.set(e, right.get(e)! + ok);
    row.push(`${ok}/${native.length}${extra ? ` +${extra}` : ''}${warns ? ` w${warns}` : ''}`);
  }
  rows.push(row);
}
rows.push(['total', String(total), ...EXTRACTIONS.map((e) => `${right.get(e)}/${total}`)]);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
console.log('(right/native notes; +n phantom notes; wn warnings on the letter)');
if (diff) console.log(wrong.join('\n'));
