import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../../app/briefing/model';
import { briefingToOdt } from '../../../../app/export/odt';
import { libreOfficeMissing, odtToPdfPages } from '../docx/libreoffice';

/** One paragraph with one own note, "Eigen noot". */
function briefing() {
  const value = emptyBriefing();
  value.footnotes = [{ id: 'n1', origin: 'user', text: 'Eigen noot' }];
  value.body = [
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Tekst met noot' },
        { type: 'footnote-ref', footnote: 'n1' },
      ],
    },
  ];
  return value;
}

describe('the ODT note area (issue 17, session 8)', () => {
  it('configures the note citations and an indented Footnote style, as LibreOffice writes them', () => {
    const styles = strFromU8(unzipSync(briefingToOdt(briefing()))['styles.xml']!);
    expect(styles).toContain(
      '<text:notes-configuration text:note-class="footnote" text:default-style-name="Footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor"',
    );
    expect(styles).toMatch(
      /<style:style style:name="Footnote_20_Symbol"[^>]*style:family="text"><style:text-properties style:text-position="super 58%"\/>/,
    );
    expect(styles).toMatch(
      /<style:style style:name="Footnote"[^>]*><style:paragraph-properties fo:margin-left="0.598cm" fo:text-indent="-0.598cm"/,
    );
  });

  it.skipIf(libreOfficeMissing !== null)(
    'prints the note as "1 Eigen noot" when LibreOffice renders it',
    async () => {
      const text = (await odtToPdfPages(briefingToOdt(briefing()))).flat().join('\n');
      expect(text).toMatch(/(?:^|\n)\s*1\s+Eigen noot/);
      expect(text).not.toContain('1Eigen');
    },
    120_000,
  );
});
