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
 * Converts .docx bytes to PDF with LibreOffice (own throw-away profile, so parallel runs do not
 * clash) and returns the PDF's text as pdftotext reads it, whitespace collapsed to single spaces.
 */
export async function docxToPdfText(docx: Uint8Array): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-docx-'));
  try {
    const input = join(dir, 'export.docx');
    writeFileSync(input, docx);
    await run(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input],
      { timeout: 180_000 },
    );
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, 'export.pdf'), '-'], { timeout: 60_000 });
    return stdout.replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
