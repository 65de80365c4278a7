import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

import type { PdfPageText, PdfTextItem } from '../../app/corpus/pdf-layout';
import { type Message, message, renderMessage } from '../../app/ipc/messages';

/**
 * Decodes a native PDF's text with its positions, sizes and fonts (pdf.js `getTextContent`, the
 * legacy build for Node; PITFALLS.md): no rendering, no canvas, no font faces, nothing fetched
 * (cMaps and standard fonts are not asked for: text extraction needs neither for the embedded
 * fonts of office exports). Runs where it is called: inside the parse worker it is off the main
 * thread. Failures are PdfReadError with a keyed reason (`pdf.*`) for the corpus's problem list.
 */

/** A PDF that cannot be read: `problem` the keyed reason to show for the file, `message` its Dutch text. */
export class PdfReadError extends Error {
  constructor(readonly problem: Message) {
    super(renderMessage(problem, 'nl'));
  }
}

/** Above these a PDF is refused rather than read (bounded time and memory per file). */
export const MAX_PDF_PAGES = 1500;

const reason = {
  notPdf: message('pdf.not-pdf'),
  password: message('pdf.password'),
  damaged: message('pdf.damaged'),
  scanned: message('pdf.scanned'),
  tooLarge: (pages: number) => message('pdf.too-many-pages', { pages, max: MAX_PDF_PAGES }),
};

/** `%PDF-` within the first KiB, as readers accept it. */
export const looksLikePdf = (bytes: Uint8Array): boolean => {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
};

type PdfJs = typeof PdfJsModule;
let loaded: Promise<PdfJs> | null = null;
/**
 * pdf.js and its worker code, loaded once. The worker module is imported here and handed to pdf.js
 * as `globalThis.pdfjsWorker`, so pdf.js runs it in this thread without importing it by a path
 * of its own: electron-vite bundles both into out/main (no node_modules at run time). Without
 * @napi-rs/canvas pdf.js warns once that it cannot render; text extraction does not need it.
 */
const pdfjs = (): Promise<PdfJs> =>
  (loaded ??= (async () => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })());

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;
type TextItems = Awaited<ReturnType<PdfPage['getTextContent']>>['items'];

/** A bold face by its name (`…-Bold`, `…,Bold`, `Semibold`, `Demi`, `Black`, `Heavy`) or pdf.js's own flag. */
const BOLD_NAME = /bold|semibold|demi|black|heavy/i;

/**
 * Records in `known` whether each font the page's text uses is bold. Text extraction alone does
 * not load fonts: pdf.js puts a font's object (name, bold flag) in the page's `commonObjs` only
 * when it builds the operator list, so that is asked for on the pages that use a font not yet
 * seen (font ids are per document; usually page 1 alone).
 */
const readWeights = async (page: PdfPage, items: TextItems, known: Map<string, boolean>): Promise<void> => {
  const fresh = [...new Set(items.flatMap((it) => ('fontName' in it && !known.has(it.fontName) ? [it.fontName] : [])))];
  if (fresh.length === 0) return;
  await page.getOperatorList();
  for (const id of fresh) {
    const font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: string; bold?: boolean; black?: boolean }) : null;
    known.set(id, font !== null && (font.bold === true || font.black === true || BOLD_NAME.test(font.name ?? '')));
  }
};

/**
 * The positioned text of every page, in PDF user space (see PdfTextItem). `onPage(done, total)`
 * reports progress. Throws PdfReadError: not a PDF, password-protected, damaged, too many pages,
 * or no text at all (a scan).
 */
export const decodePdf = async (bytes: Uint8Array, onPage?: (done: number, total: number) => void): Promise<PdfPageText[]> => {
  if (!looksLikePdf(bytes)) throw new PdfReadError(reason.notPdf);
  const lib = await pdfjs();
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = lib.getDocument({
    data: bytes.slice(),
    disableFontFace: true,
    // Keeps the font's PostScript name on its object (`BAAAAA+LiberationSerif-Bold`), for the weight.
    fontExtraProperties: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      const name = (error as { name?: string } | null)?.name;
      throw new PdfReadError(name === 'PasswordException' ? reason.password : reason.damaged);
    });
    if (doc.numPages > MAX_PDF_PAGES) throw new PdfReadError(reason.tooLarge(doc.numPages));
    const pages: PdfPageText[] = [];
    const bold = new Map<string, boolean>();
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = page.view;
      const content = await page.getTextContent();
      await readWeights(page, content.items, bold);
      const items: PdfTextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue;
        const [, , c = 0, d = 0, e = 0, f = 0] = it.transform as number[];
        const font = it.fontName;
        items.push({ str: it.str, x: e - x0, y: f - y0, width: it.width, size: Math.hypot(c, d), font, bold: bold.get(font) ?? false });
        chars += it.str.trim().length;
      }
      pages.push({ page: p, width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
      onPage?.(p, doc.numPages);
    }
    if (chars === 0) throw new PdfReadError(reason.scanned);
    return pages;
  } catch (error) {
    if (error instanceof PdfReadError) throw error;
    throw new PdfReadError(reason.damaged);
  } finally {
    await task.destroy();
  }
};
