import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { app, BrowserWindow, protocol, session } from 'electron';

import { briefingPathsIn, OpenRequests } from './briefing/open-requests';
import { cliArgumentsIn, runInstalledCli } from './cli/installed';
import { electronDialogs } from './dialogs';
import { eventSender, forwardEvents } from './ipc/events';
import { createHandlers } from './ipc/handlers';
import { registerDrops, registerIpc } from './ipc/register';
import { installMenu } from './menu';
import { openTemplatesFolder } from './open-folder';
import { openLink, openPublication } from './open-link';
import { printPdf } from './print';
import { APP_SCHEME, appUrlPathname } from './security/app-protocol';
import { hardenAllWebContents, hardenSession } from './security/harden';
import { readStaticFile } from './security/static-files';
import { createServices } from './services';
import { installBundledDictionary } from './spelling/bundled-dictionary';
import { installContextMenu } from './spelling/context-menu';
import { configureSpelling } from './spelling/spell-checker';
import type { MainWindow } from './window';
import { createMainWindow, forwardAppCommands } from './window';

/** Starts Dossier: protocol, security, services, IPC, menu, window. Only wiring lives here. */
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const devOrigin = devUrl ? new URL(devUrl).origin : undefined;
const assetsDir = app.isPackaged ? join(process.resourcesPath, 'assets') : join(app.getAppPath(), 'assets');
const spellingDir = join(assetsDir, 'spelling');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
hardenAllWebContents(devOrigin);

let main: MainWindow | undefined;
let opening: OpenRequests | undefined;
/** Files macOS asks to open before the services exist. */
const pendingFiles: string[] = [];
app.on('open-file', (event, path) => {
  event.preventDefault();
  if (opening) opening.add([path]);
  else pendingFiles.push(path);
});

async function start(): Promise<void> {
  // The Dutch dictionary goes where Chromium looks before the default session's checker starts
  // (macOS checks with the system's own dictionaries).
  try {
    if (process.platform !== 'darwin') installBundledDictionary(spellingDir, join(app.getPath('sessionData'), 'Dictionaries'));
  } catch (error) {
    console.error('[dossier] spelling: the bundled Dutch dictionary could not be put in place', error);
  }
  await app.whenReady();
  // First use of the default session, before any dictionary download could be scheduled.
  configureSpelling(session.defaultSession, process.platform, spellingDir);
  const rendererDir = join(outDir, 'renderer');
  protocol.handle(APP_SCHEME, async (request) => {
    const pathname = appUrlPathname(request.url);
    const file = pathname === null ? null : await readStaticFile(pathname, rendererDir);
    return file ? new Response(file.body, { headers: file.headers }) : new Response('Niet gevonden', { status: 404 });
  });
  hardenSession(session.defaultSession, devOrigin);

  const send = eventSender(() => BrowserWindow.getAllWindows().map((window) => window.webContents));
  const nativeDialogs = electronDialogs(() => main?.window);
  const services = createServices({
    assetsDir,
    dataDir: app.getPath('userData'),
    // A briefing the system asked to open answers the next "open briefing" instead of a dialog.
    dialogs: { ...nativeDialogs, openBriefing: async () => opening?.take() ?? nativeDialogs.openBriefing() },
    window: { setStatus: (name, dirty) => main?.setStatus(name, dirty) },
    print: printPdf,
    openExternal: openPublication,
    openLink,
    openTemplatesFolder,
    corpus: { workerPath: join(outDir, 'main', 'parse-worker.js') },
  });
  forwardEvents(services.corpus, send);
  opening = new OpenRequests(services.grants, () => send('menuCommand', 'briefing-open'));
  opening.add([...pendingFiles, ...briefingPathsIn(process.argv, process.cwd())]);
  const handlers = createHandlers(services);
  const recovery = handlers.briefingRecovery;
  // The renderer asks for its recovery copy once it is mounted and listening for commands: the
  // window is shown then (not at its first paint, when a key pressed at once was lost).
  handlers.briefingRecovery = async (request) => {
    main?.rendererReady();
    return recovery(request).finally(() => opening?.ready());
  };
  registerIpc(handlers, devOrigin);
  registerDrops(services.grants, devOrigin);
  installMenu((command) => send('menuCommand', command));

  main = createMainWindow(outDir, devUrl);
  forwardAppCommands(main.window, (command) => send('menuCommand', command));
  installContextMenu(main.window.webContents);
  app.on('second-instance', (_event, argv, workingDirectory) => {
    opening?.add(briefingPathsIn(argv, workingDirectory));
    main?.window.focus();
  });
  app.on('before-quit', () => void services.dispose());
  void services.corpusService.openSample();
}

const cliArgs = cliArgumentsIn(process.argv);
if (cliArgs) {
  // `Dossier --cli <command> …`: the command line of the installed app (README: For IT departments).
  app.dock?.hide();
  void runInstalledCli(cliArgs, { assetsDir }, (code) => app.exit(code));
} else if (app.requestSingleInstanceLock()) {
  // A second start hands over to the running instance (one writer of the recovery file and caches).
  void start();
  app.on('window-all-closed', () => app.quit());
} else {
  app.quit();
}
