import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { listLetterFiles } from '../../../main/corpus/corpus-selection';

describe('listing a corpus folder', () => {
  let root = '';
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('lists every letter file in the sorted order of the full paths, a folder among files and folders whose names it begins', async () => {
    root = await mkdtemp(join(tmpdir(), 'dossier-listing-'));
    // Names where a folder's order by name differs from its paths' order: `a/…` sorts after `a-…`
    // and `a.txt`, `d/e/…` after `d-e/…`; upper case before lower, accents last.
    const letters = [
      'a.txt',
      'a-b.txt',
      'a/x.txt',
      'a/A.txt',
      'a-/y.txt',
      'a0/z.txt',
      'B.txt',
      'é.txt',
      'd.txt',
      'd/e/f.txt',
      'd/e.txt',
      'd-e/g.txt',
      'd/e-/h.txt',
    ];
    const other = ['.hidden/skip.txt', 'a/.skip.txt', 'notes.xlsx'];
    for (const file of [...letters, ...other]) {
      await mkdir(dirname(join(root, file)), { recursive: true });
      await writeFile(join(root, file), 'Geachte voorzitter,');
    }
    const { files, errors } = await listLetterFiles(root);
    const expected = letters.map((f) => join(root, f)).sort();
    expect(files).toEqual(expected);
    expect(files.map((f) => f.slice(root.length + 1))).toEqual([
      'B.txt',
      'a-/y.txt',
      'a-b.txt',
      'a.txt',
      'a/A.txt',
      'a/x.txt',
      'a0/z.txt',
      'd-e/g.txt',
      'd.txt',
      'd/e-/h.txt',
      'd/e.txt',
      'd/e/f.txt',
      'é.txt',
    ]);
    expect(errors.map((e) => e.file)).toEqual(['notes.xlsx']);
  });
});
