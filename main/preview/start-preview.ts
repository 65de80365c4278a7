import { homedir } from 'node:os';
import { join } from 'node:path';

import { PREVIEW_DIALOG_EVENT } from '../../app/ipc/preview-dialog';
import { windowTitle } from '../../app/ipc/window-title';
import { forwardEvents } from '../ipc/events';
import { createHandlers } from '../ipc/handlers';
import { createServices } from '../services';
import { PageDialogs } from './page-dialogs';
import { previewRoutes } from './preview-routes';
import { ScriptedDialogs } from './scripted-dialogs';
import type { PreviewServer } from './server';
import { startPreviewServer } from './server';

export interface PreviewOptions {
  rendererDir: string;
  assetsDir: string;
  dataDir: string;
  /** Where saves go without a queued dialog answer when the page's own dialogs are off. */
  saveDir: string;
  /**
   * The page's own file dialogs (./page-dialogs.ts) for answers no test queued: on in
   * `npm run preview`; off by default, so scripted runs never wait for a user.
   */
  pageDialogs?: boolean;
  /** The folder the page's dialogs start in (default: the user's home). */
  home?: string;
  port?: number;
  /** Open this folder instead of the sample. */
  corpus?: string;
}

/** Starts the real services and handlers behind the preview server; used by `npm run preview` and the e2e tests. */
export async function startPreview(options: PreviewOptions) {
  let server: PreviewServer | null = null;
  const pageDialogs = new PageDialogs((request) => server?.emitPreview(PREVIEW_DIALOG_EVENT, request) ?? false, options.home ?? homedir());
  const dialogs = new ScriptedDialogs(options.saveDir, options.pageDialogs ? pageDialogs : undefined);
  let title = 'Dossier';
  const services = createServices({
    assetsDir: options.assetsDir,
    dataDir: options.dataDir,
    dialogs,
    window: { setStatus: (name, dirty) => (title = windowTitle(name, dirty)) },
  });
  server = await startPreviewServer({
    rendererDir: options.rendererDir,
    handlers: createHandlers(services),
    port: options.port,
    routes: previewRoutes(pageDialogs, services.grants),
    onPagesGone: () => pageDialogs.cancelAll(),
    iconPath: join(options.assetsDir, 'icons', 'icon.png'),
  });
  const stopEvents = forwardEvents(services.corpus, server.emit);
  if (options.corpus) await services.corpusService.open([services.grants.grant(options.corpus, 'corpus-read')]);
  else await services.corpusService.openSample();
  return {
    server: server as PreviewServer,
    services,
    dialogs,
    title: () => title,
    async close() {
      stopEvents();
      pageDialogs.cancelAll();
      await server!.close();
      await services.dispose();
    },
  };
}

export const defaultPaths = (projectRoot: string) => ({
  rendererDir: join(projectRoot, 'out', 'renderer'),
  assetsDir: join(projectRoot, 'assets'),
});
