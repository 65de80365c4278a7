import { readdir, readFile, truncate, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { CorpusService } from '../../../main/corpus/corpus-service';
import { OpenCorpus } from '../../../main/corpus/open-corpus';
import { SidecarStore } from '../../../main/corpus/sidecar-store';
import { F000, SAMPLE_FILES, service, tempCorpus } from './helpers';

/** What linking and the sidecar decide, per letter: metadata, citation targets, citedBy. */
const linksOf = (svc: CorpusService) =>
  SAMPLE_FILES.map((file) => {
    const l = svc.letter(file);
    return {
      file,
      title: l.title,
      date: l.date,
      kind: l.kind,
      keys: l.keys,
      targets: l.citations.map((c) => c.target),
      citedBy: l.citedBy,
    };
  });

/** Issue 22: the links and the sidecar's metadata are stored with the index; a warm start that changed nothing does not link again. */
describe('links stored with the index', () => {
  let tmp: Awaited<ReturnType<typeof tempCorpus>>;
  const open: CorpusService[] = [];
  beforeEach(async () => {
    tmp = await tempCorpus();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const s of open.splice(0)) await s.close();
    await tmp.cleanup();
  });

  /** Opens the corpus in a fresh service (a next launch) and says whether it linked the corpus. */
  const start = async () => {
    const relink = vi.spyOn(OpenCorpus.prototype, 'relinkInSlices');
    const svc = service(tmp.data);
    open.push(svc);
    const state = await svc.open([tmp.corpus]);
    const linked = relink.mock.calls.length > 0;
    relink.mockRestore();
    const links = linksOf(svc);
    await svc.close(); // the store and its links are written by now
    return { state, links, linked };
  };
  const linksFile = async (): Promise<string> => {
    const dir = join(tmp.data, 'corpus-cache');
    const [version] = await readdir(dir);
    const stores = join(dir, version!, 'stores');
    return join(
      stores,
      (await readdir(stores)).find((f) => f.endsWith('.links'))!,
    );
  };

  it('a warm start takes them as stored, and links again when the sidecar or the links file changed', async () => {
    const cold = await start();
    expect(cold.linked).toBe(true);
    // The sample letters cite each other: the check below has links to compare.
    expect(cold.links.some((l) => l.citedBy.length > 0)).toBe(true);
    expect(cold.links.some((l) => l.targets.some((t) => t !== null))).toBe(true);

    const warm = await start();
    expect(warm.linked).toBe(false);
    expect(warm.links).toEqual(cold.links);
    expect(warm.state.letters).toEqual(cold.state.letters);
    expect(warm.state.errors).toEqual(cold.state.errors);

    // The sidecar changed on disk: the stored links no longer hold.
    const sidecarPath = join(tmp.corpus, 'metadata.json');
    const sidecar = JSON.parse(await readFile(sidecarPath, 'utf8')) as { letters: Array<{ file: string; title?: string }> };
    sidecar.letters.find((e) => e.file === F000)!.title = 'Een eigen titel uit de sidecar';
    await writeFile(sidecarPath, JSON.stringify(sidecar, null, 2));
    const edited = await start();
    expect(edited.linked).toBe(true);
    expect(edited.links.find((l) => l.file === F000)!.title).toBe('Een eigen titel uit de sidecar');
    expect(edited.links.map((l) => l.citedBy)).toEqual(cold.links.map((l) => l.citedBy));
    // ... and are stored anew for the next start.
    expect((await start()).linked).toBe(false);

    // A links file cut short, or any other bytes, is never trusted: linked anew, same result.
    const path = await linksFile();
    await truncate(path, 200);
    const cut = await start();
    expect(cut.linked).toBe(true);
    expect(cut.links).toEqual(edited.links);
    // A number no table can hold as the file's last (a mask with unknown parts, an index or a
    // letter number past the end, whatever it stands for; numbers are u32 since links-file version 3).
    const wrong = await readFile(path);
    expect(wrong.readUInt32LE(wrong.byteLength - 4)).not.toBe(0xffffffff);
    wrong.writeUInt32LE(0xffffffff, wrong.byteLength - 4);
    await writeFile(path, wrong);
    const damaged = await start();
    expect(damaged.linked).toBe(true);
    expect(damaged.links).toEqual(edited.links);
    await writeFile(path, 'geen koppelingen');
    expect((await start()).links).toEqual(edited.links);
  });

  it('an unusable sidecar is listed as before when the links come from the store', async () => {
    await writeFile(join(tmp.corpus, 'metadata.json'), '{"letters": [}');
    const cold = await start();
    const warm = await start();
    expect(warm.linked).toBe(false);
    expect(warm.state.errors).toEqual(cold.state.errors);
    expect(warm.state.errors.map((e) => e.file)).toContain('metadata.json');
  });

  it('a warm start does not read a sidecar whose size and modification time are as the links recorded', async () => {
    const cold = await start();
    const read = vi.spyOn(SidecarStore.prototype, 'read');
    const warm = await start();
    expect(read).not.toHaveBeenCalled();
    expect(warm.linked).toBe(false);
    expect(warm.links).toEqual(cold.links); // the sidecar's metadata, as stored with the links
    expect(warm.state.letters).toEqual(cold.state.letters);
    // Touched (same bytes, a new modification time): read, found the same, the links still hold.
    const path = join(tmp.corpus, 'metadata.json');
    const later = new Date(Date.now() + 60_000);
    await utimes(path, later, later);
    const touched = await start();
    expect(read).toHaveBeenCalledTimes(1);
    expect(touched.linked).toBe(false);
    expect(touched.links).toEqual(cold.links);
    expect((await start()).linked).toBe(false); // the links saved again with the sidecar's new stamp:
    expect(read).toHaveBeenCalledTimes(1); // not read again
    // An edit after such a start reads the sidecar first: nothing in it is lost.
    read.mockClear();
    const svc = service(tmp.data);
    open.push(svc);
    await svc.open([tmp.corpus]);
    expect(read).not.toHaveBeenCalled();
    await svc.updateMeta(F000, { title: 'Titel na een warme start' });
    const after = JSON.parse(await readFile(path, 'utf8')) as { letters: Array<{ file: string; title?: string }> };
    expect(after.letters).toHaveLength(JSON.parse(await readFile(`${path}.bak`, 'utf8')).letters.length as number);
    expect(after.letters.find((e) => e.file === F000)!.title).toBe('Titel na een warme start');
    await svc.close();
  });
});
