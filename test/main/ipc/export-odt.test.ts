import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { dispatch, type Handlers } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import { ScriptedDialogs } from '../../../main/preview/scripted-dialogs';
import { createServices } from '../../../main/services';
import { richBriefing } from '../../app/briefing/briefing-fixture';

const ASSETS = join(import.meta.dirname, '..', '..', '..', 'assets');

/** The text of an XML fragment: tags dropped, `<text:s/>` as a space, the five entities decoded. */
const textOf = (xml: string) =>
  xml
    .replace(/<text:s\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '')
    .replace(/\u00a0/g, ' ');

describe('exportOdt handler', () => {
  let work: string;
  let services: ReturnType<typeof createServices>;
  let handlers: Handlers;
  let dialogs: ScriptedDialogs;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'dossier-export-odt-'));
    dialogs = new ScriptedDialogs(work);
    services = createServices({
      assetsDir: ASSETS,
      dataDir: join(work, 'data'),
      dialogs,
      window: { setStatus: () => undefined },
      print: async () => true,
      corpus: { watch: false },
    });
    handlers = createHandlers(services);
  });
  afterAll(async () => {
    await services.dispose();
    await rm(work, { recursive: true, force: true });
  });

  it(
    'writes a real .odt where the user chose: content.xml holds the quoted words and the notes as text:note',
    { timeout: 60_000 },
    async () => {
      const briefing = richBriefing();
      const target = join(work, 'nota.odt');
      dialogs.answer(target);
      const result = await dispatch(handlers, 'exportOdt', { briefing });
      expect(result).toEqual({ ok: true, value: { path: target } });

      const parts = unzipSync(new Uint8Array(await readFile(target)));
      expect(strFromU8(parts.mimetype!)).toBe('application/vnd.oasis.opendocument.text');
      const content = strFromU8(parts['content.xml']!);
      const text = textOf(content);
      expect(text).toContain('leiders spraken in Berlijn.'); // the quoted words of the passage
      expect(text).toContain('Daarna volgde Parijs.');
      const notes = [...content.matchAll(/<text:note\b[^>]*>[\s\S]*?<text:note-body>([\s\S]*?)<\/text:note-body><\/text:note>/g)].map(
        (note) => textOf(note[1]!).trim(),
      );
      expect(notes).toContain('Joint Statement, 15 december 2025');
      expect(notes).toContain('Zie ook de geannoteerde agenda.');
    },
  );

  it('suggests <title>.odt in the save dialog and answers null when it is cancelled', { timeout: 60_000 }, async () => {
    const briefing = richBriefing();
    // No queued answer: the preview's dialogs save under the suggested name in their folder.
    const saved = await dispatch(handlers, 'exportOdt', { briefing });
    const path = saved.ok ? (saved.value as { path: string } | null)?.path : undefined;
    expect(basename(path ?? '')).toBe(`${briefing.properties.title}.odt`);

    dialogs.answer(null);
    expect(await dispatch(handlers, 'exportOdt', { briefing })).toEqual({ ok: true, value: null });
  });
});
