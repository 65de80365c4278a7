import { describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../../app/briefing/model';
import { briefingToDocx } from '../../../../app/export/docx/index';
import { sampleBriefing } from './fixture';
import { readDocx } from './read-docx';

const NOW = new Date('2026-02-03T10:15:00Z');

describe('briefingToDocx core properties (docProps/core.xml)', () => {
  it('writes title, subject, author, keywords, reference and Dutch as the language', async () => {
    const core = readDocx(await briefingToDocx(sampleBriefing(), { now: NOW }))['docProps/core.xml']!;
    expect(core).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        '<dc:title>Steun aan Oekraïne</dc:title>' +
        '<dc:subject>Stand van zaken steun en wederopbouw</dc:subject>' +
        '<dc:creator>A. de Vries</dc:creator>' +
        '<cp:keywords>Oekraïne, wederopbouw</cp:keywords>' +
        '<dc:identifier>BZ2519785</dc:identifier>' +
        '<dc:language>nl-NL</dc:language>' +
        '<cp:lastModifiedBy>A. de Vries</cp:lastModifiedBy>' +
        '<cp:revision>1</cp:revision>' +
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-03T10:15:00.000Z</dcterms:created>' +
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-03T10:15:00.000Z</dcterms:modified>' +
        '</cp:coreProperties>',
    );
  });

  it('escapes markup characters and falls back to the subject as title', async () => {
    const briefing = sampleBriefing();
    briefing.properties.title = '  ';
    briefing.properties.subject = 'Kosten & baten <raming> "2026"';
    briefing.properties.author = "J. 't Hart";
    const core = readDocx(await briefingToDocx(briefing, { now: NOW }))['docProps/core.xml']!;
    expect(core).toContain('<dc:title>Kosten &amp; baten &lt;raming&gt; &quot;2026&quot;</dc:title>');
    expect(core).toContain('<dc:subject>Kosten &amp; baten &lt;raming&gt; &quot;2026&quot;</dc:subject>');
    expect(core).toContain('<dc:creator>J. &apos;t Hart</dc:creator><cp:keywords>');
    expect(core).toContain('<cp:lastModifiedBy>J. &apos;t Hart</cp:lastModifiedBy>');
  });

  // Changed in session 10 (issue 17, fresh tester): the time of export made two exports of one
  // briefing differ; core.xml now carries the briefing's own date, else 1 Jan 2026, like the PDF and .odt.
  it('gives an empty briefing the title "Briefing", creator "Dossier", Dutch, and a fixed time, never the clock', async () => {
    const core = readDocx(await briefingToDocx(emptyBriefing()))['docProps/core.xml']!;
    expect(core).toContain('<dc:title>Briefing</dc:title><dc:creator>Dossier</dc:creator><dc:language>nl-NL</dc:language>');
    expect(core).not.toContain('<dc:subject>');
    expect(core).not.toContain('<dc:identifier>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00.000Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00.000Z</dcterms:modified>');
  });

  it('dates a briefing with a Datum by that day, 00:00 UTC', async () => {
    const briefing = sampleBriefing();
    briefing.properties.date = '2026-02-20';
    const core = readDocx(await briefingToDocx(briefing))['docProps/core.xml']!;
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-20T00:00:00.000Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-20T00:00:00.000Z</dcterms:modified>');
  });
});
