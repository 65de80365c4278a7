import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import type { DossierError } from '../../../app/ipc/errors';
import { ScriptedDialogs } from '../../../main/preview/scripted-dialogs';
import { createServices } from '../../../main/services';

describe('export writing', async () => {
  const root = await mkdtemp(join(tmpdir(), 'dossier-services-'));
  const services = createServices({
    assetsDir: resolve(import.meta.dirname, '..', '..', '..', 'assets'),
    dataDir: join(root, 'data'),
    dialogs: new ScriptedDialogs(root),
    window: { setStatus: () => undefined },
  });
  afterAll(() => services.dispose());

  it('writes the bytes to the chosen file', async () => {
    const target = join(root, 'notitie.docx');
    await services.exports.write(target, new Uint8Array([80, 75, 3, 4]));
    expect([...(await readFile(target))]).toEqual([80, 75, 3, 4]);
  });

  it('explains in Dutch why a write failed, naming the file', async () => {
    const target = join(root, 'bestaat-niet', 'notitie.docx');
    await expect(services.exports.write(target, new Uint8Array([1]))).rejects.toMatchObject({
      code: 'io',
      message: `Exporteren naar "${target}" is mislukt: het bestand of de map bestaat niet.`,
    });
  });

  it('says the same in English for an English interface (a keyed message, not fixed Dutch text)', async () => {
    const target = join(root, 'bestaat-niet', 'notitie.pdf');
    const error = (await services.exports.write(target, new Uint8Array([1])).catch((e: unknown) => e)) as DossierError;
    expect(error.toIpc('en')).toEqual({ code: 'io', message: `Exporting to "${target}" failed: the file or folder does not exist.` });
  });

  it('refuses to print where no printer path exists (the browser preview), with a Dutch message', async () => {
    const error = (await services.exports.print(new Uint8Array()).catch((e: unknown) => e)) as DossierError;
    expect(error).toMatchObject({
      code: 'unsupported',
      message: 'Afdrukken kan alleen in de desktopapp. Exporteer naar PDF en druk dat bestand af.',
    });
    expect(error.toIpc('en').message).toBe('Printing works only in the desktop app. Export to PDF and print that file.');
  });
});
