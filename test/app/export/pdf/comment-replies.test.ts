import { readFileSync } from 'node:fs';

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';

import { briefingToPdf } from '../../../../app/export/pdf';
import { dictsWhere, loadFonts, loadLetters, pdfObjects, refsWhere, text, writePdf } from './pdf-tools';
import { sampleBriefing } from './sample-briefing';

interface PdfjsAnnotation {
  id: string;
  subtype: string;
  inReplyTo?: string;
  replyType?: string;
  /** pdf.js 6 gives the state and its model as names. */
  state?: { name: string } | null;
  stateModel?: { name: string } | null;
  titleObj?: { str: string };
  contentsObj?: { str: string };
}

/** Comment a1 answered twice and resolved; comment a2 open, without replies. */
function threadedBriefing() {
  const briefing = sampleBriefing(loadLetters());
  briefing.annotations[0] = {
    ...briefing.annotations[0]!,
    resolved: true,
    replies: [
      { id: 'r1', author: 'P. Bakker', date: '2026-01-08T08:00:00Z', text: 'Nagevraagd: klopt.' },
      { id: 'r2', author: 'J. Jansen', date: '2026-01-08T09:00:00Z', text: 'Dank.' },
    ],
  };
  return briefing;
}

describe('comment replies in the PDF', () => {
  let path: string;
  beforeAll(async () => {
    path = writePdf(await briefingToPdf(threadedBriefing(), loadFonts()), 'comment-replies.pdf');
  });

  it('reads back in pdf.js as replies (inReplyTo the comment, RT /R) and a Review state Completed', async () => {
    const task = getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false });
    const pdf = await task.promise;
    const annotations = ((await (await pdf.getPage(1)).getAnnotations()) as PdfjsAnnotation[]).filter((a) => a.subtype === 'Text');
    const comment = annotations.find((a) => a.contentsObj?.str === 'Naam en spelling nagaan bij het kabinet.')!;
    const other = annotations.find((a) => a.contentsObj?.str === 'Volledige alinea in de bijlage.')!;
    expect(comment.inReplyTo).toBeUndefined();
    const replies = annotations.filter((a) => a.inReplyTo === comment.id);
    expect(
      replies.map((a) => [a.titleObj?.str, a.contentsObj?.str, a.replyType, a.stateModel?.name ?? null, a.state?.name ?? null]),
    ).toEqual([
      ['P. Bakker', 'Nagevraagd: klopt.', 'R', null, null],
      ['J. Jansen', 'Dank.', 'R', null, null],
      ['J. Jansen', '', 'R', 'Review', 'Completed'],
    ]);
    expect(annotations.some((a) => a.inReplyTo === other.id)).toBe(false);
    await task.destroy();
  });

  it('each reply is tagged as an Annot element of its own (PDF/UA-1 §7.18.1)', () => {
    const objects = pdfObjects(path);
    const texts = refsWhere(objects, (d) => d['/Subtype'] === '/Text' && d['/Type'] === '/Annot');
    expect(texts).toHaveLength(5);
    const annots = dictsWhere(objects, (d) => d['/S'] === '/Annot');
    const tagged = annots.flatMap((element) => {
      const kids = element['/K'];
      return (Array.isArray(kids) ? kids : [kids]).map((kid) => String((kid as Record<string, unknown>)?.['/Obj'] ?? ''));
    });
    expect(texts.every((ref) => tagged.includes(ref))).toBe(true);
    const replies = dictsWhere(objects, (d) => d['/IRT'] !== undefined);
    expect(replies.map((d) => text(d['/RT']))).toEqual(['/R', '/R', '/R']);
  });
});
