/** Test helpers: real sample letters and fonts in, poppler-utils and qpdf to read the PDF back. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { decodeLetterBytes, linkCorpus, parseLetter } from '../../../../app/corpus';
import type { Letter } from '../../../../app/corpus/types';
import type { PdfFonts } from '../../../../app/export/pdf';
import { loadPdfFonts } from '../../../../main/export/fonts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');

const fonts = await loadPdfFonts(join(ROOT, 'assets'));

/** The bundled PDF fonts, read once by the app's own loader (main/export/fonts.ts). */
export function loadFonts(): PdfFonts {
  return fonts;
}

/** The five sample letters of assets/corpus, parsed and linked as the corpus service does. */
export function loadLetters(): Letter[] {
  const dir = join(ROOT, 'assets', 'corpus');
  return linkCorpus(
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((file) => {
        const bytes = new Uint8Array(readFileSync(join(dir, file)));
        return parseLetter({ file, text: decodeLetterBytes(bytes), hash: createHash('sha256').update(bytes).digest('hex') });
      }),
  );
}

const tmp = mkdtempSync(join(tmpdir(), 'dossier-pdf-'));

export function writePdf(bytes: Uint8Array, name: string): string {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
}

export function pageCount(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** pdftotext of one page (or all), whitespace collapsed so wrapped lines read as running text. */
export function pageText(path: string, page?: number, layout = false): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), ...range, path, '-'], { encoding: 'utf8' });
  return layout ? text : collapse(text);
}

export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const unescape = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

/** The words of one page with their boxes (pdftotext -bbox-layout), y from the page top. */
export function pageWords(path: string, page: number): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: unescape(m[5] as string),
  }));
}

/** qpdf's JSON view of the file (strings decoded, "u:" prefixed), object id → value. */
export function pdfObjects(path: string): Record<string, unknown> {
  const json = JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=qpdf', path], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const objects: Record<string, { value?: unknown; stream?: { dict: unknown } }> = json.qpdf[1];
  return Object.fromEntries(Object.entries(objects).map(([id, obj]) => [id, obj.value ?? obj.stream?.dict]));
}

/** Renders page 1 to test-results/<name>-1.png at 60 dpi, for looking at. */
export function renderFirstPage(path: string, name: string): string {
  const dir = join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path, join(dir, name)]);
  return join(dir, `${name}.png`);
}

export type PdfDict = Record<string, unknown>;

/** The dictionaries of the file that match `predicate`. */
export function dictsWhere(objects: Record<string, unknown>, predicate: (dict: PdfDict) => boolean): PdfDict[] {
  return Object.values(objects).filter(
    (v): v is PdfDict => typeof v === 'object' && v !== null && !Array.isArray(v) && predicate(v as PdfDict),
  );
}

/** Follows an indirect reference ("12 0 R") to its object. */
export function deref(objects: Record<string, unknown>, value: unknown): unknown {
  return typeof value === 'string' && /^\d+ \d+ R$/.test(value) ? objects[`obj:${value}`] : value;
}

/** A qpdf JSON string ("u:text" or "b:hex") as text. */
export function text(value: unknown): string {
  return typeof value === 'string' && value.startsWith('u:') ? value.slice(2) : String(value);
}

/** Every key → value pair of a number tree (ISO 32000-1 §7.9.7), following /Kids. */
export function numberTreeEntries(objects: Record<string, unknown>, tree: unknown): Array<[number, unknown]> {
  const node = deref(objects, tree) as PdfDict;
  const nums = (node['/Nums'] as unknown[] | undefined) ?? [];
  const own: Array<[number, unknown]> = [];
  for (let i = 0; i < nums.length; i += 2) own.push([nums[i] as number, nums[i + 1]]);
  const kids = ((node['/Kids'] as unknown[] | undefined) ?? []).flatMap((kid) => numberTreeEntries(objects, kid));
  return [...own, ...kids];
}

/** The object id ("12 0 R") of each dictionary matching `predicate`. */
export function refsWhere(objects: Record<string, unknown>, predicate: (dict: PdfDict) => boolean): string[] {
  return Object.entries(objects).flatMap(([id, v]) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && predicate(v as PdfDict) ? [id.replace(/^obj:/, '')] : [],
  );
}
