import { describe, expect, it } from 'vitest';

import { assembleBriefing } from '../../../../app/briefing/assemble';
import type { BodyBlock } from '../../../../app/briefing/model';
import { buildSourcesReport } from '../../../../app/briefing/sources-report';
import { formatSourcesReport } from '../../../../app/briefing/sources-report-text';
import { withSourcesAppendix } from '../../../../app/export/common/sources-appendix';
import { loadSampleCorpus } from '../../briefing/sample-corpus';

/** Issue 15 and 21: the appendix's fixed words follow the briefing's export language; the sources' own words never change. */
const letters = loadSampleCorpus();
const L000 = '000_b4e4b4ff528499ed.txt';

const plainText = (blocks: BodyBlock[]): string[] =>
  blocks.flatMap((block) => {
    if (block.type === 'heading' || block.type === 'paragraph')
      return [block.children.map((run) => ('text' in run ? run.text : '')).join('')];
    if (block.type === 'list') return block.items.map((item) => item.children.map((run) => ('text' in run ? run.text : '')).join(''));
    return [];
  });

function appendixOf(language: 'nl' | 'en' | undefined): string[] {
  const briefing = assembleBriefing(letters, [{ file: L000, blockIndex: 4 }], [], {
    title: 'Nota',
    author: 'A',
    now: '2026-02-01T12:00:00.000Z',
  });
  const withLanguage = { ...briefing, properties: { ...briefing.properties, ...(language ? { language } : {}) } };
  const report = buildSourcesReport(withLanguage, (file) => letters.find((letter) => letter.file === file));
  return plainText(withSourcesAppendix(withLanguage, report).body.slice(briefing.body.length));
}

describe('the sources appendix in the briefing language', () => {
  it('prints English fixed words for an English briefing, Dutch ones otherwise, the citation unchanged in both', () => {
    const english = appendixOf('en');
    expect(english[0]).toBe('Sources');
    expect(english[1]).toBe('1 source, 1 quotation; each quotation checked against its corpus file when this report was made.');
    expect(english).toContain('1. Kamerstukken II 2025/26, 36 045, nr. 264');
    expect(english.some((line) => /^File: 000_b4e4b4ff528499ed\.txt \(sha-256 [0-9a-f]{12} when quoted; unchanged\)$/.test(line))).toBe(
      true,
    );
    expect(english.some((line) => /^Quotation 1, alinea \d+: “.+” — verbatim$/.test(line))).toBe(true);
    const dutch = appendixOf(undefined);
    expect(dutch[0]).toBe('Bronnenoverzicht');
    expect(dutch.some((line) => /^Citaat 1, alinea \d+: “.+” — letterlijk$/.test(line))).toBe(true);
    expect(appendixOf('nl')).toEqual(dutch);
  });

  it('keeps the command line report Dutch by default and English on request', () => {
    const briefing = assembleBriefing(letters, [{ file: L000, blockIndex: 4 }], [], {
      title: 'Nota',
      author: 'A',
      now: '2026-02-01T12:00:00.000Z',
    });
    const report = buildSourcesReport(briefing, (file) => letters.find((letter) => letter.file === file));
    expect(formatSourcesReport(report).split('\n')[0]).toBe('Bronnenoverzicht: Nota');
    expect(formatSourcesReport(report, 'en').split('\n')[1]).toBe(
      '1 source, 1 quotation; each quotation checked against its corpus file when this report was made.',
    );
  });
});
