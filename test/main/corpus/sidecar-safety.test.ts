import { lstat, readFile, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { DossierError } from '../../../app/ipc/errors';
import type { CorpusService } from '../../../main/corpus/corpus-service';
import { F000, F003, service, tempCorpus } from './helpers';

/** Issue 16, item 8: a sidecar edit never loses what the sidecar held. */
describe('metadata.json edits are safe', () => {
  let tmp: Awaited<ReturnType<typeof tempCorpus>>;
  let svc: CorpusService;
  let sidecar: string;
  beforeEach(async () => {
    tmp = await tempCorpus();
    svc = service(tmp.data);
    sidecar = join(tmp.corpus, 'metadata.json');
  });
  afterEach(async () => {
    await svc.close();
    await tmp.cleanup();
  });

  it('refuses an edit while the sidecar has a syntax error, naming the place, not the content', async () => {
    const original = await readFile(sidecar, 'utf8');
    const broken = original.replace('"letters": [', '"letters": [ zwaardvis,');
    await writeFile(sidecar, broken);
    const state = await svc.open([tmp.corpus]);
    const reported = state.errors.find((e) => e.file === 'metadata.json');
    expect(reported?.message).toMatch(/^metadata\.json is geen geldige JSON \(regel 3, teken \d+\)\.$/);
    const error = await svc.updateMeta(F003, { title: 'Nieuw' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierError);
    expect(error).toMatchObject({ code: 'sidecar-invalid' });
    expect((error as Error).message).toMatch(
      /^Metagegevens zijn niet opgeslagen: metadata\.json is geen geldige JSON.*Herstel het bestand eerst\.$/,
    );
    expect((error as Error).message).not.toContain('zwaardvis');
    expect(await readFile(sidecar, 'utf8')).toBe(broken);
  });

  it('keeps the previous sidecar as metadata.json.bak on every write', async () => {
    const original = await readFile(sidecar, 'utf8');
    await svc.open([tmp.corpus]);
    await svc.updateMeta(F003, { title: 'Eerste' });
    expect(await readFile(`${sidecar}.bak`, 'utf8')).toBe(original);
    const afterFirst = await readFile(sidecar, 'utf8');
    await svc.updateMeta(F003, { title: 'Tweede' });
    expect(await readFile(`${sidecar}.bak`, 'utf8')).toBe(afterFirst);
    const written = JSON.parse(await readFile(sidecar, 'utf8')) as { letters: Array<{ file: string; title?: string }> };
    expect(written.letters.find((e) => e.file === F003)?.title).toBe('Tweede');
    expect(written.letters.map((e) => e.file)).toEqual(
      (JSON.parse(original) as { letters: Array<{ file: string }> }).letters.map((e) => e.file),
    );
  });

  it('neither reads nor writes through a sidecar that is a symbolic link', async () => {
    const outside = join(tmp.dir, 'elders.json');
    const foreign = '{"letters": [{"file": "000_b4e4b4ff528499ed.txt", "title": "Van elders"}]}';
    await writeFile(outside, foreign);
    await unlink(sidecar);
    await symlink(outside, sidecar);
    const state = await svc.open([tmp.corpus]);
    expect(state.errors).toEqual([
      { file: 'metadata.json', message: expect.stringMatching(/symbolische koppeling/), problem: { key: 'sidecar.symlink', params: {} } },
    ]);
    expect(state.letters.find((l) => l.file === F000)?.title).not.toBe('Van elders');
    await expect(svc.updateMeta(F000, { title: 'Nieuw' })).rejects.toMatchObject({ code: 'sidecar-invalid' });
    expect(await readFile(outside, 'utf8')).toBe(foreign);
    expect((await lstat(sidecar)).isSymbolicLink()).toBe(true);
  });

  it('reads a sidecar that starts with a byte-order mark (as Notepad writes it)', async () => {
    const original = await readFile(sidecar, 'utf8');
    const withTitle = JSON.parse(original) as { letters: Array<{ file: string; title?: string }> };
    withTitle.letters.find((e) => e.file === F003)!.title = 'Met BOM gelezen';
    await writeFile(sidecar, `\uFEFF${JSON.stringify(withTitle)}`);
    const state = await svc.open([tmp.corpus]);
    expect(state.errors).toEqual([]);
    expect(state.letters.find((l) => l.file === F003)?.title).toBe('Met BOM gelezen');
    await svc.updateMeta(F000, { title: 'Ook bewerkt' });
    const written = JSON.parse(await readFile(sidecar, 'utf8')) as { letters: Array<{ file: string; title?: string }> };
    expect(written.letters.find((e) => e.file === F003)?.title).toBe('Met BOM gelezen');
  });
});
