import { basename } from 'node:path';

import type { Briefing } from '../../app/briefing/model';
import { DossierError } from '../../app/ipc/errors';
import type { Handlers } from './dispatch';
import type { PathGrants } from './path-grants';
import type { Services } from './ports';

const suggestedName = (briefing: Briefing, extension: string): string =>
  `${(briefing.properties.title || 'Notitie').replace(/[\\/:*?"<>|]+/g, '-').slice(0, 120)}.${extension}`;

function requireGrant(grants: PathGrants, path: string): string {
  if (!grants.has(path)) {
    throw new DossierError('forbidden', `Dossier mag ${basename(path)} niet gebruiken: kies het bestand via een dialoogvenster.`);
  }
  return path;
}

/** The main-side answer to every contract method, as plain functions over the services. */
export function createHandlers(services: Services): Handlers {
  const { corpus, briefings, dialogs, exports, grants } = services;

  const exportTo = async (kind: 'docx' | 'pdf', briefing: Briefing, path?: string) => {
    const target = path ? requireGrant(grants, path) : await dialogs.saveExport(suggestedName(briefing, kind), kind);
    if (!target) return null;
    grants.grant(target);
    await exports.write(target, kind === 'docx' ? await exports.docx(briefing) : await exports.pdf(briefing));
    return { path: target };
  };

  return {
    corpusState: async () => corpus.state(),
    corpusOpen: async ({ paths }) => {
      const chosen = paths ?? (await dialogs.openCorpus());
      if (!chosen || chosen.length === 0) return null;
      return corpus.open(chosen.map((path) => grants.grant(path)));
    },
    corpusOpenSample: async () => corpus.openSample(),
    corpusRecent: async () => corpus.recent(),
    corpusLetter: async ({ file }) => corpus.letter(file),
    corpusSearch: async (request) => corpus.search(request),
    corpusUpdateMeta: async ({ file, patch }) => corpus.updateMeta(file, patch),

    briefingOpen: async ({ path }) => {
      const chosen = path ? requireGrant(grants, path) : await dialogs.openBriefing();
      if (!chosen) return null;
      const opened = await briefings.open(grants.grant(chosen));
      return { path: opened.path, briefing: opened.briefing, notices: opened.notices };
    },
    briefingSave: async ({ briefing, path, saveAs }) => {
      const target = path && !saveAs ? requireGrant(grants, path) : await dialogs.saveBriefing(suggestedName(briefing, 'dossier'));
      if (!target) return null;
      await briefings.save(grants.grant(target), briefing);
      return { path: target };
    },
    briefingRecent: async () => {
      const recent = briefings.recent();
      for (const entry of recent) grants.grant(entry.path);
      return recent;
    },
    briefingAutosave: async ({ briefing, path }) => briefings.autosave(briefing, path),
    briefingRecovery: async () => {
      const recovered = await briefings.recovery();
      if (recovered?.path) grants.grant(recovered.path);
      return recovered;
    },
    briefingDiscardRecovery: async () => {
      await briefings.discardRecovery();
      return {};
    },
    briefingSetStatus: async ({ name, dirty }) => {
      services.window.setStatus(name, dirty);
      return {};
    },
    quotesCheck: async ({ briefing }) => services.quotes.check(briefing),

    exportDocx: async ({ briefing, path }) => exportTo('docx', briefing, path),
    exportPdf: async ({ briefing, path }) => exportTo('pdf', briefing, path),
    printBriefing: async ({ briefing }) => ({ printed: await exports.print(await exports.pdf(briefing)) }),
  };
}
