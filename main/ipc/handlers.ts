import { statSync } from 'node:fs';
import { basename, extname } from 'node:path';

import type { Briefing } from '../../app/briefing/model';
import { DossierError } from '../../app/ipc/errors';
import { message } from '../../app/ipc/messages';
import { accountName } from '../account-name';
import { isLetterPath } from '../corpus/letter-file';
import { setInterfaceLanguage } from '../language';
import type { Handlers } from './dispatch';
import type { GrantPurpose } from './path-grants';
import type { ExportKind, Services } from './ports';
import { SearchAhead } from './search-ahead';

/**
 * The file name a save or export dialog proposes: the briefing's title, else the name last chosen
 * in such a dialog this session (`lastName`, without extension; after "Opslaan als" the next
 * export proposes that name), else `Notitie`; unsafe characters become `-`, at most 120.
 */
const suggestedName = (briefing: Briefing, extension: string, lastName: string | null): string =>
  `${(briefing.properties.title || lastName || 'Notitie').replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').slice(0, 120)}.${extension}`;

/** A chosen path's base name without its extension. */
const stem = (path: string): string => basename(path, extname(path));

/** A briefing the user chose may be read and written back (Ctrl+S after opening). */
const BRIEFING: GrantPurpose[] = ['briefing-open', 'briefing-write'];

/** Loose files opened as a corpus must be letters (`.txt`): anything else would be read back as a letter. */
function requireLetters(paths: string[]): string[] {
  for (const path of paths) {
    if (statSync(path, { throwIfNoEntry: false })?.isFile() && !isLetterPath(path)) {
      throw new DossierError('unsupported', message('corpus.open-not-a-letter', { name: basename(path) }));
    }
  }
  return paths;
}

/**
 * The main-side answer to every contract method, as plain functions over the services. Paths are
 * used only as granted (main/ipc/path-grants.ts): a dialog's answer is granted for what the dialog
 * was for; a path in a request must already hold a grant for that purpose.
 */
export function createHandlers(services: Services): Handlers {
  const { corpus, briefings, dialogs, exports, grants } = services;
  let lastName: string | null = null;
  // Main's answers to the next keys of a library search (issue 21); a search asked for stops them.
  const ahead = new SearchAhead(corpus);

  const exportTo = async (kind: ExportKind, briefing: Briefing, path?: string) => {
    const chosen = path ?? (await dialogs.saveExport(suggestedName(briefing, kind, lastName), kind));
    if (!chosen) return null;
    if (!path) lastName = stem(chosen);
    const target = path ? grants.check(path, 'export-write') : grants.grant(chosen, 'export-write');
    await exports.write(target, await exports[kind](briefing));
    grants.grant(target, 'export-write'); // the new file is what the user chose
    return { path: target };
  };

  return {
    corpusState: async () => corpus.state(),
    corpusOpen: async ({ paths }) => {
      const chosen = paths ? paths.map((path) => grants.check(path, 'corpus-read')) : await dialogs.openCorpus();
      if (!chosen || chosen.length === 0) return null;
      const granted = paths ? chosen : chosen.map((path) => grants.grant(path, 'corpus-read'));
      return corpus.open(requireLetters(granted));
    },
    corpusOpenSample: async () => corpus.openSample(),
    corpusRecent: async () => {
      const recent = corpus.recent();
      for (const entry of recent) grants.grant(entry.path, 'corpus-read');
      return recent;
    },
    corpusLetter: async ({ file }) => corpus.readLetter(file),
    corpusSearch: async (request) => corpus.search(request),
    corpusSearchLetters: async (request) => {
      ahead.interrupt();
      return corpus.searchLetters(request);
    },
    corpusSearchAhead: async ({ search, from }) => ahead.batch(search, from),
    corpusCancelLoad: async () => ({ cancelled: corpus.cancelLoad() }),
    corpusUpdateMeta: async ({ file, patch }) => corpus.updateMeta(file, patch),

    briefingOpen: async ({ path }) => {
      const chosen = path ? grants.check(path, 'briefing-open') : await dialogs.openBriefing();
      if (!chosen) return null;
      const opened = await briefings.open(path ? chosen : grants.grant(chosen, ...BRIEFING));
      return { path: opened.path, briefing: opened.briefing, notices: opened.notices };
    },
    briefingSave: async ({ briefing, path, saveAs }) => {
      const ownPath = path && !saveAs;
      const chosen = ownPath
        ? grants.check(path, 'briefing-write')
        : await dialogs.saveBriefing(suggestedName(briefing, 'dossier', lastName));
      if (!chosen) return null;
      if (!ownPath) lastName = stem(chosen);
      const target = ownPath ? chosen : grants.grant(chosen, ...BRIEFING);
      await briefings.save(target, briefing);
      grants.grant(target, ...BRIEFING); // the saved file replaced the one chosen
      return { path: target };
    },
    briefingRecent: async () => {
      const recent = briefings.recent();
      for (const entry of recent) grants.grant(entry.path, ...BRIEFING);
      return recent;
    },
    // The recovery copy remembers only a path the user chose for writing this briefing.
    briefingAutosave: async ({ briefing, path }) => briefings.autosave(briefing, path ? grants.allowed(path, 'briefing-write') : null),
    briefingRecovery: async () => {
      const recovered = await briefings.recovery();
      if (recovered?.path) grants.grant(recovered.path, ...BRIEFING);
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
    templatesList: async () => services.templates.list(),
    templateOpen: async (ref) => services.templates.open(ref),
    templatesOpenFolder: async () => services.templates.openFolder(),
    quotesCheck: async ({ briefing }) => services.quotes.check(briefing),

    exportDocx: async ({ briefing, path }) => exportTo('docx', briefing, path),
    exportPdf: async ({ briefing, path }) => exportTo('pdf', briefing, path),
    exportOdt: async ({ briefing, path }) => exportTo('odt', briefing, path),
    briefingPageCount: async ({ briefing }) => ({ pages: await exports.pageCount(briefing) }),
    printBriefing: async ({ briefing }) => ({ printed: await exports.print(await exports.pdf(briefing)) }),
    openExternal: async ({ url }) => ({ opened: await services.links.open(url) }),
    openLink: async ({ url }) => ({ opened: await services.links.openLink(url) }),
    setLanguage: async ({ language }) => (setInterfaceLanguage(language), {}),
    userName: async () => ({ name: accountName().slice(0, 256) }),
  };
}
