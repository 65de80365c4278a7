/**
 * PDF export benchmark. `runPdfBench(briefing, docxPath)` is called by bench/export.ts with its
 * 400-passage briefing and the .docx it wrote; `tsx bench/export-pdf.ts` runs it alone (it builds
 * the briefing with bench/fixtures/large-briefing.ts and the .docx with briefingToDocx).
 * Times `briefingToPdf` (median of 5 after two warm-ups) against LibreOffice converting the
 * equivalent .docx to PDF (`soffice --headless --convert-to pdf`, a private profile, median of 3
 * after one warm-up that also creates the profile). Target: ≤ 1.5 s and ≤ 0.5 × LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Briefing } from '../app/briefing/model';
import { briefingToPdf } from '../app/export/pdf/index';
import { loadPdfFonts } from '../main/export/fonts';
import { seconds, timeRuns } from './fixtures/timing';

const PDF_TARGET_SECONDS = 1.5;

export interface Row {
  export: string;
  time: string;
  baseline: string;
  'baseline time': string;
  ratio: string;
  target: string;
  met: string;
}

function findSoffice(): string | null {
  for (const command of ['soffice', 'libreoffice']) {
    try {
      return execFileSync('which', [command], { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  return null;
}

/** Seconds LibreOffice takes to convert `docxPath` to PDF (median of 3, after a warm-up), or null without LibreOffice. */
async function libreOfficeSeconds(docxPath: string, dir: string): Promise<number | null> {
  const soffice = findSoffice();
  if (!soffice) return null;
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  const convert = () =>
    execFileSync(
      soffice,
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), docxPath],
      {
        stdio: 'ignore',
        timeout: 600_000,
      },
    );
  convert(); // warm-up: creates the profile
  return timeRuns(3, convert);
}

export async function runPdfBench(briefing: Briefing, docxPath: string): Promise<Row[]> {
  const fonts = await loadPdfFonts(join(import.meta.dirname, '..', 'assets'));
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-pdf-'));
  try {
    for (let run = 0; run < 2; run++) await briefingToPdf(briefing, fonts);
    let bytes: Uint8Array = new Uint8Array();
    const pdfSeconds = await timeRuns(5, async () => {
      bytes = await briefingToPdf(briefing, fonts);
    });
    const pdfPath = join(dir, 'dossier.pdf');
    writeFileSync(pdfPath, bytes);
    const pages = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1] ?? '?';
    const baseline = await libreOfficeSeconds(docxPath, dir);
    const ratio = baseline === null ? null : pdfSeconds / baseline;
    const rows: Row[] = [
      {
        export: `PDF (pdfkit, ${pages} pages)`,
        time: seconds(pdfSeconds),
        baseline: 'LibreOffice docx→pdf',
        'baseline time': seconds(baseline),
        ratio: ratio === null ? 'n/a' : ratio.toFixed(2),
        target: `≤ ${PDF_TARGET_SECONDS} s and ≤ 0.5 × LibreOffice`,
        met: pdfSeconds <= PDF_TARGET_SECONDS && (ratio === null || ratio <= 0.5) ? 'yes' : 'NO',
      },
    ];
    console.table(rows);
    console.log(`PDF: ${(bytes.length / 1024).toFixed(0)} KiB`);
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { largeBriefing, loadSampleLetters } = await import('./fixtures/large-briefing');
  const { briefingToDocx } = await import('../app/export/docx/index');
  const briefing = largeBriefing(loadSampleLetters());
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-pdf-docx-'));
  const docxPath = join(dir, 'dossier.docx');
  writeFileSync(docxPath, await briefingToDocx(briefing));
  await runPdfBench(briefing, docxPath);
  rmSync(dir, { recursive: true, force: true });
}
