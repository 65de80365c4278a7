import { beforeAll, describe, expect, it } from 'vitest';

import { briefingToPdf } from '../../../../app/export/pdf';
import { nestedListBriefing } from '../common/nested-list-fixture';
import { loadFonts, pageText, pageWords, type Word, writePdf } from './pdf-tools';

describe('nested lists in the PDF', () => {
  let path: string;
  let words: Word[];
  /** The marker and the first word of the line that holds `text`, with their x positions. */
  const line = (text: string): { label: string; labelX: number; textX: number } => {
    const first = words.find((word) => word.text === text) as Word;
    const label = words.filter((word) => Math.abs(word.yMin - first.yMin) < 1 && word.xMax <= first.xMin).at(-1) as Word;
    return { label: label.text, labelX: Math.round(label.xMin), textX: Math.round(first.xMin) };
  };

  beforeAll(async () => {
    path = writePdf(await briefingToPdf(nestedListBriefing(), loadFonts()), 'nested-lists.pdf');
    words = pageWords(path, 1);
  });

  it('numbers each level in its own format and continues after a sub-list returns', () => {
    const layout = pageText(path, 1, true);
    const labels = ['Eerste', 'Subpunt', 'Subsubpunt', 'Tweede', 'Nieuw', 'Opsomming', 'Derde'].map((text) => line(text).label);
    expect(labels).toEqual(['1.', 'a.', 'i.', '2.', 'a.', '–', '3.']);
    expect(layout).toMatch(/^\s*a\.\s+Subpunt een$/m);
    expect(layout).toMatch(/^\s*b\.\s+Subpunt twee$/m);
    expect(layout).toMatch(/^\s*c\.\s+Subpunt drie$/m);
    expect(layout).toMatch(/^\s*–\s+Opsomming$/m);
  });

  it('indents each level 18 pt further than the one above it', () => {
    const top = line('Eerste');
    const sub = line('Nieuw');
    const subsub = line('Subsubpunt');
    expect(top.textX).toBe(72 + 36);
    expect(sub.textX - top.textX).toBe(18);
    expect(subsub.textX - sub.textX).toBe(18);
    expect(sub.labelX - top.labelX).toBe(18);
    expect(line('Opsomming').textX).toBe(sub.textX);
    expect(line('Derde').textX).toBe(top.textX);
  });

  it('shows the bullets •, – and ◦ by level', () => {
    expect(['Los', 'Dieper', 'Diepst'].map((text) => line(text))).toEqual([
      { label: '•', labelX: 72 + 18, textX: 72 + 36 },
      { label: '–', labelX: 72 + 36, textX: 72 + 54 },
      { label: '◦', labelX: 72 + 54, textX: 72 + 72 },
    ]);
  });
});
