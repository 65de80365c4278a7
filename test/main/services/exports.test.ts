import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

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

  it('refuses to print where no printer path exists (the browser preview), with a Dutch message', async () => {
    await expect(services.exports.print(new Uint8Array())).rejects.toMatchObject({ code: 'unsupported' });
  });
});
