import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { serializeBriefing } from '../../../app/briefing/file-format';
import { emptyBriefing } from '../../../app/briefing/model';
import { briefingPathsIn, OpenRequests } from '../../../main/briefing/open-requests';
import { app, snapshot, workFolder } from '../ipc/hostile-renderer';

describe('briefingPathsIn', () => {
  it('takes the .dossier arguments (not switches, not the executable or app folder), absolute against the working folder', () => {
    expect(briefingPathsIn(['/opt/Dossier/dossier', '--no-sandbox', 'nota.dossier', '/tmp/b.DOSSIER', 'x.txt'], '/home/a')).toEqual([
      '/home/a/nota.dossier',
      '/tmp/b.DOSSIER',
    ]);
    expect(briefingPathsIn(['/usr/bin/electron', '/work/main', '--inspect'], '/home/a')).toEqual([]);
  });
});

/** Finding 16.14: a double-clicked .dossier (start-up argument, open-file, second instance) opens, granted for that briefing only. */
describe('OpenRequests', () => {
  let work: Awaited<ReturnType<typeof workFolder>>;
  let dossier: ReturnType<typeof app>;
  beforeEach(async () => {
    work = await workFolder();
    dossier = app(work.data);
  });
  afterEach(async () => {
    await dossier.close();
    await work.cleanup();
  });

  it('announces queued files once the renderer listens, and answers the next open dialog with them', async () => {
    const nota = join(work.dir, 'nota.dossier');
    writeFileSync(nota, serializeBriefing(emptyBriefing()));
    const announce = vi.fn();
    const requests = new OpenRequests(dossier.services.grants, announce);
    requests.add(briefingPathsIn(['dossier', nota], work.dir));
    expect(announce).not.toHaveBeenCalled();
    requests.ready();
    expect(announce).toHaveBeenCalledTimes(1);
    dossier.dialogs.answer(requests.take());
    await expect(dossier.call('briefingOpen', {})).resolves.toMatchObject({ ok: true, value: { path: nota } });
    await expect(dossier.call('briefingSave', { briefing: emptyBriefing(), path: nota, saveAs: false })).resolves.toMatchObject({
      ok: true,
    });
    requests.add([join(work.dir, 'tweede.dossier')]);
    expect(announce).toHaveBeenCalledTimes(2);
    expect(requests.take()).toBe(join(work.dir, 'tweede.dossier'));
    expect(requests.take()).toBeNull();
  });

  it('grants the file for that briefing only: not as a corpus, not for exports, nothing else', async () => {
    const nota = join(work.dir, 'nota.dossier');
    writeFileSync(nota, serializeBriefing(emptyBriefing()));
    new OpenRequests(dossier.services.grants, () => undefined).add([nota]);
    const before = snapshot(work.dir, [work.data]);
    const forbidden = { ok: false, error: { code: 'forbidden' } };
    await expect(dossier.call('corpusOpen', { paths: [nota] })).resolves.toMatchObject(forbidden);
    await expect(dossier.call('exportDocx', { briefing: emptyBriefing(), path: nota })).resolves.toMatchObject(forbidden);
    await expect(dossier.call('briefingOpen', { path: work.corpus })).resolves.toMatchObject(forbidden);
    expect(snapshot(work.dir, [work.data])).toEqual(before);
    await expect(dossier.call('briefingOpen', { path: nota })).resolves.toMatchObject({ ok: true });
  });
});
