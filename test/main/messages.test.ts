import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { emptyBriefing } from '../../app/briefing/model';
import { windowTitle } from '../../app/ipc/window-title';

const failWith = vi.hoisted(() => ({ code: null as string | null }));
vi.mock('write-file-atomic', async (original) => {
  const real = ((await original()) as { default: (...args: unknown[]) => Promise<void> }).default;
  return {
    default: async (...args: unknown[]) => {
      if (failWith.code) throw Object.assign(new Error(`${failWith.code}: no space left on device, write`), { code: failWith.code });
      return real(...args);
    },
  };
});

const { BriefingFiles } = await import('../../main/briefing/briefing-files');
const { ioReason } = await import('../../main/io-errors');
const { dispatch } = await import('../../main/ipc/dispatch');

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'dossier-messages-'));
  failWith.code = null;
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** No English system text: the words the raw errors of Node and the OS are made of. */
const ENGLISH = /no such file|permission denied|no space|malformed|invalid|error|failed|directory/i;

describe('finding 12: every problem gets a plain Dutch message', () => {
  it('a full disk during autosave says so plainly (code disk-full)', async () => {
    failWith.code = 'ENOSPC';
    const error = await new BriefingFiles({ dataDir: work }).autosave(emptyBriefing(), null).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'disk-full', message: expect.stringMatching(/^De schijf is vol/) });
    expect((error as Error).message).not.toMatch(ENGLISH);
  });

  it('a huge .dossier is refused before it is read', async () => {
    const path = join(work, 'groot.dossier');
    writeFileSync(path, '');
    const { truncateSync } = await import('node:fs');
    truncateSync(path, 60 * 1024 * 1024);
    await expect(new BriefingFiles({ dataDir: work }).open(path)).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/^"groot\.dossier" is 60 MB groot; een Dossier-notitie is nooit groter dan 50 MB/),
    });
  });

  it('a binary .dossier is named as such', async () => {
    const path = join(work, 'binair.dossier');
    writeFileSync(path, Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x01]));
    await expect(new BriefingFiles({ dataDir: work }).open(path)).rejects.toMatchObject({
      code: 'corrupt',
      message: '"binair.dossier" is geen tekstbestand en dus geen Dossier-notitie. Kies een .dossier-bestand.',
    });
  });

  it('a file name that was not UTF-8 on disk is named as such', async () => {
    const path = join(work, 'nota\uFFFD.dossier');
    await expect(new BriefingFiles({ dataDir: work }).open(path)).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringContaining('UTF-8'),
    });
    await expect(new BriefingFiles({ dataDir: work }).save(path, emptyBriefing())).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('a title with control characters gives a one-line window title', () => {
    expect(windowTitle('Nota\n\u0007Oekraïne\t', true)).toBe('• Nota Oekraïne — Dossier');
  });

  it('system errors are never passed on in English, known or not', () => {
    expect(ioReason(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }))).toBe('de schijf gaf een leesfout of schrijffout');
    expect(ioReason(Object.assign(new Error('ESTRANGE: weird failure'), { code: 'ESTRANGE' }))).toBe('onverwachte systeemfout (ESTRANGE)');
    expect(ioReason(new Error('Something broke'))).toBe('onverwachte systeemfout');
  });

  it('an unexpected failure in a handler answers in Dutch, without the raw message', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handlers = {
      corpusState: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
    };
    const result = await dispatch(handlers as never, 'corpusState', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toMatch(/Cannot read/);
    spy.mockRestore();
  });
});
