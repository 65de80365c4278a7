import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { BrowserWindow, session } from 'electron';

import { hardenSession } from './security/harden';

/**
 * Prints generated PDF bytes through the system print dialog: the PDF is written to a private
 * temporary folder and shown in a hidden, sandboxed window with Chromium's PDF viewer. The window
 * lives in its own session that may load exactly that one file and nothing else (the main
 * session refuses file:// altogether).
 */
export async function printPdf(pdf: Uint8Array): Promise<boolean> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-print-'));
  const file = join(dir, 'notitie.pdf');
  await writeFile(file, pdf, { mode: 0o600 });
  const url = pathToFileURL(file).href;
  const printSession = session.fromPartition(`dossier-print-${randomBytes(8).toString('hex')}`);
  hardenSession(printSession, undefined, [url]);
  const window = new BrowserWindow({
    show: false,
    webPreferences: { session: printSession, sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true },
  });
  try {
    await window.loadURL(url);
    return await new Promise<boolean>((resolve) => {
      window.webContents.print({ silent: false, printBackground: true }, (success) => resolve(success));
    });
  } finally {
    window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
