import { beforeAll, describe, expect, it } from 'vitest';

import { numberNotes } from '../../../../app/briefing/notes';
import { briefingToPdf } from '../../../../app/export/pdf';
import type { PdfDict } from './pdf-tools';
import {
  collapse,
  deref,
  dictsWhere,
  loadFonts,
  loadLetters,
  numberTreeEntries,
  pageText,
  pageWords,
  pdfObjects,
  refsWhere,
  text,
  writePdf,
} from './pdf-tools';
import { passagesOf, sampleBriefing } from './sample-briefing';

describe('tagged PDF', () => {
  it('is marked, in Dutch, shows its title and has a structure tree of the briefing', async () => {
    const letters = loadLetters();
    const briefing = sampleBriefing(letters);
    const path = writePdf(await briefingToPdf(briefing, loadFonts()), 'tagged.pdf');
    const objects = pdfObjects(path);
    const catalog = dictsWhere(objects, (d) => d['/Type'] === '/Catalog')[0]!;
    expect(text(catalog['/Lang'])).toBe('nl-NL');
    expect((deref(objects, catalog['/MarkInfo']) as PdfDict)['/Marked']).toBe(true);
    expect((deref(objects, catalog['/ViewerPreferences']) as PdfDict)['/DisplayDocTitle']).toBe(true);
    const root = deref(objects, catalog['/StructTreeRoot']) as PdfDict;
    expect(root['/Type']).toBe('/StructTreeRoot');

    const count = (type: string) => dictsWhere(objects, (d) => d['/S'] === type && '/P' in d).length;
    expect(count('/H1')).toBe(2); // the title and "Aanleiding"
    expect(count('/H2')).toBe(letters.length);
    expect(count('/H3')).toBe(1);
    expect(count('/BlockQuote')).toBe(passagesOf(briefing).length);
    expect(count('/Note')).toBe(numberNotes(briefing).length);
    expect(count('/L')).toBe(1);
    expect(count('/LI')).toBe(2);
    expect(count('/Lbl')).toBeGreaterThanOrEqual(2);
    expect(count('/LBody')).toBe(2);
    // Each passage part is a P inside its BlockQuote.
    const quote = dictsWhere(objects, (d) => d['/S'] === '/BlockQuote')[0]!;
    const kids = (quote['/K'] as unknown[]).map((k) => deref(objects, k) as PdfDict);
    expect(kids.map((k) => k['/S'])).toEqual(['/P']);
  });
});

