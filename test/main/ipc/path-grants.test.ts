import { mkdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { serializeBriefing } from '../../../app/briefing/file-format';
import { emptyBriefing } from '../../../app/briefing/model';
import { app, snapshot, workFolder } from './hostile-renderer';

/**
 * Finding 16.1–3: each route by which a renderer could make main read, create or change a file
 * the user did not choose for that purpose, driven through the real handlers as a hostile
 * renderer would send it; nothing outside the chosen files may be read, created or changed.
 */
let work: Awaited<ReturnType<typeof workFolder>>;
let dossier: ReturnType<typeof app>;
let startup: string; // a file outside anything chosen, e.g. a shell start-up file
beforeEach(async () => {
  work = await workFolder();
  startup = join(work.dir, '.bashrc');
  writeFileSync(startup, 'echo hallo\n');
  dossier = app(work.data);
});
afterEach(async () => {
  await dossier.close();
  await work.cleanup();
});

const briefing = emptyBriefing();
const forbidden = { ok: false, error: { code: 'forbidden' } };

describe('path grants: a purpose per choice, nothing from the renderer', () => {
  it('1. a path the renderer names as a corpus is neither read nor granted, for reading or writing', async () => {
    const before = snapshot(work.dir, [work.data]);
    await expect(dossier.call('corpusOpen', { paths: [startup] })).resolves.toMatchObject(forbidden);
    await expect(dossier.call('corpusOpen', { paths: [work.corpus] })).resolves.toMatchObject(forbidden);
    await expect(dossier.call('briefingSave', { briefing, path: startup, saveAs: false })).resolves.toMatchObject(forbidden);
    await expect(dossier.call('exportDocx', { briefing, path: startup })).resolves.toMatchObject(forbidden);
    await expect(dossier.call('briefingOpen', { path: startup })).resolves.toMatchObject(forbidden);
    expect(dossier.services.corpus.state().root).not.toBe(work.dir);
    expect(snapshot(work.dir, [work.data])).toEqual(before);
  });

  it('1. a folder or file chosen as a corpus is granted for reading only, never for saving or exporting', async () => {
    dossier.dialogs.answer(work.corpus);
    await expect(dossier.call('corpusOpen', {})).resolves.toMatchObject({ ok: true, value: { root: work.corpus } });
    const letter = join(work.corpus, '000_b4e4b4ff528499ed.txt');
    const created = join(work.corpus, 'nieuw.dossier');
    const before = snapshot(work.dir, [work.data]);
    await expect(dossier.call('corpusOpen', { paths: [work.corpus] })).resolves.toMatchObject({ ok: true });
    for (const path of [work.corpus, letter, created]) {
      await expect(dossier.call('briefingSave', { briefing, path, saveAs: false })).resolves.toMatchObject(forbidden);
      await expect(dossier.call('exportPdf', { briefing, path })).resolves.toMatchObject(forbidden);
    }
    expect(snapshot(work.dir, [work.data])).toEqual(before);
  });

  it('1. a loose file of another type chosen as a corpus is not read as a letter', async () => {
    dossier.dialogs.answer([startup]);
    await expect(dossier.call('corpusOpen', {})).resolves.toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(JSON.stringify(dossier.services.corpus.state())).not.toContain('echo hallo');
  });

  it('2. an autosave naming any path neither remembers it for recovery nor lets save or export write there', async () => {
    const before = snapshot(work.dir, [work.data]);
    await expect(dossier.call('briefingAutosave', { briefing: JSON.stringify(briefing), path: startup })).resolves.toMatchObject({
      ok: true,
    });
    await dossier.close();
    dossier = app(work.data); // the next start
    await expect(dossier.call('briefingRecovery', {})).resolves.toMatchObject({ ok: true, value: { path: null } });
    await expect(dossier.call('briefingSave', { briefing, path: startup, saveAs: false })).resolves.toMatchObject(forbidden);
    await expect(dossier.call('exportDocx', { briefing, path: startup })).resolves.toMatchObject(forbidden);
    expect(snapshot(work.dir, [work.data])).toEqual(before);
  });

  it('2. a recovery file holding a foreign path (an older version, a hand edit) grants nothing', async () => {
    mkdirSync(work.data, { recursive: true });
    const file = JSON.parse(serializeBriefing(briefing)) as unknown;
    writeFileSync(
      join(work.data, 'recovery.json'),
      JSON.stringify({ format: 'dossier-recovery', path: `${startup}.dossier`, savedAt: new Date().toISOString(), file }),
    );
    symlinkSync(startup, `${startup}.dossier`);
    const before = snapshot(work.dir, [work.data]);
    await expect(dossier.call('briefingRecovery', {})).resolves.toMatchObject({ ok: true, value: { path: null } });
    for (const path of [startup, `${startup}.dossier`]) {
      await expect(dossier.call('briefingSave', { briefing, path, saveAs: false })).resolves.toMatchObject(forbidden);
    }
    expect(snapshot(work.dir, [work.data])).toEqual(before);
  });

  it('3. after a restart the recent lists grant their entries for their own purpose only', async () => {
    dossier.dialogs.answer(work.corpus);
    await dossier.call('corpusOpen', {});
    const nota = join(work.dir, 'nota.dossier');
    dossier.dialogs.answer(nota);
    await expect(dossier.call('briefingSave', { briefing, path: null, saveAs: true })).resolves.toMatchObject({ ok: true });
    await dossier.close();
    dossier = app(work.data);
    await expect(dossier.call('corpusRecent', {})).resolves.toMatchObject({ ok: true, value: [{ path: work.corpus }] });
    await expect(dossier.call('briefingRecent', {})).resolves.toMatchObject({ ok: true, value: [{ path: nota }] });
    const before = snapshot(work.dir, [work.data]);
    await expect(dossier.call('briefingSave', { briefing, path: work.corpus, saveAs: false })).resolves.toMatchObject(forbidden);
    await expect(dossier.call('exportDocx', { briefing, path: work.corpus })).resolves.toMatchObject(forbidden);
    await expect(dossier.call('briefingOpen', { path: work.corpus })).resolves.toMatchObject(forbidden);
    await expect(dossier.call('corpusOpen', { paths: [nota] })).resolves.toMatchObject(forbidden);
    expect(snapshot(work.dir, [work.data])).toEqual(before);
    await expect(dossier.call('briefingOpen', { path: nota })).resolves.toMatchObject({ ok: true });
    await expect(dossier.call('briefingSave', { briefing, path: nota, saveAs: false })).resolves.toMatchObject({ ok: true });
  });

  it('a granted file replaced afterwards (by a symlink to another file) is refused when used (lstat)', async () => {
    const nota = join(work.dir, 'nota.dossier');
    dossier.dialogs.answer(nota);
    await dossier.call('briefingSave', { briefing, path: null, saveAs: true });
    unlinkSync(nota);
    symlinkSync(startup, nota);
    const before = snapshot(work.dir, [work.data]);
    await expect(dossier.call('briefingSave', { briefing, path: nota, saveAs: false })).resolves.toMatchObject(forbidden);
    await expect(dossier.call('briefingOpen', { path: nota })).resolves.toMatchObject(forbidden);
    expect(snapshot(work.dir, [work.data])).toEqual(before);
  });

  it('a path chosen in a save dialog that became a symlink before the save is refused', async () => {
    const target = join(work.dir, 'export.docx');
    dossier.dialogs.answer(target);
    const grants = dossier.services.grants;
    grants.grant(target, 'export-write'); // chosen while absent
    symlinkSync(startup, target);
    await expect(dossier.call('exportDocx', { briefing, path: target })).resolves.toMatchObject(forbidden);
  });
});
