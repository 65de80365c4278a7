import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { app, BrowserWindow, protocol, session } from 'electron';

import { electronDialogs } from './dialogs';
import { eventSender, forwardEvents } from './ipc/events';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { installMenu } from './menu';
import { printPdf } from './print';
import { APP_SCHEME, appUrlPathname } from './security/app-protocol';
import { hardenAllWebContents, hardenSession } from './security/harden';
import { readStaticFile } from './security/static-files';
import { createServices } from './services';
import type { MainWindow } from './window';
import { createMainWindow } from './window';

/** Starts Dossier: protocol, security, services, IPC, menu, window. Only wiring lives here. */
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const devOrigin = devUrl ? new URL(devUrl).origin : undefined;
const assetsDir = app.isPackaged ? join(process.resourcesPath, 'assets') : join(app.getAppPath(), 'assets');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
hardenAllWebContents(devOrigin);

let main: MainWindow | undefined;

async function start(): Promise<void> {
  await app.whenReady();
  const rendererDir = join(outDir, 'renderer');
  protocol.handle(APP_SCHEME, async (request) => {
    const pathname = appUrlPathname(request.url);
    const file = pathname === null ? null : await readStaticFile(pathname, rendererDir);
    return file ? new Response(file.body, { headers: file.headers }) : new Response('Niet gevonden', { status: 404 });
  });
  hardenSession(session.defaultSession, devOrigin);

  const send = eventSender(() => BrowserWindow.getAllWindows().map((window) => window.webContents));
  const services = createServices({
    assetsDir,
    dataDir: app.getPath('userData'),
    dialogs: electronDialogs(() => main?.window),
    window: { setStatus: (name, dirty) => main?.setStatus(name, dirty) },
    print: printPdf,
    corpus: { workerPath: join(outDir, 'main', 'parse-worker.js') },
  });
  forwardEvents(services.corpus, send);
  registerIpc(createHandlers(services), devOrigin);
  installMenu((command) => send('menuCommand', command));

  main = createMainWindow(outDir, devUrl);
  app.on('second-instance', () => main?.window.focus());
  app.on('before-quit', () => void services.dispose());
  void services.corpusService.openSample();
}

// A second start hands over to the running instance (one writer of the recovery file and caches).
if (app.requestSingleInstanceLock()) {
  void start();
  app.on('window-all-closed', () => app.quit());
} else {
  app.quit();
}
