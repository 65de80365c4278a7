import { join } from 'node:path';

import { windowTitle } from '../../app/ipc/window-title';
import { forwardEvents } from '../ipc/events';
import { createHandlers } from '../ipc/handlers';
import { createServices } from '../services';
import { ScriptedDialogs } from './scripted-dialogs';
import type { PreviewServer } from './server';
import { startPreviewServer } from './server';

export interface PreviewOptions {
  rendererDir: string;
  assetsDir: string;
  dataDir: string;
  /** Where saves go without a queued dialog answer. */
  saveDir: string;
  port?: number;
  /** Open this folder instead of the sample. */
  corpus?: string;
}

/** Starts the real services and handlers behind the preview server; used by `npm run preview` and the e2e tests. */
export async function startPreview(options: PreviewOptions) {
  const dialogs = new ScriptedDialogs(options.saveDir);
  let title = 'Dossier';
  const services = createServices({
    assetsDir: options.assetsDir,
    dataDir: options.dataDir,
    dialogs,
    window: { setStatus: (name, dirty) => (title = windowTitle(name, dirty)) },
  });
  const server: PreviewServer = await startPreviewServer({
    rendererDir: options.rendererDir,
    handlers: createHandlers(services),
    port: options.port,
  });
  const stopEvents = forwardEvents(services.corpus, server.emit);
  if (options.corpus) await services.corpusService.open([services.grants.grant(options.corpus, 'corpus-read')]);
  else await services.corpusService.openSample();
  return {
    server,
    services,
    dialogs,
    title: () => title,
    async close() {
      stopEvents();
      await server.close();
      await services.dispose();
    },
  };
}

export const defaultPaths = (projectRoot: string) => ({
  rendererDir: join(projectRoot, 'out', 'renderer'),
  assetsDir: join(projectRoot, 'assets'),
});
