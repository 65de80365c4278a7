import { resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';

import { afterAll, describe, expect, it } from 'vitest';

import { type Briefing, emptyBriefing } from '../../../app/briefing/model';
import { briefingToDocx } from '../../../app/export/docx/index';
import { briefingToPdf } from '../../../app/export/pdf/index';
import { ExportRunner } from '../../../main/export/export-runner';
import { loadPdfFonts } from '../../../main/export/fonts';
import { pdfPageCount } from '../../../main/export/pdf-page-count';
import { readDocx } from '../../app/export/docx/read-docx';
import { loadFonts, loadLetters, pageText, writePdf } from '../../app/export/pdf/pdf-tools';
import { sampleBriefing } from '../../app/export/pdf/sample-briefing';

const assetsDir = resolve(import.meta.dirname, '..', '..', '..', 'assets');

/** A briefing of one paragraph: `characters` times "a", no space. */
function unbroken(characters: number): Briefing {
  const briefing = emptyBriefing();
  briefing.body.push({ type: 'paragraph', children: [{ type: 'text', text: 'a'.repeat(characters) }] });
  return briefing;
}

/** Runs `work` while sampling the main thread's event-loop delay; resolves with its result and the worst delay (ms). */
async function withLoopDelay<T>(work: () => Promise<T>): Promise<{ result: T | Error; maxDelayMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const result = await work().catch((error: Error) => error);
  histogram.disable();
  return { result, maxDelayMs: histogram.max / 1e6 };
}

describe('exports in a worker thread', () => {
  const runner = new ExportRunner({ assetsDir });
  afterAll(() => runner.close());
  const briefing = sampleBriefing(loadLetters());

  it('writes the same PDF text and the same Word document parts as the exporters in-process', async () => {
    const [pdfInWorker, pdfHere] = await Promise.all([runner.pdf(briefing), briefingToPdf(briefing, loadFonts())]);
    expect(pageText(writePdf(pdfInWorker, 'worker.pdf'))).toBe(pageText(writePdf(pdfHere, 'here.pdf')));
    const options = { creator: 'Tester' };
    const [docxInWorker, docxHere] = await Promise.all([runner.docx(briefing, options), briefingToDocx(briefing, options)]);
    const inWorker = readDocx(docxInWorker);
    const here = readDocx(docxHere);
    expect(Object.keys(inWorker).sort()).toEqual(Object.keys(here).sort());
    for (const part of ['word/document.xml', 'word/footnotes.xml', 'word/comments.xml', 'word/styles.xml']) {
      expect(inWorker[part], part).toBe(here[part]);
    }
  }, 60_000);

  it('exports an unbroken paragraph of two million characters while the main thread stays responsive', async () => {
    const { result, maxDelayMs } = await withLoopDelay(() => runner.pdf(unbroken(2_000_000)));
    // Within the default bounds (linear line breaking: ~2 s here); past them it would reject with the message tested below.
    expect(result).toBeInstanceOf(Uint8Array);
    expect(pageText(writePdf(result as Uint8Array, 'unbroken.pdf'), 1)).toMatch(/^a{50,}/);
    expect(maxDelayMs).toBeLessThan(200);
  }, 60_000);

  it('stops an export past its time bound and names what was too large', async () => {
    const hasty = new ExportRunner({ assetsDir, timeoutMs: 100 });
    try {
      const { result, maxDelayMs } = await withLoopDelay(() => hasty.pdf(unbroken(2_000_000)));
      expect(result).toMatchObject({
        code: 'too-large',
        message:
          'Exporteren naar PDF is afgebroken: het duurde langer dan 100 milliseconden. Het grootste deel van de notitie is alinea 1 ' +
          '(2.000.000 tekens, waarvan 2.000.000 achter elkaar zonder spatie; begint met "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…"). ' +
          'Splits of kort dat deel in en probeer het opnieuw.',
      });
      expect(maxDelayMs).toBeLessThan(200);
    } finally {
      await hasty.close();
    }
  }, 60_000);

  it('stops an export past its memory bound and says so', async () => {
    const frugal = new ExportRunner({ assetsDir, maxHeapMb: 64 });
    try {
      const result = await frugal.pdf(unbroken(2_000_000)).catch((error: Error) => error);
      expect(result).toMatchObject({
        code: 'too-large',
        message: expect.stringMatching(
          /^Exporteren naar PDF is afgebroken: er was meer dan 64 MB geheugen nodig\. Het grootste deel van de notitie is alinea 1 \(2\.000\.000 tekens/,
        ),
      });
      expect(await frugal.docx(emptyBriefing())).toBeInstanceOf(Uint8Array);
    } finally {
      await frugal.close();
    }
  }, 60_000);

  it('counts the pages of the PDF export in the worker, only the latest of several asked at once', async () => {
    const exported = pdfPageCount(await runner.pdf(briefing));
    const asked = [runner.pageCount(emptyBriefing()), runner.pageCount(unbroken(10)), runner.pageCount(briefing)];
    const [first, second, latest] = await Promise.allSettled(asked);
    for (const superseded of [first!, second!]) {
      expect(superseded.status).toBe('rejected');
      expect((superseded as PromiseRejectedResult).reason).toMatchObject({ name: 'DossierError', code: 'cancelled' });
    }
    expect(latest!).toEqual({ status: 'fulfilled', value: exported });
  });

  it('ends an export under way as cancelled, not as a failure, when it is closed', async () => {
    const own = new ExportRunner({ assetsDir });
    const counting = own.pageCount(sampleBriefing(loadLetters()));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await own.close();
    await expect(counting).rejects.toMatchObject({ name: 'DossierError', code: 'cancelled' });
  });

  it('reads the fonts in the worker with the same loader as in-process', async () => {
    expect(await loadPdfFonts(assetsDir)).toEqual(loadFonts());
  });
});
