import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { BrowserWindow } from 'electron';

/**
 * Prints generated PDF bytes through the system print dialog: the PDF is written to a private
 * temporary file and shown in a hidden, sandboxed window with Chromium's PDF viewer.
 */
export async function printPdf(pdf: Uint8Array): Promise<boolean> {
  const file = join(tmpdir(), `dossier-print-${process.pid}-${Date.now()}.pdf`);
  await writeFile(file, pdf, { mode: 0o600 });
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true },
  });
  try {
    await window.loadURL(pathToFileURL(file).href);
    return await new Promise<boolean>((resolve) => {
      window.webContents.print({ silent: false, printBackground: true }, (success) => resolve(success));
    });
  } finally {
    window.destroy();
    await rm(file, { force: true });
  }
}
