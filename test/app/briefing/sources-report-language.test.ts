import { describe, expect, it } from 'vitest';

import { assembleBriefing } from '../../../app/briefing/assemble';
import { buildSourcesReport } from '../../../app/briefing/sources-report';
import { VERBATIM_LABEL, verbatimLabel } from '../../../app/briefing/sources-report-text';
import type { Letter } from '../../../app/corpus/types';
import { sampleLetter } from './letter-fixture';

const brief = sampleLetter();
const changed = sampleLetter({ hash: 'ccc333' });
changed.blocks = changed.blocks.map((block) => (block.id === 'b2' ? { ...block, text: 'Het kabinet steunt dit niet.' } : block));
const lookupIn = (list: Letter[]) => (file: string) => list.find((letter) => letter.file === file);
const briefing = () =>
  assembleBriefing(
    [brief],
    [
      { file: 'brief.txt', blockIndex: 1 },
      { file: 'brief.txt', blockIndex: 2 },
    ],
    [],
    { title: 'Nota', author: 'A', now: '2026-02-01T12:00:00.000Z' },
  );

describe('the sources report checks in the interface language (issue 21)', () => {
  it('verbatimLabel: the report’s own words per language, Dutch as VERBATIM_LABEL', () => {
    expect((['faithful', 'changed', 'missing', 'unchecked'] as const).map((status) => verbatimLabel(status, 'en'))).toEqual([
      'verbatim',
      'changed',
      'not found',
      'not checked',
    ]);
    expect(verbatimLabel('missing')).toBe(VERBATIM_LABEL.missing);
    expect(verbatimLabel('faithful', 'nl')).toBe('letterlijk');
  });

  it('each passage’s check message in the language asked, Dutch by default', () => {
    const messages = (language?: 'nl' | 'en') =>
      buildSourcesReport(briefing(), lookupIn([changed]), language).sources[0]!.passages.map((passage) => [
        passage.status,
        passage.message,
      ]);
    expect(messages('en')[0]).toEqual(['faithful', 'The quote still matches; the letter has changed elsewhere since it was quoted.']);
    expect(messages('en')[1]![0]).toBe('changed');
    expect(messages('en')[1]![1]).toMatch(/^The quoted text/);
    expect(messages()).toEqual(messages('nl'));
    expect(messages('nl')[0]![1]).toMatch(/^Het citaat klopt nog/);
  });

  it('without a corpus, each passage says so in the language asked (issue 21, tester)', () => {
    const unchecked = (language?: 'nl' | 'en') =>
      buildSourcesReport(briefing(), undefined, language).sources[0]!.passages.map((p) => p.message);
    expect(unchecked('en')).toEqual(['Not checked: no corpus was given.', 'Not checked: no corpus was given.']);
    expect(unchecked('nl')[0]).toBe('Niet gecontroleerd: er is geen corpus opgegeven.');
    expect(unchecked()).toEqual(unchecked('nl'));
  });
});
