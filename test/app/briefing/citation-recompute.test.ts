import { describe, expect, it } from 'vitest';

import { formatCitation } from '../../../app/briefing/citation';
import { recomputedCitation, refreshedPassage } from '../../../app/briefing/citation-recompute';
import { counterIds } from '../../../app/briefing/ids';
import { createPassage } from '../../../app/briefing/passage';
import { cutPassageRange, keepPassageRange } from '../../../app/briefing/trim-range';
import type { Block } from '../../../app/corpus/types';
import { sampleLetter } from './letter-fixture';

// Salutation, then body paragraphs 1–5 (blocks 1–5): "alinea N" is block N.
const paragraphs: Block[] = [1, 2, 3, 4, 5].map((n) => ({ id: `p${n}`, kind: 'paragraph', text: `Alinea ${n} van de brief.`, notes: [] }));
const letter = sampleLetter({ blocks: [{ id: 'b0', kind: 'salutation', text: 'Geachte voorzitter,', notes: [] }, ...paragraphs] });
const at = (blockIndex: number, offset: number) => ({ blockIndex, offset });
const threeToFive = () =>
  createPassage(letter, { start: { block: 'p3', offset: 0 }, end: { block: 'p5', offset: 22 } }, counterIds()).passage;

describe('the citation after a trim', () => {
  it('keeps only alinea 4 of a quote of alinea 3–5: "alinea\'s 3–5" becomes "alinea 4"', () => {
    const passage = threeToFive();
    expect(passage.citation).toBe("Kamerstukken II 2025/26, 36 045, nr. 264, alinea's 3–5");
    const kept = keepPassageRange(passage, at(4, 0), at(4, 22)).passage;
    expect(kept.parts.map((part) => part.paragraph)).toEqual([4]);
    expect(kept.citation).toBe('Kamerstukken II 2025/26, 36 045, nr. 264, alinea 4');
  });

  it('cuts the middle paragraph: "alinea\'s 3 en 5"; cutting words within one paragraph leaves the citation as it was', () => {
    const passage = threeToFive();
    expect(cutPassageRange(passage, at(4, 0), at(4, 22)).passage.citation).toBe(
      "Kamerstukken II 2025/26, 36 045, nr. 264, alinea's 3 en 5",
    );
    expect(cutPassageRange(passage, at(3, 0), at(3, 7)).passage.citation).toBe(passage.citation);
  });

  it('recomputes a citation of the older forms too, and replaces the locator of a citation in no known form', () => {
    const passage = threeToFive();
    const full = { ...passage, citation: formatCitation(passage.source, passage.parts, 'full') };
    expect(full.citation).toMatch(/alinea's 4–6$/);
    expect(recomputedCitation(full, passage.parts.slice(1, 2))).toBe(formatCitation(passage.source, passage.parts.slice(1, 2), 'full'));
    expect(recomputedCitation({ ...passage, citation: "Eigen bron, alinea's 3–5 (zie bijlage)" }, passage.parts.slice(0, 1))).toBe(
      'Eigen bron, alinea 3 (zie bijlage)',
    );
    expect(recomputedCitation({ ...passage, citation: 'Eigen bron' }, passage.parts.slice(0, 1))).toBe('Eigen bron');
  });
});

describe('refreshedPassage', () => {
  const unknown = sampleLetter({ keys: [], date: null, ministry: null, title: 'Brief', blocks: letter.blocks });
  const incomplete = createPassage(unknown, { start: { block: 'p2', offset: 0 }, end: { block: 'p2', offset: 22 } }, counterIds()).passage;

  it('makes the citation again from the completed metadata: "bron onvolledig" goes', () => {
    expect(incomplete.source.incomplete).toBe(true);
    expect(incomplete.citation).toMatch(/alinea 2 \(bron onvolledig\)$/);
    const completed = { ...unknown, date: '2026-01-06', ministry: 'Ministerie van Buitenlandse Zaken' };
    const refreshed = refreshedPassage(incomplete, completed)!;
    expect(refreshed.source.incomplete).toBe(false);
    expect(refreshed.source.hash).toBe(incomplete.source.hash);
    expect(refreshed.citation).not.toContain('bron onvolledig');
    expect(refreshed.citation).toMatch(/6 januari 2026.*alinea 2$/);
    expect(refreshed.parts).toBe(incomplete.parts);
  });

  it('leaves a passage alone when the letter changed, is another file, gives nothing new, or the citation is of an older form', () => {
    expect(refreshedPassage(incomplete, { ...unknown, hash: 'other', date: '2026-01-06' })).toBeNull();
    expect(refreshedPassage(incomplete, { ...unknown, file: 'ander.txt', date: '2026-01-06' })).toBeNull();
    expect(refreshedPassage(incomplete, unknown)).toBeNull();
    const { paper: _paper, ...older } = incomplete.source;
    expect(refreshedPassage({ ...incomplete, source: older }, { ...unknown, date: '2026-01-06' })).toBeNull();
  });
});
