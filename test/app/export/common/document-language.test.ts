import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import type { Briefing } from '../../../../app/briefing/model';
import { briefingToDocx } from '../../../../app/export/docx/index';
import { briefingToOdt } from '../../../../app/export/odt';
import { briefingToPdf } from '../../../../app/export/pdf';
import { sampleBriefing } from '../docx/fixture';
import { dictsWhere, loadFonts, pdfObjects, text, writePdf } from '../pdf/pdf-tools';

/** The sample briefing (passages, notes, a comment) in `language`. */
function briefingIn(language: 'nl' | 'en'): Briefing {
  const briefing = sampleBriefing();
  return { ...briefing, properties: { ...briefing.properties, language } };
}

const parts = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

describe.each([
  { language: 'nl', tag: 'nl-NL', lang: 'nl', country: 'NL' },
  { language: 'en', tag: 'en-GB', lang: 'en', country: 'GB' },
] as const)('the document language follows the briefing ($tag)', ({ language, tag, lang, country }) => {
  it('Word: w:lang in the defaults and every style, w:themeFontLang, dc:language; no other language', async () => {
    const docx = parts(await briefingToDocx(briefingIn(language), { now: new Date('2026-01-09T10:00:00Z') }));
    const styles = docx['word/styles.xml']!;
    expect(/<w:docDefaults>.*<\/w:docDefaults>/s.exec(styles)?.[0]).toContain(`<w:lang w:val="${tag}"/>`);
    for (const id of ['Normal', 'FootnoteText', 'CommentText', 'Heading1']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's').exec(styles)?.[0];
      expect(style, id).toContain(`<w:lang w:val="${tag}"/>`);
    }
    // Every w:lang the exporter writes, in any part (styles and runs alike), is the briefing's.
    for (const [name, xml] of Object.entries(docx))
      for (const match of xml.matchAll(/<w:lang [^>]*\/>/g)) expect(match[0], name).toBe(`<w:lang w:val="${tag}"/>`);
    expect(docx['word/settings.xml']).toContain(`<w:themeFontLang w:val="${tag}"/>`);
    expect(docx['word/settings.xml']!.match(/<w:themeFontLang /g)).toHaveLength(1);
    expect(docx['docProps/core.xml']).toContain(`<dc:language>${tag}</dc:language>`);
  });

  it('OpenDocument: fo:language/fo:country in the default style and Standard, dc:language in meta.xml', () => {
    const odt = parts(briefingToOdt(briefingIn(language), { now: new Date('2026-01-09T10:00:00Z') }));
    const styles = odt['styles.xml']!;
    const attributes = `fo:language="${lang}" fo:country="${country}"`;
    expect(/<style:default-style style:family="paragraph">.*?<\/style:default-style>/s.exec(styles)?.[0]).toContain(attributes);
    expect(/<style:style style:name="Standard".*?<\/style:style>/s.exec(styles)?.[0]).toContain(attributes);
    for (const [name, xml] of Object.entries(odt))
      for (const match of xml.matchAll(/fo:language="([^"]*)" fo:country="([^"]*)"/g)) expect(match[0], name).toBe(attributes);
    expect(odt['meta.xml']).toContain(`<dc:language>${tag}</dc:language>`);
  });

  it('PDF: the catalog /Lang', async () => {
    const path = writePdf(await briefingToPdf(briefingIn(language), loadFonts()), `language-${language}.pdf`);
    const catalogs = dictsWhere(pdfObjects(path), (dict) => dict['/Type'] === '/Catalog');
    expect(catalogs.map((catalog) => text(catalog['/Lang']))).toEqual([tag]);
  });
});
