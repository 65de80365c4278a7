import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

import { parsePdfLetter } from '../app/corpus/pdf-layout/parse-pdf-letter';
import { parseExtractedPdf } from '../app/corpus/pdf-text';
import { renderMessage } from '../app/ipc/messages';
import { decodePdf } from '../main/corpus/pdf-decode';
import { pdfjsText } from '../test/fixtures/pdf/pdfjs-text';

/**
 * Scores PDF-extracted text against the native parse of the same PDF (issue 14): for each PDF given, its text as
 * poppler (plain, `-layout`, `-nopgbrk`) and pdf.js (test/fixtures/pdf/pdfjs-text.ts) extract it is parsed, and the
 * table says per extraction how many notes have exactly the native note's text, how many characters of the native
 * body's words are missing from the body (lost) or added to it (extra: running headers, the masthead, or note text),
 * and the warnings. Needs `pdftotext`. `V=1` prints the differing notes and words.
 *
 *   npx tsx bench/pdf-text-score.ts test/fixtures/pdf/libreoffice/*.pdf
 */

const words = (s: string) => s.split(/\s+/).filter(Boolean);
/** The words of `a` that `b` lacks, as a multiset. */
const lacking = (a: string, b: string): string[] => {
  const left = new Map<string, number>();
  for (const w of words(b)) left.set(w, (left.get(w) ?? 0) + 1);
  return words(a).filter((w) => {
    const n = left.get(w) ?? 0;
    left.set(w, n - 1);
    return n <= 0;
  });
};
const chars = (ws: string[]) => ws.reduce((n, w) => n + w.length, 0);
const verbose = process.env.V === '1';

console.log('file\textraction\tnotes exact\tbody lost\textra\twarnings');
for (const file of process.argv.slice(2)) {
  const bytes = new Uint8Array(readFileSync(file));
  const native = parsePdfLetter({ file: basename(file), hash: 'h' }, await decodePdf(bytes));
  const body = native.blocks.map((b) => b.text).join('\n');
  const extractions: [string, string][] = [
    ['plain', execFileSync('pdftotext', [file, '-']).toString()],
    ['layout', execFileSync('pdftotext', ['-layout', file, '-']).toString()],
    ['nopgbrk', execFileSync('pdftotext', ['-nopgbrk', file, '-']).toString()],
    ['pdfjs', await pdfjsText(bytes)],
  ];
  for (const [name, text] of extractions) {
    const parsed = parseExtractedPdf(text);
    const got = new Map(parsed.footnotes.map((f) => [f.label, f.text]));
    const exact = native.footnotes.filter((f) => got.get(f.label) === f.text).length;
    const read = parsed.paragraphs.map((p) => p.text).join('\n');
    const warnings = parsed.problems.map((p) => renderMessage(p, 'nl'));
    console.log(
      [
        basename(file),
        name,
        `${exact}/${native.footnotes.length}${parsed.footnotes.length === native.footnotes.length ? '' : ` (read ${parsed.footnotes.length})`}`,
        chars(lacking(body, read)),
        chars(lacking(read, body)),
        warnings.length,
      ].join('\t'),
    );
    if (!verbose) continue;
    for (const w of warnings) console.log(`  warning: ${w}`);
    console.log(`  lost: ${lacking(body, read).join(' ').slice(0, 300)}\n  extra: ${lacking(read, body).join(' ').slice(0, 300)}`);
    for (const f of native.footnotes)
      if (got.get(f.label) !== f.text)
        console.log(`  note ${f.label}: native ${JSON.stringify(f.text)}\n    read ${JSON.stringify(got.get(f.label) ?? null)}`);
  }
}
