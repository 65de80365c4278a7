import { describe, expect, it } from 'vitest';

import { briefingToDocx } from '../../../../app/export/docx';
import { sampleBriefing } from './fixture';
import { readDocx } from './read-docx';

describe('briefingToDocx typography (issue 17)', () => {
  it('writes a superscript comma between consecutive note references', async () => {
    const document = readDocx(await briefingToDocx(sampleBriefing('footnote')))['word/document.xml']!;
    expect(document).toContain(
      '<w:footnoteReference w:id="4"/></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t xml:space="preserve">,</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="5"/>',
    );
  });

  it('binds parliamentary numbers with a no-break space and Word’s non-breaking hyphen', async () => {
    const footnotes = readDocx(await briefingToDocx(sampleBriefing('footnote')))['word/footnotes.xml']!;
    expect(footnotes).toContain('Kamerstukken 21\u00a0501</w:t><w:noBreakHyphen/><w:t xml:space="preserve">20, nr.\u00a01841');
    expect(footnotes).toContain('Kamerstuk 36\u00a0045, nr.\u00a0191.');
  });
});
