import { describe, expect, it } from 'vitest';

import { parseDocx } from '../../../../app/corpus/docx/parse-docx';
import { anchorOf, parseSample, type SampleId, SAMPLES, sampleText } from '../samples';
import { docxFromText } from './docx-from-text';

describe('the same letter as .docx and as Tika text', () => {
  it.each(['000', '001', '003', '004'] as SampleId[])('sample %s: same blocks, notes, citations and metadata', (id) => {
    const fromText = parseSample(id);
    const fromDocx = parseDocx(docxFromText(sampleText(id)), SAMPLES[id], `hash-${id}`);
    expect(fromDocx.format).toBe('docx');
    expect(fromDocx.blocks).toEqual(fromText.blocks);
    expect(fromDocx.footnotes).toEqual(fromText.footnotes);
    expect(fromDocx.citations).toEqual(fromText.citations);
    const meta = ({ title, date, kind, ministry, signatories, references, keys }: typeof fromText) => ({
      title,
      date,
      kind,
      ministry,
      signatories,
      references,
      keys,
    });
    expect(meta(fromDocx)).toEqual(meta(fromText));
    const formatted = parseDocx(docxFromText(sampleText(id), true), SAMPLES[id], `hash-${id}`);
    expect([formatted.blocks, formatted.footnotes]).toEqual([fromText.blocks, fromText.footnotes]);
  });

  it('sample 004: 34 footnotes with their exact text, each after the right words', () => {
    const letter = parseDocx(docxFromText(sampleText('004')), SAMPLES['004'], 'h');
    expect(letter.footnotes).toHaveLength(34);
    expect(letter.footnotes.map((f) => f.label)).toEqual(Array.from({ length: 34 }, (_, i) => String(i + 1)));
    expect(letter.footnotes[0]).toEqual({ id: 'fn1', label: '1', text: 'Kenmerk 2026Z02395.' });
    expect(letter.footnotes[33]).toEqual({ id: 'fn34', label: '34', text: 'Kamerstuk 36 045, nr. 269.' });
    const first = anchorOf(letter, 'fn1');
    expect(first.block.text.slice(0, first.offset)).toMatch(/van de Nederlandse inzet voor Oekraïne\.$/);
    const last = anchorOf(letter, 'fn34');
    expect(last.block.text.slice(0, last.offset)).toMatch(/voor niet-militaire steun aan Oekraïne\.$/);
  });
});
