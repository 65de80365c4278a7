/**
 * The PDF run of the corpus benchmark (issue 14): generated PDF letters of 3 to 15 pages, set
 * as a letter is (body text, note references as small raised numbers, notes at the page foot,
 * a running footer with the page number), made with pdfkit from the sample letters' words; cold
 * ingest through the app's parse workers next to poppler's `pdftotext` on the same files, run
 * two at a time (the 2 cores), as a user would convert them. Target: ≤ 2 × pdftotext's time.
 */
import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';

import PDFDocument from 'pdfkit';

import { rng } from './corpus-letters';

const execFileAsync = promisify(execFile);

/** One letter: `pages` pages of wrapped body text with two notes a page. */
export const writeLetter = (path: string, words: string[], pages: number, seed: number): Promise<void> =>
  new Promise((resolve, reject) => {
    const r = rng(seed);
    const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
    const out = createWriteStream(path);
    out.on('finish', () => resolve());
    out.on('error', reject);
    doc.pipe(out);
    let note = 0;
    for (let p = 1; p <= pages; p++) {
      doc.addPage();
      let y = 72;
      const notes: string[] = [];
      for (let line = 0; line < 44; line++) {
        if (line % 7 === 6) {
          y += 8; // paragraph spacing
          continue;
        }
        let text = '';
        while (doc.font('Helvetica').fontSize(11).widthOfString(`${text} x`) < 440)
          text += `${text ? ' ' : ''}${words[Math.floor(r() * words.length)]}`;
        doc.font('Helvetica').fontSize(11).text(text, 72, y, { lineBreak: false });
        if (line % 20 === 10) {
          note += 1;
          notes.push(`Kamerstuk 36 045, nr. ${100 + note}; zie ook de brief van ${1 + (note % 28)} maart 2025.`);
          const end = 72 + doc.fontSize(11).widthOfString(text) + 0.5;
          doc.fontSize(6.5).text(String(note), end, y - 2, { lineBreak: false });
        }
        y += 13.5;
      }
      let foot = 842 - 60 - notes.length * 10;
      notes.forEach((body, i) => {
        const label = String(note - notes.length + 1 + i);
        doc
          .font('Helvetica')
          .fontSize(6)
          .text(label, 72, foot - 2, { lineBreak: false });
        doc.fontSize(8).text(body, 78, foot, { lineBreak: false });
        foot += 10;
      });
      doc.fontSize(8).text(`Pagina ${p} van ${pages}`, 480, 842 - 36, { lineBreak: false });
    }
    doc.end();
  });

/** Writes `count` PDF letters into `dir` (100 per subfolder); returns their paths and total pages. */
export const generatePdfCorpus = async (sampleDir: string, dir: string, count: number): Promise<{ files: string[]; pages: number }> => {
  const names = (await readdir(sampleDir)).filter((n) => n.endsWith('.txt')).sort();
  const text = (await Promise.all(names.map((n) => readFile(join(sampleDir, n), 'utf8')))).join(' ');
  const words = text.split(/\s+/).filter((w) => /^[\p{L},.]{2,20}$/u.test(w));
  const files: string[] = [];
  let pages = 0;
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `p${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) await mkdir(sub, { recursive: true });
    const n = 3 + (i % 13);
    const path = join(sub, `${String(i).padStart(5, '0')}.pdf`);
    await writeLetter(path, words, n, i + 1);
    files.push(path);
    pages += n;
  }
  return { files, pages };
};

/** Wall time (ms) pdftotext takes for `files`, `parallel` processes at a time; null without poppler. */
export const timePdftotext = async (files: string[], parallel: number): Promise<number | null> => {
  const t0 = performance.now();
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++]!;
      await execFileAsync('pdftotext', [file, '-'], { maxBuffer: 64 * 1024 * 1024 });
    }
  };
  try {
    await Promise.all(Array.from({ length: parallel }, lane));
  } catch {
    return null;
  }
  return performance.now() - t0;
};
