import { describe, expect, it } from 'vitest';

import { briefingToPdf } from '../../../../app/export/pdf';
import type { PdfDict } from './pdf-tools';
import { deref, dictsWhere, loadFonts, loadLetters, pageText, pdfObjects, text, writePdf } from './pdf-tools';
import { passagesOf, sampleBriefing } from './sample-briefing';

describe('appended letters', () => {
  it('appends the letters and links each citation to the quoted paragraph', async () => {
    const letters = loadLetters();
    const briefing = sampleBriefing(letters, 'line');
    const appendix = letters.slice(0, 2).map((l) => ({ file: l.file, title: l.title ?? l.file, blocks: l.blocks }));
    const path = writePdf(await briefingToPdf(briefing, loadFonts(), { appendix }), 'appendix.pdf');
    const objects = pdfObjects(path);

    const passage = passagesOf(briefing).find((p) => p.source.file === letters[1]!.file)!;
    const destination = `bijlage-2-alinea-${passage.parts[0]!.blockIndex + 1}`;
    const targets = dictsWhere(objects, (d) => d['/Subtype'] === '/Link').map((d) => text((deref(objects, d['/A']) as PdfDict)['/D']));
    expect(targets).toContain(destination);
    // Passages from letters that are not appended stay plain text (footnote references link to their notes).
    const linked = new Set(targets.filter((t) => !t.startsWith('voetnoot-')).map((t) => t.split('-alinea')[0]));
    expect([...linked].sort()).toEqual(['bijlage-1', 'bijlage-2']);

    // The named destination is on the page where that paragraph of the letter is printed.
    const dests = dictsWhere(objects, (d) => typeof d['/Dests'] === 'object')[0]!['/Dests'] as PdfDict;
    const names = (dests['/Names'] as unknown[]).map((v) => (typeof v === 'string' ? text(v) : v));
    const at = names.indexOf(destination);
    expect(at).toBeGreaterThanOrEqual(0);
    const [pageRef] = names[at + 1] as [string];
    const pages = dictsWhere(objects, (d) => d['/Type'] === '/Pages')[0]!['/Kids'] as string[];
    const page = pages.indexOf(pageRef) + 1;
    expect(pageText(path, page)).toContain(letters[1]!.blocks[passage.parts[0]!.blockIndex]!.text.slice(0, 40));
    expect(pageText(path)).toContain(`Bijlage 2: ${letters[1]!.title ?? letters[1]!.file}`);
  });

  it('links citation notes to the appended letter in footnote style', async () => {
    const letters = loadLetters();
    const briefing = sampleBriefing(letters, 'footnote');
    const appendix = [letters[0]!].map((l) => ({ file: l.file, title: l.title ?? l.file, blocks: l.blocks }));
    const path = writePdf(await briefingToPdf(briefing, loadFonts(), { appendix }), 'appendix-notes.pdf');
    const objects = pdfObjects(path);
    const targets = dictsWhere(objects, (d) => d['/Subtype'] === '/Link').map((d) => text((deref(objects, d['/A']) as PdfDict)['/D']));
    const links = targets.filter((t) => !t.startsWith('voetnoot-'));
    const fromFirst = passagesOf(briefing).filter((p) => p.source.file === letters[0]!.file);
    expect(new Set(links)).toEqual(new Set(fromFirst.map((p) => `bijlage-1-alinea-${p.parts[0]!.blockIndex + 1}`)));
  });
});
