import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { app, BrowserWindow, protocol, session } from 'electron';

import { electronDialogs } from './dialogs';
import { createHandlers } from './ipc/handlers';
import { eventSender, registerIpc } from './ipc/register';
import { installMenu } from './menu';
import { printPdf } from './print';
import { APP_SCHEME, mimeTypeOf, resolveAppUrl } from './security/app-protocol';
import { CONTENT_SECURITY_POLICY } from './security/csp';
import { hardenAllWebContents, hardenSession } from './security/harden';
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
    const file = resolveAppUrl(request.url, rendererDir);
    if (!file) return new Response('Niet gevonden', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, { headers: { 'content-type': mimeTypeOf(file), 'content-security-policy': CONTENT_SECURITY_POLICY } });
    } catch {
      return new Response('Niet gevonden', { status: 404 });
    }
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
  services.corpusService.onProgress((progress) => send('corpusProgress', progress));
  services.corpusService.onChanged((state) => send('corpusChanged', state));
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
