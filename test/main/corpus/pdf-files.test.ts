import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { parsePath } from '../../../main/cli/parse-command';
import { CACHE_VERSION } from '../../../main/corpus/letter-cache';
import { service, tempCorpus } from './helpers';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'pdf');

/** Issue 14: native PDFs in a corpus folder are read in the parse workers; bad ones are listed, in Dutch. */
describe('PDF files in a corpus folder', () => {
  it('reads .pdf letters and lists a damaged PDF and a text file named .pdf with their reasons', async () => {
    const tmp = await tempCorpus();
    try {
      await copyFile(join(FIXTURES, 'answers-aanhangsel.pdf'), join(tmp.corpus, 'antwoorden.pdf'));
      const bytes = await readFile(join(FIXTURES, 'letter-000-us.pdf'));
      await writeFile(join(tmp.corpus, 'kapot.pdf'), bytes.subarray(0, 3000));
      await writeFile(join(tmp.corpus, 'nep.pdf'), 'Dit is geen PDF maar tekst.');

      const { letters, errors } = await parsePath(tmp.corpus);
      const answers = letters.find((l) => l.file === 'antwoorden.pdf')!;
      expect(answers.format).toBe('pdf');
      expect(answers.footnotes).toHaveLength(6);
      expect(Object.fromEntries(errors.map((e) => [e.file, e.message]))).toEqual({
        'kapot.pdf': 'Deze PDF is beschadigd en kan niet worden gelezen.',
        'nep.pdf': 'Dit bestand is geen PDF, hoewel de naam op .pdf eindigt; het is niet gelezen.',
      });

      const svc = service(tmp.data);
      const state = await svc.open([tmp.corpus]);
      expect(state.letters.find((l) => l.file === 'antwoorden.pdf')).toMatchObject({ format: 'pdf', footnoteCount: 6 });
      expect(state.errors.map((e) => e.file).sort()).toEqual(['kapot.pdf', 'nep.pdf']);
      // The worker sends a PDF's letter back; main writes it to the parse cache in the background.
      // Asked for at once, or with the parse cache gone, the letter is decoded again.
      const full = await svc.readLetter('antwoorden.pdf');
      expect(full.footnotes.map((f) => f.page)).toEqual([1, 1, 2, 2, 2, 2]);
      await svc.close();
      await rm(join(tmp.data, 'corpus-cache', `v${CACHE_VERSION}`, 'letters'), { recursive: true, force: true });
      const next = service(tmp.data);
      await next.open([tmp.corpus]);
      expect(() => next.letter('antwoorden.pdf')).toThrow(/PDF/);
      expect((await next.readLetter('antwoorden.pdf')).footnotes).toHaveLength(6);
      await next.close();
    } finally {
      await tmp.cleanup();
    }
  });
});
