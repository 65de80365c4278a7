import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

import { textOf } from '../app/export/docx/read-docx';
import { briefing } from './briefing-helpers';
import { type DossierFixture, expect } from './fixtures';

/** A Word export read back: its path, its zip parts, `word/document.xml` as text. */
export interface WordExport {
  path: string;
  parts: Record<string, Uint8Array>;
  document: string;
}

/** A PDF export read back with poppler: its path, its page count (`pdfinfo`), a page's text and the whole `-layout` text. */
export interface PdfExport {
  path: string;
  pages: number;
  /** `pdftotext -f n -l n` of the 1-based page `n`. */
  pageText(n: number): string;
  /** `pdftotext -layout` of the whole file (table cells stay on their row). */
  layout(): string;
}

const BUTTON = { docx: 'Exporteren naar Word', pdf: 'Exporteren naar PDF' } as const;

/**
 * Exports the open briefing with the briefing pane's button to `name` in the test's work folder
 * (the save dialog answered with that path), waits for "Geëxporteerd naar <path>", and reads
 * the file back: a `.docx` unzipped, a `.pdf` through pdfinfo/pdftotext (which must be installed).
 */
export async function exportAndRead(page: Page, dossier: DossierFixture, name: `${string}.docx`): Promise<WordExport>;
export async function exportAndRead(page: Page, dossier: DossierFixture, name: `${string}.pdf`): Promise<PdfExport>;
export async function exportAndRead(page: Page, dossier: DossierFixture, name: string): Promise<WordExport | PdfExport> {
  await mkdir(dossier.workDir, { recursive: true });
  const path = join(dossier.workDir, name);
  const kind = name.endsWith('.docx') ? 'docx' : 'pdf';
  dossier.preview.dialogs.answer(path);
  await briefing(page).getByRole('button', { name: BUTTON[kind] }).click();
  await expect(briefing(page).getByRole('status')).toContainText(`Geëxporteerd naar ${path}`);
  if (kind === 'docx') {
    const parts = unzipSync(new Uint8Array(await readFile(path)));
    return { path, parts, document: strFromU8(parts['word/document.xml']!) };
  }
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
  return {
    path,
    pages,
    pageText: (n) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), path, '-'], { encoding: 'utf8' }),
    layout: () => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }),
  };
}

/** The `<w:tbl>` elements of a Word document's XML, in order. */
export const tablesOf = (xml: string): string[] => [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((match) => match[0]);

/** The text of each `<w:tc>` cell in `xml`, in order. */
export const cellsOf = (xml: string): string[] => [...xml.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((match) => textOf(match[0]));

/** The text of each header part (`word/header*.xml`) of a Word export. */
export const headerTexts = (word: WordExport): string[] =>
  Object.keys(word.parts)
    .filter((path) => /^word\/header\d*\.xml$/.test(path))
    .map((path) => textOf(strFromU8(word.parts[path]!)));
