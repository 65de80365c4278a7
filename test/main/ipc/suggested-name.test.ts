import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../app/briefing/model';
import { createHandlers } from '../../../main/ipc/handlers';
import type { Dialogs } from '../../../main/ipc/ports';
import { createServices } from '../../../main/services';

const ASSETS = join(import.meta.dirname, '..', '..', '..', 'assets');

describe('save and export dialogs propose the name chosen last (issue 21.6)', () => {
  let work: string;
  const asked: string[] = [];
  const answers: Array<string | null> = [];
  const dialogs: Dialogs = {
    openCorpus: async () => null,
    openBriefing: async () => null,
    saveBriefing: async (name) => (asked.push(name), answers.shift() ?? null),
    saveExport: async (name) => (asked.push(name), answers.shift() ?? null),
  };
  let services: ReturnType<typeof createServices>;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'dossier-suggested-'));
    services = createServices({
      assetsDir: ASSETS,
      dataDir: join(work, 'data'),
      dialogs,
      window: { setStatus: () => undefined },
      print: async () => true,
      corpus: { watch: false },
    });
  });
  afterAll(async () => {
    await services.dispose();
    await rm(work, { recursive: true, force: true });
  });

  it('after "Opslaan als" with a name, the next save and export propose that name, not Notitie', async () => {
    const handlers = createHandlers(services);
    const briefing = emptyBriefing();
    answers.push(join(work, 'Kamerbrief Oekraïne.dossier'));
    await handlers.briefingSave({ briefing, path: null, saveAs: true });
    answers.push(null, null);
    await handlers.briefingSave({ briefing, path: null, saveAs: true });
    await handlers.exportDocx({ briefing });
    expect(asked).toEqual(['Notitie.dossier', 'Kamerbrief Oekraïne.dossier', 'Kamerbrief Oekraïne.docx']);
  });
});
