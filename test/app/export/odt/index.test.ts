import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

import { briefingToOdt } from '../../../../app/export/odt';
import { sampleBriefing } from '../docx/fixture';
import { libreOfficeMissing } from '../docx/libreoffice';

/** The text of an XML fragment: tags dropped, entities of the five kinds decoded, `<text:s/>` as a space. */
const textOf = (xml: string) =>
  xml
    .replace(/<text:s\/>/g, ' ')
    .replace(/<text:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '');

describe('briefingToOdt', () => {
  let bytes: Uint8Array;
  let parts: Record<string, string>;
  beforeAll(() => {
    bytes = briefingToOdt(sampleBriefing(), { now: new Date('2026-01-09T10:00:00Z') });
    parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
  });

  it('is an ODF package: mimetype first and stored, a manifest naming every part', () => {
    expect(strFromU8(bytes.slice(30, 38))).toBe('mimetype');
    expect(bytes[8]).toBe(0); // compression method: stored
    expect(parts.mimetype).toBe('application/vnd.oasis.opendocument.text');
    for (const part of ['content.xml', 'styles.xml', 'meta.xml'])
      expect(parts['META-INF/manifest.xml']).toContain(`manifest:full-path="${part}"`);
  });

  it('writes every note as a native footnote, numbered in document order, text verbatim', () => {
    const notes = [
      ...parts['content.xml']!.matchAll(
        /<text:note text:id="ftn(\d+)" text:note-class="footnote"><text:note-citation>(\d+)<\/text:note-citation><text:note-body>(.*?)<\/text:note-body><\/text:note>/g,
      ),
    ];
    expect(notes.map((note) => [note[1], note[2]])).toEqual(['1', '2', '3', '4', '5'].map((n) => [n, n]));
    expect(textOf(notes[1]![3]!).replace(/\u00a0/g, ' ')).toBe('Kamerstuk 36 045, nr. 191.');
    expect(notes[3]![3]).toContain('21\u00a0501\u201120');
    // Notes 4 and 5 are consecutive: a raised comma between them.
    expect(parts['content.xml']).toMatch(
      /<\/text:note><text:span text:style-name="T_Superschrift">,<\/text:span><text:note text:id="ftn5"/,
    );
  });

  it('anchors comments as annotations over their ranges, with author, date and text', () => {
    const content = parts['content.xml']!;
    const ranges = [
      ...content.matchAll(
        /<office:annotation office:name="([^"]+)"><dc:creator>([^<]*)<\/dc:creator><dc:date>([^<]*)<\/dc:date>(.*?)<\/office:annotation>(.*?)<office:annotation-end office:name="\1"\/>/gs,
      ),
    ];
    expect(ranges.map((range) => [range[2], range[3], textOf(range[4]!)])).toEqual([
      ['Jan de Vries', '2026-01-07T09:30:00', 'Klopt dit bedrag?'],
      ['Fatma Yılmaz', '2026-01-08T14:00:00', 'Citaat inkorten.Of weglaten.'],
    ]);
    expect(textOf(ranges[0]![5]!)).toBe('nog verre van zeker');
  });

  it('writes the title block, headings with outline levels, nested lists, quotes and the page furniture', () => {
    const content = parts['content.xml']!;
    expect(textOf(content)).toContain('Aan\tDe minister van Buitenlandse Zaken');
    expect(content).toContain('<text:h text:style-name="Heading_20_1" text:outline-level="1">Inleiding</text:h>');
    expect(content).toMatch(
      /<text:list text:style-name="Nummering"><text:list-item><text:p[^>]*>Herstel<\/text:p><\/text:list-item><text:list-item>/,
    );
    expect(content).toContain('<text:p text:style-name="Quotations">[…]<text:s/>met inachtneming');
    const styles = parts['styles.xml']!;
    expect(styles).toContain('<style:header><text:p text:style-name="Rubricering">Departementaal vertrouwelijk</text:p></style:header>');
    expect(styles).toMatch(/Pagina <text:page-number[^>]*>1<\/text:page-number> van <text:page-count>/);
    expect(styles).toContain('fo:language="nl" fo:country="NL"');
    expect(parts['meta.xml']).toContain('<dc:title>Steun aan Oekraïne</dc:title>');
    expect(parts['meta.xml']).toContain('<dc:language>nl-NL</dc:language>');
  });

  it.skipIf(libreOfficeMissing !== null)('renders in LibreOffice with every note under its own number and the page label', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-odt-'));
    try {
      writeFileSync(join(dir, 'export.odt'), bytes);
      const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
      execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'export.odt')], {
        timeout: 180_000,
        stdio: 'ignore',
      });
      const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, 'export.pdf'), '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      );
      expect(text).toContain('met inachtneming van de motie Timmermans-Yeşilgöz');
      expect(text).toContain('2 Kamerstuk 36 045, nr. 191.');
      expect(text).toContain('5 Kamerbrief "Staat van de oorlog in Europa", alinea 52');
      expect(text).toContain('Pagina 1 van 1');
      expect(text).toContain('Departementaal vertrouwelijk');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
