import { describe, expect, it } from 'vitest';

import { assembleBriefing } from '../../../app/briefing/assemble';
import { paperKey } from '../../../app/briefing/paper-key';
import { createPassage } from '../../../app/briefing/passage';
import { buildSourcesReport } from '../../../app/briefing/sources-report';
import { formatSourcesReport, reportSections } from '../../../app/briefing/sources-report-text';
import type { Letter } from '../../../app/corpus/types';
import { sampleLetter } from './letter-fixture';

const now = '2026-02-01T12:00:00.000Z';
const brief = sampleLetter();
const undated = sampleLetter({ file: 'ander.txt', title: null, keys: [], date: null, hash: 'bbb222' });
const letters = [brief, undated];
const lookupIn = (list: Letter[]) => (file: string) => list.find((letter) => letter.file === file);

/** Three passages: two from brief.txt (one source), one from ander.txt. */
const briefing = () =>
  assembleBriefing(
    letters,
    [
      { file: 'brief.txt', blockIndex: 1 },
      { file: 'ander.txt', blockIndex: 2 },
      { file: 'brief.txt', blockIndex: 2 },
    ],
    [],
    { title: 'Nota', author: 'A', now },
  );

describe('paperKey', () => {
  it.each([
    [{ series: 'kamerstukken', chamber: 'II', year: '2025/26', dossier: '36 045', number: '264' }, 'kst-36045-264'],
    [{ series: 'kamerstukken', chamber: 'II', year: null, dossier: '21 501-02', number: '3047' }, 'kst-21501-02-3047'],
    [{ series: 'kamerstukken', chamber: 'II', year: null, dossier: '36 800 V', number: '49' }, 'kst-36800-V-49'],
    [{ series: 'kamerstukken', chamber: 'I', year: '2019/20', dossier: '35 300', number: 'C' }, 'kst-35300-C'],
    [{ series: 'aanhangsel', chamber: 'II', year: '2022/23', dossier: null, number: '3649' }, 'ah-tk-20222023-3649'],
    [{ series: 'aanhangsel', chamber: 'II', year: null, dossier: null, number: '3649' }, null],
    [{ series: 'kamerstukken', chamber: 'II', year: null, dossier: null, number: '1' }, null],
  ] as const)('%j → %s', (paper, key) => {
    expect(paperKey(paper)).toBe(key);
  });
});

describe('buildSourcesReport (Bronnenoverzicht)', () => {
  it('lists every source once, in first-quoted order, with citation, link, locators and first words', () => {
    const report = buildSourcesReport(briefing(), lookupIn(letters));
    expect(report).toMatchObject({ briefing: 'Nota', checked: true, passageCount: 3 });
    expect(report.sources.map((source) => [source.file, source.citation, source.url, source.incomplete])).toEqual([
      ['brief.txt', 'Kamerstukken II 2025/26, 36 045, nr. 264', 'https://zoek.officielebekendmakingen.nl/kst-36045-264', false],
      [
        'ander.txt',
        'Brief van het Ministerie van Buitenlandse Zaken aan de Tweede Kamer, kenmerk BZ123, ander.txt (bron onvolledig)',
        null,
        true,
      ],
    ]);
    expect(report.sources[0]!.title).toBe('Stand van zaken');
    expect(report.sources[0]!.passages).toEqual([
      expect.objectContaining({
        number: 1,
        locator: 'alinea 1',
        firstWords: 'De leiders spraken in Berlijn. Daarna volgde Parijs.',
        status: 'faithful',
      }),
      expect.objectContaining({ number: 3, locator: 'alinea 2', firstWords: 'Het kabinet steunt dit.', status: 'faithful' }),
    ]);
    expect(report.sources[0]).toMatchObject({ hash: 'aaa111', currentHash: 'aaa111' });
  });

  it('checks each passage against the corpus file now: changed, missing, and the new hash recorded', () => {
    const changed = sampleLetter({ hash: 'ccc333' });
    changed.blocks = changed.blocks.map((block) => (block.id === 'b2' ? { ...block, text: 'Het kabinet steunt dit niet.' } : block));
    const report = buildSourcesReport(briefing(), lookupIn([changed]));
    expect(report.sources[0]!.currentHash).toBe('ccc333');
    expect(report.sources[0]!.passages.map((passage) => passage.status)).toEqual(['faithful', 'changed']);
    expect(report.sources[1]).toMatchObject({ currentHash: null, passages: [expect.objectContaining({ status: 'missing' })] });
    expect(reportSections(report)[0]!.details).toContain('Bestand: brief.txt (sha-256 aaa111 bij citeren; nu ccc333)');
    expect(reportSections(report)[1]!.details).toContain('Bestand: ander.txt (sha-256 bbb222 bij citeren; niet meer in het corpus)');
  });

  it('without a corpus reports every passage as not checked, titles from what was recorded', () => {
    const report = buildSourcesReport(briefing());
    expect(report.checked).toBe(false);
    expect(report.sources.flatMap((source) => source.passages.map((passage) => passage.status))).toEqual([
      'unchecked',
      'unchecked',
      'unchecked',
    ]);
    expect(report.sources.map((source) => source.title)).toEqual(['Stand van zaken', 'Kamerbrief, kenmerk BZ123']);
  });

  it('gives a passage quoted before issue 15 (no official facts) its official citation from the corpus letter', () => {
    const { passage } = createPassage(brief, { start: { block: 'b1', offset: 0 }, end: { block: 'b1', offset: 10 } }, () => 'p1', {
      citation: 'full',
    });
    const old = { ...briefing(), body: [passage] };
    expect(buildSourcesReport(old, lookupIn(letters)).sources[0]).toMatchObject({
      citation: 'Kamerstukken II 2025/26, 36 045, nr. 264',
      url: 'https://zoek.officielebekendmakingen.nl/kst-36045-264',
      passages: [expect.objectContaining({ locator: 'alinea 2', firstWords: 'De leiders' })],
    });
    expect(buildSourcesReport(old).sources[0]!.citation).toBe('Kamerbrief "Stand van zaken", 6 januari 2026, Kamerstuk 36 045, nr. 264');
  });

  it('prints as text: heading, summary, numbered sources with link, file and passages', () => {
    expect(formatSourcesReport(buildSourcesReport(briefing(), lookupIn(letters)))).toBe(
      [
        'Bronnenoverzicht: Nota',
        '2 bronnen, 3 citaten; elk citaat gecontroleerd tegen het corpusbestand bij het maken van dit overzicht.',
        '',
        '1. Kamerstukken II 2025/26, 36 045, nr. 264',
        '   https://zoek.officielebekendmakingen.nl/kst-36045-264',
        '   Titel: Stand van zaken',
        '   Bestand: brief.txt (sha-256 aaa111 bij citeren; nu gelijk)',
        '   - Citaat 1, alinea 1: “De leiders spraken in Berlijn. Daarna volgde Parijs.” — letterlijk',
        '   - Citaat 3, alinea 2: “Het kabinet steunt dit.” — letterlijk',
        '',
        '2. Brief van het Ministerie van Buitenlandse Zaken aan de Tweede Kamer, kenmerk BZ123, ander.txt (bron onvolledig)',
        '   Titel: Kamerbrief, kenmerk BZ123 — ministerie van Buitenlandse Zaken',
        '   Bestand: ander.txt (sha-256 bbb222 bij citeren; nu gelijk)',
        '   - Citaat 2, alinea 2: “Het kabinet steunt dit.” — letterlijk',
        '',
      ].join('\n'),
    );
  });
});
