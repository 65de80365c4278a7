import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, win32 } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { commonDir } from '../../../main/corpus/corpus-selection';
import type { CorpusService } from '../../../main/corpus/corpus-service';
import { F001, F003, SAMPLE_DIR, service, tempCorpus } from './helpers';

describe('loose letter files (no folder chosen)', () => {
  let tmp: Awaited<ReturnType<typeof tempCorpus>>;
  const open: CorpusService[] = [];
  beforeEach(async () => {
    tmp = await tempCorpus();
  });
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
    await tmp.cleanup();
  });

  it('neither applies nor writes a metadata.json in their common folder (a folder the user did not choose); edits go to the data folder', async () => {
    // Two files from sibling folders; their common folder holds another program's metadata.json.
    const common = join(tmp.dir, 'downloads');
    await mkdir(join(common, 'x'), { recursive: true });
    await mkdir(join(common, 'y'), { recursive: true });
    await copyFile(join(SAMPLE_DIR, F001), join(common, 'x', F001));
    await copyFile(join(SAMPLE_DIR, F003), join(common, 'y', F003));
    const foreign = JSON.stringify({ letters: [{ file: `x/${F001}`, title: 'Titel van een ander programma' }] });
    await writeFile(join(common, 'metadata.json'), foreign);

    const s = service(tmp.data);
    open.push(s);
    const state = await s.open([join(common, 'x', F001), join(common, 'y', F003)]);
    expect(state.letters.find((l) => l.file === `x/${F001}`)?.title).not.toBe('Titel van een ander programma');

    await s.updateMeta(`y/${F003}`, { title: 'Antwoorden op vragen' });
    expect(s.state().letters.find((l) => l.file === `y/${F003}`)?.title).toBe('Antwoorden op vragen');
    expect(await readFile(join(common, 'metadata.json'), 'utf8')).toBe(foreign);
    expect((await readdir(common)).sort()).toEqual(['metadata.json', 'x', 'y']);
    const overlays = (await readdir(tmp.data)).filter((name) => name.startsWith('loose-metadata-'));
    expect(overlays).toHaveLength(1);

    // The same files opened again find their edit.
    const again = service(tmp.data);
    open.push(again);
    const reopened = await again.open([join(common, 'x', F001), join(common, 'y', F003)]);
    expect(reopened.letters.find((l) => l.file === `y/${F003}`)?.title).toBe('Antwoorden op vragen');
  });
});

describe('loose letter files from one folder', () => {
  let tmp: Awaited<ReturnType<typeof tempCorpus>>;
  const open: CorpusService[] = [];
  beforeEach(async () => {
    tmp = await tempCorpus();
  });
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
    await tmp.cleanup();
  });

  it('apply the metadata.json beside them, but an edit goes to the data folder, not into that folder', async () => {
    const beside = JSON.stringify({ letters: [{ file: F001, title: 'Titel uit de sidecar' }] });
    await writeFile(join(tmp.corpus, 'metadata.json'), beside);
    const s = service(tmp.data);
    open.push(s);
    await s.open([join(tmp.corpus, F001), join(tmp.corpus, F003)]);
    expect(s.state().letters.find((l) => l.file === F001)?.title).toBe('Titel uit de sidecar');
    await s.updateMeta(F003, { title: 'Antwoorden op vragen' });
    expect(s.state().letters.find((l) => l.file === F003)?.title).toBe('Antwoorden op vragen');
    expect(await readFile(join(tmp.corpus, 'metadata.json'), 'utf8')).toBe(beside);
    expect((await readdir(tmp.corpus)).filter((name) => name.startsWith('metadata.json'))).toEqual(['metadata.json']);
  });
});

describe('commonDir', () => {
  it('finds the deepest shared folder', () => {
    expect(commonDir(['/a/b/x.txt', '/a/c/y.txt'])).toBe('/a');
    expect(commonDir([win32.join('C:\\', 'brieven', 'a.docx'), win32.join('C:\\', 'brieven', 'b', 'c.pdf')], win32)).toBe('C:\\brieven');
  });

  it('refuses files on two Windows drives in Dutch instead of climbing forever', () => {
    expect(() => commonDir(['C:\\a\\x.txt', 'D:\\b\\y.txt'], win32)).toThrow(/geen gemeenschappelijke map/);
  });
});
