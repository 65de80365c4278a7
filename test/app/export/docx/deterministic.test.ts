import { describe, expect, it } from 'vitest';

import { assembleBriefing } from '../../../../app/briefing/assemble';
import type { Briefing } from '../../../../app/briefing/model';
import { briefingToDocx } from '../../../../app/export/docx/index';
import { loadSampleCorpus } from '../../briefing/sample-corpus';
import { sampleBriefing } from './fixture';
import { readDocx } from './read-docx';

/**
 * Issue 17 (session 7's fresh-eyes finding 5): the same briefing gives the same Word file. Every
 * relationship id (body and note hyperlinks, numbering, comments) comes from the document's order,
 * never from docx's random `uniqueId`; only docProps/core.xml's created/modified times are the
 * moment of export, as Word writes them, and with `now` given the whole package is byte-identical.
 */
function linkedBriefing(): Briefing {
  const briefing = sampleBriefing();
  const [words, passage] = briefing.annotations;
  briefing.annotations = [
    { ...words!, resolved: true, replies: [{ id: 'r1', author: 'Fatma Yılmaz', date: '2026-01-07T10:00:00Z', text: 'Ja.' }] },
    passage!,
  ];
  // Two citations of published papers: their notes link to the publication (footnotes.xml.rels).
  const cited = assembleBriefing(
    loadSampleCorpus(),
    [
      { file: '000_b4e4b4ff528499ed.txt', blockIndex: 4 },
      { file: '004_ea691d26e1781c0b.txt', blockIndex: 11 },
    ],
    [],
    { title: 'Nota', author: 'A', now: '2026-02-01T12:00:00.000Z' },
  );
  briefing.body.push(...cited.body, {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'Zie ' },
      { type: 'text', text: 'de site', link: 'https://www.rijksoverheid.nl/onderwerpen#kort' },
      { type: 'text', text: ' of ' },
      { type: 'text', text: 'mail', link: 'mailto:postbus@minbuza.nl' },
    ],
  });
  briefing.footnotes.push(...cited.footnotes);
  return briefing;
}

/** core.xml without its two W3CDTF times. */
const withoutTimes = (xml: string) => xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1');

describe('Word export is deterministic', () => {
  it('two exports of the same briefing have identical parts but for the export time', async () => {
    const briefing = linkedBriefing();
    const first = readDocx(await briefingToDocx(briefing));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = readDocx(await briefingToDocx(briefing));
    // The briefing exercises what used to get random ids: note hyperlinks, body hyperlinks, comment threads.
    expect(first['word/_rels/footnotes.xml.rels']).toMatch(/TargetMode="External"/);
    expect(first['word/document.xml']).toMatch(/<w:hyperlink [^>]*r:id="/);
    expect(first['word/commentsExtended.xml']).toMatch(/w15:done="1"/);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    for (const path of Object.keys(first)) {
      if (path === 'docProps/core.xml') expect(withoutTimes(second[path]!)).toBe(withoutTimes(first[path]!));
      else expect(second[path], path).toBe(first[path]);
    }
    const ids = [...first['word/_rels/footnotes.xml.rels']!.matchAll(/Id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.every((id) => /^rId(Link)?\d+$/.test(id!))).toBe(true);
  });

  it('with the export time given, the package is byte-identical', async () => {
    const briefing = linkedBriefing();
    const now = new Date('2026-03-01T09:30:00Z');
    const first = await briefingToDocx(briefing, { now });
    const second = await briefingToDocx(briefing, { now });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(readDocx(first)['docProps/core.xml']).toContain('2026-03-01T09:30:00.000Z');
  });
});
