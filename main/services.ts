import { join } from 'node:path';

import writeFileAtomic from 'write-file-atomic';

import { checkQuotes } from '../app/briefing/quotes';
import type { Letter } from '../app/corpus/types';
import { DossierError } from '../app/ipc/errors';
import { message } from '../app/ipc/messages';
import { BriefingFiles } from './briefing/briefing-files';
import { TemplateFolder, USER_TEMPLATES_FOLDER } from './briefing/template-folder';
import type { CorpusServiceOptions } from './corpus/corpus-service';
import { CorpusService } from './corpus/corpus-service';
import { ExportRunner } from './export/export-runner';
import { checkFileName, ioCode, ioReasonMessage } from './io-errors';
import { PathGrants } from './ipc/path-grants';
import type { Dialogs, Services, WindowPort } from './ipc/ports';
import { interfaceLanguage } from './language';

export interface ServiceOptions {
  /** Folder holding `corpus/` (the sample) and `fonts/`. */
  assetsDir: string;
  /** The user's data folder (cache, recent lists, recovery file). */
  dataDir: string;
  dialogs: Dialogs;
  window: WindowPort;
  /** Prints PDF bytes through the system dialog; absent where printing is impossible (the browser preview). */
  print?: (pdf: Uint8Array) => Promise<boolean>;
  corpus?: Partial<CorpusServiceOptions>;
  /** Opens a checked publication URL in the system browser (main/open-link.ts); absent in the preview and tests. */
  openExternal?: (url: string) => Promise<void>;
  /** Opens a checked link of the briefing's own text (main/open-link.ts); absent in the preview and tests. */
  openLink?: (url: string) => Promise<void>;
  /** Opens the user's templates folder in the file manager (main/open-folder.ts); absent in the preview and tests. */
  openTemplatesFolder?: (path: string) => Promise<void>;
}

/** Wires the Node-side services behind the handlers; the same wiring serves Electron, the preview and tests. */
export function createServices(options: ServiceOptions): Services & { corpusService: CorpusService; dispose(): Promise<void> } {
  const corpusService = new CorpusService({
    sampleDir: join(options.assetsDir, 'corpus'),
    dataDir: join(options.dataDir, 'corpus'),
    ...options.corpus,
  });
  const briefings = new BriefingFiles({ dataDir: options.dataDir });
  const templates = new TemplateFolder({
    builtinDir: join(options.assetsDir, 'templates'),
    userDir: join(options.dataDir, USER_TEMPLATES_FOLDER),
  });
  const exporter = new ExportRunner({ assetsDir: options.assetsDir });
  /** Every passage's letter, read before the (synchronous) check; a letter that cannot be read is absent. */
  const checkAll = async (briefing: Parameters<typeof checkQuotes>[0]) => {
    const files = new Set(briefing.body.flatMap((block) => (block.type === 'passage' ? [block.source.file] : [])));
    const letters = new Map<string, Letter>();
    for (const file of files) {
      const letter = await corpusService.readLetter(file).catch(() => undefined);
      if (letter) letters.set(file, letter);
    }
    return checkQuotes(briefing, (file) => letters.get(file), interfaceLanguage());
  };

  return {
    corpusService,
    corpus: corpusService,
    briefings,
    quotes: { check: checkAll },
    dialogs: options.dialogs,
    window: options.window,
    links: {
      async open(url) {
        if (!options.openExternal) return false;
        await options.openExternal(url);
        return true;
      },
      async openLink(url) {
        if (!options.openLink) return false;
        await options.openLink(url);
        return true;
      },
    },
    templates: {
      list: () => templates.list(),
      open: (ref) => templates.open(ref),
      async openFolder() {
        const folder = await templates.ensureUserDir();
        if (!options.openTemplatesFolder) return { opened: false, folder };
        await options.openTemplatesFolder(folder);
        return { opened: true, folder };
      },
    },
    grants: new PathGrants(),
    exports: {
      // In a worker thread, bounded in time and memory (main/export/export-runner.ts).
      docx: (briefing) => exporter.docx(briefing, { creator: briefing.properties.author || 'Dossier' }),
      pdf: (briefing) => exporter.pdf(briefing),
      odt: (briefing) => exporter.odt(briefing, { creator: briefing.properties.author || 'Dossier' }),
      pageCount: (briefing) => exporter.pageCount(briefing),
      async write(path, bytes) {
        try {
          checkFileName(path);
          await writeFileAtomic(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        } catch (error) {
          if (error instanceof DossierError) throw error;
          throw new DossierError(ioCode(error), message('export.write-failed', { path, reason: ioReasonMessage(error) }));
        }
      },
      async print(pdf) {
        if (!options.print) {
          throw new DossierError('unsupported', message('print.desktop-only'));
        }
        return options.print(pdf);
      },
    },
    dispose: async () => {
      await Promise.all([corpusService.close(), exporter.close()]);
    },
  };
}