describe('annotations in the structure tree (PDF/UA-1 §7.18)', () => {
  const letters = loadLetters();
  const briefing = sampleBriefing(letters, 'footnote');
  const notes = numberNotes(briefing);
  const appendix = letters.slice(0, 2).map((l) => ({ file: l.file, title: l.title ?? l.file, blocks: l.blocks }));
  let objects: Record<string, unknown>;
  let path: string;
  beforeAll(async () => {
    path = writePdf(await briefingToPdf(briefing, loadFonts(), { appendix }), 'tagged-annotations.pdf');
    objects = pdfObjects(path);
  });

  const dict = (ref: unknown) => deref(objects, ref) as PdfDict;
  const root = () => dict(dictsWhere(objects, (d) => d['/Type'] === '/Catalog')[0]!['/StructTreeRoot']);
  const parentTree = () => new Map(numberTreeEntries(objects, root()['/ParentTree']));
  const pageRefs = () => dictsWhere(objects, (d) => d['/Type'] === '/Pages')[0]!['/Kids'] as string[];
  const annots = (subtype: string) => refsWhere(objects, (d) => d['/Type'] === '/Annot' && d['/Subtype'] === subtype);
  const pageOf = (annot: string) => pageRefs().find((page) => ((dict(page)['/Annots'] as string[] | undefined) ?? []).includes(annot));

  /** The element the annotation's /StructParent names in the ParentTree; its OBJR must point back at the annotation, on its page. */
  function structElementOf(annot: string): PdfDict {
    const key = dict(annot)['/StructParent'];
    expect(typeof key).toBe('number');
    const element = dict(parentTree().get(key as number));
    const objrs = (element['/K'] as unknown[]).filter((k): k is PdfDict => typeof k === 'object' && (k as PdfDict)['/Type'] === '/OBJR');
    expect(objrs.map((o) => [o['/Obj'], o['/Pg']])).toEqual([[annot, pageOf(annot)]]);
    return element;
  }

  it('tags every link as a Link element with its text and an OBJR to the annotation', () => {
    const links = annots('/Link');
    // One per footnote reference, plus one per line of the citation notes whose letter is appended.
    const refLinks = links.filter((a) => text(dict(dict(a)['/A'])['/D']).startsWith('voetnoot-'));
    expect(refLinks).toHaveLength(notes.length);
    expect(links.length).toBeGreaterThan(notes.length);
    expect(dictsWhere(objects, (d) => d['/S'] === '/Link' && '/P' in d)).toHaveLength(links.length);
    for (const annot of links) {
      const element = structElementOf(annot);
      expect(element['/S']).toBe('/Link');
      // The link's own marked content (an MCID), beside the OBJR.
      expect((element['/K'] as unknown[]).filter((k) => typeof k === 'number')).toHaveLength(1);
      expect(['/P', '/Note', '/LBody', '/H1', '/H2', '/H3']).toContain(dict(element['/P'])['/S']);
    }
  });

  it('describes each link in Dutch: "Naar voetnoot N", "Naar bron: <brief> (bijlage, alinea)"', () => {
    const described = annots('/Link').map((a) => [text(dict(dict(a)['/A'])['/D']), text(dict(a)['/Contents'])]);
    expect(described).toContainEqual(['voetnoot-1', 'Naar voetnoot 1']);
    for (const [destination, contents] of described) {
      if (destination!.startsWith('voetnoot-')) expect(contents).toBe(`Naar voetnoot ${destination!.slice('voetnoot-'.length)}`);
    }
    // The citation note of the first passage quoted from letter 1 links to the quoted paragraph.
    const passage = passagesOf(briefing).find((p) => p.source.file === letters[0]!.file)!;
    const alinea = passage.parts[0]!.blockIndex + 1;
    expect(described).toContainEqual([`bijlage-1-alinea-${alinea}`, `Naar bron: ${appendix[0]!.title} (bijlage 1, alinea ${alinea})`]);
    // "Naar voetnoot 1" leads to note 1's first line, on its page.
    const dests = dictsWhere(objects, (d) => typeof d['/Dests'] === 'object')[0]!['/Dests'] as PdfDict;
    const names = (dests['/Names'] as unknown[]).map((v) => (typeof v === 'string' ? text(v) : v));
    const [pageRef, , , top] = names[names.indexOf('voetnoot-1') + 1] as [string, string, number, number];
    const page = pageRefs().indexOf(pageRef) + 1;
    const note1 = notes.find((n) => n.number === 1)!;
    expect(pageText(path, page)).toContain(collapse(note1.text));
    // The note's first word where the destination points (the word may also stand higher up, e.g. "Brief" in a heading).
    const firstWord = pageWords(path, page)
      .filter((w) => w.text === note1.text.split(' ')[0])
      .sort((a, b) => Math.abs(841.89 - top - a.yMin) - Math.abs(841.89 - top - b.yMin))[0]!;
    expect(Math.abs(841.89 - top - firstWord.yMin)).toBeLessThan(6);
  });

  it('tags each comment as an Annot element in the paragraph where its range starts, keeping its text', () => {
    const comments = annots('/Text');
    expect(comments.map((a) => text(dict(a)['/Contents']))).toEqual([
      'Naam en spelling nagaan bij het kabinet.',
      'Volledige alinea in de bijlage.',
    ]);
    const elements = comments.map(structElementOf);
    expect(elements.map((e) => e['/S'])).toEqual(['/Annot', '/Annot']);
    expect(dict(elements[0]!['/P'])['/S']).toBe('/P');
    // The passage's comment sits in the quote's paragraph, inside its BlockQuote.
    expect(dict(dict(elements[1]!['/P'])['/P'])['/S']).toBe('/BlockQuote');
  });

  it('keeps the ParentTree consistent and tab order by structure on pages with annotations', () => {
    const keys = numberTreeEntries(objects, root()['/ParentTree']).map(([key]) => key);
    const next = root()['/ParentTreeNextKey'] as number;
    expect(keys).toEqual(Array.from({ length: next }, (_, i) => i));
    const used = [
      ...pageRefs().map((p) => dict(p)['/StructParents']),
      ...refsWhere(objects, (d) => d['/Type'] === '/Annot').map((a) => dict(a)['/StructParent']),
    ];
    expect(new Set(used).size).toBe(used.length);
    expect(used.length).toBe(next);
    const annotated = pageRefs().filter((p) => ((dict(p)['/Annots'] as unknown[] | undefined) ?? []).length > 0);
    expect(annotated.length).toBeGreaterThanOrEqual(3);
    for (const page of annotated) expect(dict(page)['/Tabs']).toBe('/S');
  });
});
