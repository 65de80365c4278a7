import { describe, expect, it } from 'vitest';

import { groupParagraphs } from '../../../../app/corpus/pdf-text/paragraphs';

// Body lines of brief-a5 as pdf.js gives them (no blank line around the heading).
const LINES = [
  'Het kabinet heeft de afgelopen maanden de beleidsvoor-',
  'nemens ten aanzien van Oekraïne verder uitgewerkt, in nauwe',
  'samenwerking met de NAVO-bondgenoten en de EU-lidstaten.',
  'De wapenleveranties worden afgestemd met de G7-partners.',
  'Het EU-sanctiepakket dat op 24 februari 2026 is aangenomen,',
  'richt zich op de energieinfrastructuur en de financiële sector.',
  'De verantwoordingsrapportage over 2025 volgt vóór de zomer,',
  'zoals toegezegd in het commissiedebat van 5 november 2025.',
  '2. Humanitaire hulp en wederopbouw',
  'Voor de wederopbouwconferentie in Rome heeft oud-minister',
  'Van der Berg de voorbereidende gesprekken gevoerd. De',
  'Nederlandse inzet richt zich op de herstelwerkzaamheden aan',
  'waterzuiveringsinstallaties en op de ontmijningsprogramma’s',
];

describe('PDF-extracted text: a numbered heading after a sentence end', () => {
  it('stands alone (pdf.js text of brief-a5: `2. Humanitaire hulp en wederopbouw`)', () => {
    const groups = groupParagraphs(LINES.map((text) => ({ text, page: 1 })));
    const heads = groups.map((g) => g.lines[0]);
    expect(heads).toContain('2. Humanitaire hulp en wederopbouw');
    const head = groups.find((g) => g.lines[0] === '2. Humanitaire hulp en wederopbouw');
    expect(head?.lines).toEqual(['2. Humanitaire hulp en wederopbouw']);
    const before = groups[groups.indexOf(head!) - 1];
    expect(before?.lines.at(-1)).toBe('zoals toegezegd in het commissiedebat van 5 november 2025.');
  });

  it('a full line starting with a number after a sentence end still continues the paragraph', () => {
    const lines = [...LINES.slice(0, 8), '12. Dat is een regel die tot aan de rechterrand van de kolom loopt', 'en daarna verder.'];
    const groups = groupParagraphs(lines.map((text) => ({ text, page: 1 })));
    expect(groups.some((g) => g.lines[0]?.startsWith('12.'))).toBe(false);
  });
});
