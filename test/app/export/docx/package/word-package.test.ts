import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

import { briefingToDocx } from '../../../../../app/export/docx';
import { asWordWrites } from '../../../../../app/export/docx/package/word-package';
import { sampleBriefing } from '../fixture';
import { footnoteReferenceIds, readDocx } from '../read-docx';

/** The package rules Word's own files follow, one test each, on the XML the exporter produces. */
describe('the .docx package as Word writes it', () => {
  let bytes: Uint8Array;
  let parts: Record<string, string>;
  beforeAll(async () => {
    bytes = await briefingToDocx(sampleBriefing(), { now: new Date('2026-01-09T10:00:00Z') });
    parts = readDocx(bytes);
  });
  const part = (name: string) => parts[name] ?? '';

  it('writes separator notes with only their separator run', () => {
    for (const [name, kind] of [
      ['word/footnotes.xml', 'footnote'],
      ['word/endnotes.xml', 'endnote'],
    ] as const) {
      const separators = [...part(name).matchAll(new RegExp(`<w:${kind} w:type="(\\w+)" w:id="(-?\\d)">(.*?)</w:${kind}>`, 'gs'))];
      expect(separators.map((match) => [match[1], match[2]])).toEqual([
        ['separator', '-1'],
        ['continuationSeparator', '0'],
      ]);
      for (const match of separators) {
        expect(match[3]).not.toContain(`<w:${kind}Ref/>`);
        expect([...(match[3] ?? '').matchAll(/<w:r>/g)]).toHaveLength(1);
        expect(match[3]).toContain(`<w:r><w:${match[1]}/></w:r>`);
      }
    }
  });

  it('keeps one note mark at the start of every ordinary footnote', () => {
    const notes = [...part('word/footnotes.xml').matchAll(/<w:footnote w:id="(\d+)">(.*?)<\/w:footnote>/gs)];
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect([...(note[2] ?? '').matchAll(/<w:footnoteRef\/>/g)]).toHaveLength(1);
  });

  it('names the separator notes in settings.xml, before w:compat', () => {
    const settings = part('word/settings.xml');
    expect(settings).toContain('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>');
    expect(settings).toContain('<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>');
    expect(settings.indexOf('<w:endnotePr>')).toBeLessThan(settings.indexOf('<w:compat>'));
    expect(settings.indexOf('<w:footnotePr>')).toBeLessThan(settings.indexOf('<w:endnotePr>'));
  });

  it('numbers footnotes 1..n in document order, each referenced once and each reference defined', () => {
    const references = footnoteReferenceIds(part('word/document.xml'));
    expect(references).toEqual(references.map((_, index) => index + 1));
    const defined = [...part('word/footnotes.xml').matchAll(/<w:footnote w:id="(\d+)">/g)].map((match) => Number(match[1]));
    expect(defined).toEqual(references);
  });

  it('numbers comments after the footnotes, each with start, end and reference in order, and a body with its annotation mark', () => {
    const document = part('word/document.xml');
    const comments = [...part('word/comments.xml').matchAll(/<w:comment w:id="(\d+)"[^>]*w:date="([^"]+)"[^>]*>(.*?)<\/w:comment>/gs)];
    const first = footnoteReferenceIds(document).length + 1;
    expect(comments.map((match) => Number(match[1]))).toEqual(comments.map((_, index) => first + index));
    for (const [, id, , body] of comments) {
      const start = document.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
      const end = document.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
      const reference = document.indexOf(`<w:commentReference w:id="${id}"/>`);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeGreaterThan(start);
      expect(reference).toBeGreaterThan(end);
      expect(body).toMatch(
        /^<w:p>(<w:pPr>.*?<\/w:pPr>)?<w:r><w:rPr><w:rStyle w:val="CommentReference"\/><\/w:rPr><w:annotationRef\/><\/w:r>/s,
      );
    }
  });

  it('defines every style the parts refer to', () => {
    const defined = new Set([...part('word/styles.xml').matchAll(/w:styleId="([^"]+)"/g)].map((match) => match[1]));
    for (const [name, xml] of Object.entries(parts)) {
      for (const match of xml.matchAll(/<w:(?:pStyle|rStyle) w:val="([^"]+)"\/>/g))
        expect(defined, `${name}: ${match[1]}`).toContain(match[1]);
    }
  });

  it('has a content type for every part and none for parts it does not hold', () => {
    const types = part('[Content_Types].xml');
    const overrides = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((match) => match[1]);
    const defaults = [...types.matchAll(/Extension="([^"]+)"/g)].map((match) => match[1]);
    expect(defaults.sort()).toEqual(['rels', 'xml']);
    for (const name of overrides) expect(parts).toHaveProperty([name as string]);
    for (const name of Object.keys(parts)) {
      if (name === '[Content_Types].xml') continue;
      expect(overrides.includes(name) || defaults.includes(name.split('.').pop() ?? ''), name).toBe(true);
    }
  });

  it('has no empty relationship part, no empty custom properties, and every relationship target present', () => {
    expect(parts).not.toHaveProperty(['docProps/custom.xml']);
    for (const [name, xml] of Object.entries(parts).filter(([name]) => name.endsWith('.rels'))) {
      expect(xml, name).toContain('<Relationship ');
      const folder = name.replace(/_rels\/[^/]*\.rels$/, '');
      for (const match of xml.matchAll(/<Relationship [^>]*Target="([^"]+)"[^>]*\/>/g)) {
        if (match[0].includes('TargetMode="External"')) continue;
        const target = (match[1] ?? '').startsWith('/') ? (match[1] ?? '').slice(1) : folder + (match[1] ?? '');
        expect(parts, `${name} → ${target}`).toHaveProperty([target]);
      }
    }
  });

  it('puts [Content_Types].xml first in the zip and is idempotent', () => {
    expect(Object.keys(unzipSync(bytes))[0]).toBe('[Content_Types].xml');
    expect(readDocx(asWordWrites(bytes))).toEqual(parts);
  });
});
