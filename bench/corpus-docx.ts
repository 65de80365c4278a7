/**
 * The Word run of the corpus benchmark: `.docx` letters made from the sample Word letters (000,
 * 001, 003, 004), varied as the text run varies them (corpus-letters.ts), written as Word writes
 * them (run properties on every run; test/app/corpus/docx/docx-from-text.ts), and the time pandoc
 * takes to turn some of them into plain text, for comparison.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';

import { docxFromText } from '../test/app/corpus/docx/docx-from-text';
import { varyLetter } from './corpus-letters';

const execFileAsync = promisify(execFile);

/** Writes `count` .docx letters into `dir` (100 per subfolder); returns their paths. */
export const generateWordCorpus = async (sampleDir: string, dir: string, count: number): Promise<string[]> => {
  const names = (await readdir(sampleDir)).filter((n) => n.endsWith('.txt') && !n.startsWith('002')).sort();
  const samples = await Promise.all(names.map(async (n) => ({ name: n, text: await readFile(join(sampleDir, n), 'utf8') })));
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const sample = samples[i % samples.length]!;
    const sub = join(dir, `d${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) await mkdir(sub, { recursive: true });
    const path = join(sub, `${String(i).padStart(5, '0')}_${sample.name.replace(/\.txt$/, '.docx')}`);
    await writeFile(path, docxFromText(varyLetter(sample.text, 'word', i), true));
    paths.push(path);
  }
  return paths;
};

/** Wall time (ms) pandoc takes to turn `files` into plain text, one process per file as a user would run it; null without pandoc. */
export const timePandoc = async (files: string[]): Promise<number | null> => {
  const t0 = performance.now();
  try {
    for (const file of files) await execFileAsync('pandoc', ['-f', 'docx', '-t', 'plain', file], { maxBuffer: 16 * 1024 * 1024 });
  } catch {
    return null;
  }
  return performance.now() - t0;
};
