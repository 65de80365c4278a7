import { beforeAll, describe, expect, it } from 'vitest';

import { briefingToDocx } from '../../../../app/export/docx/index';
import { nestedListBriefing } from '../common/nested-list-fixture';
import { docxToPdfText, libreOfficeMissing } from './libreoffice';
import { paragraphsOf, readDocx } from './read-docx';

describe('nested lists in the .docx', () => {
  let bytes: Uint8Array;
  let parts: Record<string, string> = {};
  /** Level (w:ilvl) and numbering instance (w:numId) of the paragraph that reads `text`. */
  const numbering = (text: string) => {
    const xml = paragraphsOf(parts['word/document.xml']!).find((paragraph) => paragraph.text === text)?.xml ?? '';
    return { level: /<w:ilvl w:val="(\d)"\/>/.exec(xml)?.[1], numId: /<w:numId w:val="(\d+)"\/>/.exec(xml)?.[1] };
  };
  /** The `w:lvl` of an abstract numbering, found by its level-0 text, as "format text indent". */
  const levelsOf = (firstText: string): string[] => {
    const abstract =
      [...parts['word/numbering.xml']!.matchAll(/<w:abstractNum\b.*?<\/w:abstractNum>/gs)]
        .map((match) => match[0])
        .find((xml) => xml.includes(`<w:lvlText w:val="${firstText}"/>`)) ?? '';
    return [...abstract.matchAll(/<w:lvl w:ilvl="(\d)".*?<\/w:lvl>/gs)].map((match) => {
      const lvl = match[0];
      const format = /<w:numFmt w:val="(\w+)"\/>/.exec(lvl)?.[1];
      const text = /<w:lvlText w:val="([^"]*)"\/>/.exec(lvl)?.[1];
      const left = /<w:ind w:left="(\d+)"/.exec(lvl)?.[1];
      return `${match[1]} ${format} ${text} ${left}`;
    });
  };

  beforeAll(async () => {
    bytes = await briefingToDocx(nestedListBriefing());
    parts = readDocx(bytes);
  });

  it('gives each item its level as w:ilvl', () => {
    expect(
      ['Eerste punt', 'Subpunt een', 'Subsubpunt', 'Subpunt drie', 'Tweede punt', 'Opsomming', 'Diepst'].map(
        (text) => numbering(text).level,
      ),
    ).toEqual(['0', '1', '2', '1', '0', '1', '2']);
  });

  it('defines five levels: decimal, lowerLetter, lowerRoman and bullets •, –, ◦, each 360 twips further in', () => {
    expect(levelsOf('%1.')).toEqual([
      '0 decimal %1. 720',
      '1 lowerLetter %2. 1080',
      '2 lowerRoman %3. 1440',
      '3 decimal %4. 1800',
      '4 lowerLetter %5. 2160',
    ]);
    expect(levelsOf('•')).toEqual(['0 bullet • 720', '1 bullet – 1080', '2 bullet ◦ 1440', '3 bullet • 1800', '4 bullet – 2160']);
  });

  it('keeps one numbering for a level across its sub-lists and restarts a sub-list under a new parent', () => {
    const [first, sub, subAgain, next, later] = ['Eerste punt', 'Subpunt een', 'Subpunt drie', 'Tweede punt', 'Nieuw subpunt'].map(
      (text) => numbering(text).numId,
    );
    expect(next).toBe(first);
    expect(subAgain).toBe(sub);
    expect(later).not.toBe(sub);
    expect(new Set([first, sub, numbering('Subsubpunt').numId, later, numbering('Los').numId]).size).toBe(5);
  });

  it.skipIf(libreOfficeMissing !== null)('shows a., b., c. under 1. and a. again under 2. when LibreOffice renders it', async () => {
    const text = await docxToPdfText(bytes);
    expect(text).toContain(
      '1. Eerste punt a. Subpunt een b. Subpunt twee i. Subsubpunt c. Subpunt drie 2. Tweede punt a. Nieuw subpunt – Opsomming 3. Derde punt',
    );
    expect(text).toContain('• Los – Dieper ◦ Diepst');
  });
});
