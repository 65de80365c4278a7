import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { MESSAGES } from '../../../app/corpus/docx/errors';
import { parsePath } from '../../../main/cli/parse-command';
import { NOT_A_LETTER } from '../../../main/corpus/letter-file';
import { docxFromText } from '../../app/corpus/docx/docx-from-text';
import { sampleText } from '../../app/corpus/samples';
import { F000, SAMPLE_FILES, service, tempCorpus } from './helpers';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'docx');

/** Issue 13: Word files in a corpus folder are read; what cannot be read is listed, in Dutch. */
describe('Word files in a corpus folder', () => {
  it('reads .docx letters beside the text letters and lists every bad file with its reason', async () => {
    const tmp = await tempCorpus();
    try {
      await writeFile(join(tmp.corpus, 'brief.docx'), docxFromText(sampleText('000')));
      await copyFile(join(FIXTURES, 'libreoffice.docx'), join(tmp.corpus, 'libreoffice.docx'));
      await copyFile(join(FIXTURES, 'old-word.doc'), join(tmp.corpus, 'oud.doc'));
      await writeFile(join(tmp.corpus, 'kapot.docx'), docxFromText(sampleText('001')).slice(0, 300));
      await writeFile(join(tmp.corpus, 'foto.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      await writeFile(join(tmp.corpus, 'begroting.xlsx'), 'PK');
      await writeFile(join(tmp.corpus, '~$brief.docx'), new Uint8Array(162));

      const { letters, errors } = await parsePath(tmp.corpus);
      expect(letters.map((l) => [l.file, l.format]).sort()).toEqual(
        [
          ['brief.docx', 'docx'],
          ['libreoffice.docx', 'docx'],
          ...SAMPLE_FILES.map((f) => [f, f.startsWith('002') ? 'pdf' : 'word']),
        ].sort(),
      );
      const fromDocx = letters.find((l) => l.file === 'brief.docx')!;
      const fromText = letters.find((l) => l.file === F000)!;
      expect(fromDocx.blocks).toEqual(fromText.blocks);
      expect(fromDocx.footnotes).toEqual(fromText.footnotes);
      expect(Object.fromEntries(errors.map((e) => [e.file, e.message]))).toEqual({
        'begroting.xlsx': NOT_A_LETTER,
        'foto.png': NOT_A_LETTER,
        'kapot.docx': MESSAGES.damaged,
        'oud.doc': MESSAGES.oldWord,
      });

      const svc = service(tmp.data);
      const state = await svc.open([tmp.corpus]);
      expect(state.letters.find((l) => l.file === 'libreoffice.docx')).toMatchObject({ format: 'docx', footnoteCount: 3 });
      expect(state.errors.map((e) => e.file).sort()).toEqual(['begroting.xlsx', 'foto.png', 'kapot.docx', 'oud.doc']);
      const full = svc.letter('libreoffice.docx');
      expect(full.trackedChanges).toBe(true);
      expect(full.footnotes.map((f) => f.label)).toEqual(['1', 'i', '2']);
      await svc.close();
    } finally {
      await tmp.cleanup();
    }
  });
});
