import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

function has(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Why a LibreOffice round trip cannot run here, or null when soffice and pdftotext are installed. */
export const libreOfficeMissing: string | null = !has('soffice')
  ? 'soffice (LibreOffice) is not installed'
  : !has('pdftotext')
    ? 'pdftotext (poppler-utils) is not installed'
    : null;

/**
 * Converts office document bytes (`docx` or `odt`, as `extension` says) to PDF with LibreOffice
 * (own throw-away profile, so parallel runs do not clash) and hands the PDF's path to `read`
 * before the files are removed.
 */
async function withPdf<T>(bytes: Uint8Array, read: (pdf: string) => Promise<T>, extension: 'docx' | 'odt' = 'docx'): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), `dossier-${extension}-`));
  try {
    const input = join(dir, `export.${extension}`);
    writeFileSync(input, bytes);
    await run(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input],
      { timeout: 180_000 },
    );
    return await read(join(dir, 'export.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a .docx as LibreOffice prints it (pdftotext -layout), whitespace collapsed to single spaces. */
export async function docxToPdfText(docx: Uint8Array): Promise<string> {
  return withPdf(docx, async (pdf) => {
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { timeout: 60_000 });
    return stdout.replace(/\s+/g, ' ');
  });
}

/**
 * Each page of a PDF file: its non-empty lines, trimmed, read page by page with
 * `pdftotext -f N -l N -layout` (the page count from `pdfinfo`).
 */
export async function pdfFilePages(pdf: string): Promise<string[][]> {
  const info = (await run('pdfinfo', [pdf], { timeout: 60_000 })).stdout;
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const pages: string[][] = [];
  for (let page = 1; page <= count; page++) {
    const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', '-enc', 'UTF-8', pdf, '-'], {
      timeout: 60_000,
    });
    pages.push(
      stdout
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
  }
  return pages;
}

/** Each page of a .docx as LibreOffice prints it (see pdfFilePages). */
export async function docxToPdfPages(docx: Uint8Array): Promise<string[][]> {
  return withPdf(docx, pdfFilePages);
}

/** Each page of an .odt as LibreOffice prints it (see pdfFilePages). */
export async function odtToPdfPages(odt: Uint8Array): Promise<string[][]> {
  return withPdf(odt, pdfFilePages, 'odt');
}

/** What LibreOffice prints of an .odt, as `read(pdfPath)` gives it back (the PDF is removed afterwards). */
export function readOdtAsPdf<T>(odt: Uint8Array, read: (pdf: string) => Promise<T> | T): Promise<T> {
  return withPdf(odt, async (pdf) => read(pdf), 'odt');
}
