import { describe, expect, it } from 'vitest';

import { type Briefing, emptyBriefing } from '../../../../app/briefing/model';
import { notaTemplate } from '../../../../app/briefing/nota/nota-template';
import { briefingToDocx } from '../../../../app/export/docx';
import { briefingToOdt } from '../../../../app/export/odt';
import { briefingToPdf } from '../../../../app/export/pdf';
import { readDocx, textOf } from '../docx/read-docx';
import { loadFonts, pageCount, pageText, writePdf } from '../pdf/pdf-tools';
import { BESLISNOTA_SECTIONS, filledBeslisnota } from './nota-fixture';

const inOrder = (text: string, words: string[]) => {
  const at = words.map((word) => text.indexOf(word));
  expect(
    at.every((index) => index >= 0),
    `${words.join(', ')} in ${text.slice(0, 300)}`,
  ).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
};

/** The title block and closing block rows of filledBeslisnota() as every format prints them. */
const FILLED_ROWS = [
  ['Aan', 'Minister van Buitenlandse Zaken'],
  ['Van', 'Directie Europa'],
  ['Datum', '20 januari 2026'],
  ['Kenmerk', 'BZ-2026-0042'],
  ['Onderwerp', 'Steun aan Oekraïne'],
  ['Kopie aan', 'pSG, DCO'],
  ['Bijlagen', 'Kamerbrief 36 045, nr. 264'],
];

/** A briefing exported to Word, its parts read back (readDocx). */
const docxOf = async (briefing: Briefing, options?: Parameters<typeof briefingToDocx>[1]) =>
  readDocx(await briefingToDocx(briefing, options));

/** A briefing exported to PDF with the bundled fonts and written to `name` (for pdftotext). */
const pdfOf = async (briefing: Briefing, name: string) => writePdf(await briefingToPdf(briefing, loadFonts()), name);

/** The cells of each w:tr of a Word XML part, as text. */
const wordTableRows = (xml: string) =>
  [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => textOf(cell[0])),
  );

describe('a nota in Word (issue 19)', () => {
  it('prints the title block and the closing block as bordered tables, the decisions numbered, the sections in order', async () => {
    const parts = await docxOf(filledBeslisnota(), { now: new Date('2026-01-20T10:00:00Z') });
    const document = parts['word/document.xml'] as string;
    expect(wordTableRows(document)).toEqual(FILLED_ROWS);
    expect(document.match(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/)?.[0] ?? '').toMatch(/<w:insideH w:val="single"/);
    expect(document).toMatch(/<w:cantSplit\/>/);
    const text = textOf(document);
    inOrder(text, ['Beslisnota', 'Aan', 'Onderwerp', ...BESLISNOTA_SECTIONS, 'Kopie aan', 'Bijlagen']);
    // The decisions: a numbered list (numbering 'dossier-ordered', %1.).
    const decisions = [...document.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:numId w:val="(\d+)"\/>[\s\S]*?<\/w:p>/g)].map((m) =>
      textOf(m[0]),
    );
    expect(decisions.slice(0, 2)).toEqual(['Instemmen met de inzet', 'De Kamer informeren']);
    expect(parts['word/numbering.xml']).toMatch(/<w:lvlText w:val="%1\."\/>/);
  });

  it('puts the marking in the header and footer of every page and "Pagina X van Y" in the footer', async () => {
    const parts = await docxOf(filledBeslisnota('Staatsgeheim Confidentieel'));
    const headers = Object.keys(parts).filter((path) => /^word\/header\d*\.xml$/.test(path));
    const footers = Object.keys(parts).filter((path) => /^word\/footer\d*\.xml$/.test(path));
    expect(headers.length).toBeGreaterThan(0);
    for (const path of headers) expect(textOf(parts[path] as string)).toBe('Staatsgeheim Confidentieel');
    const footer = parts[footers[0] as string] as string;
    expect(textOf(footer)).toMatch(/^Staatsgeheim ConfidentieelPagina .*van/);
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(parts['word/document.xml']).not.toMatch(/<w:titlePg\/>/); // the first page has the same header
  });

  it('a non-nota briefing keeps its title block as paragraphs (no table)', async () => {
    const briefing = emptyBriefing();
    briefing.properties.to = 'Minister';
    const document = (await docxOf(briefing))['word/document.xml'] as string;
    expect(document).not.toMatch(/<w:tbl>/);
    expect(textOf(document)).toBe('AanMinister');
  });
});

describe('a nota in PDF (issue 19)', () => {
  it('has the marking at the top and bottom and "Pagina x van y" on every page, the sections in order, the title block rows', async () => {
    const path = await pdfOf(filledBeslisnota(), 'beslisnota.pdf');
    const pages = pageCount(path);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let page = 1; page <= pages; page++) {
      const text = pageText(path, page);
      expect(text.startsWith('Departementaal vertrouwelijk'), `page ${page}: ${text.slice(0, 60)}`).toBe(true);
      expect(text.match(/Departementaal vertrouwelijk/g)).toHaveLength(2);
      expect(text).toContain(`Pagina ${page} van ${pages}`);
    }
    const all = pageText(path);
    inOrder(all, [
      'Beslisnota',
      'Aan Minister van Buitenlandse Zaken',
      'Van Directie Europa',
      'Datum 20 januari 2026',
      'Kenmerk BZ-2026-0042',
      'Onderwerp Steun aan Oekraïne',
    ]);
    inOrder(all, [...BESLISNOTA_SECTIONS, 'Kopie aan pSG, DCO', 'Bijlagen Kamerbrief 36 045, nr. 264']);
    inOrder(all, ['1. Instemmen met de inzet', '2. De Kamer informeren']);
  });

  it('an empty template still exports: every title block row, the sections, in English too', async () => {
    const nota = notaTemplate('debatnota');
    nota.properties.language = 'en';
    const path = await pdfOf(nota, 'debatnota.pdf');
    inOrder(pageText(path), [
      'Debate memorandum',
      'To',
      'From',
      'Date',
      'Reference',
      'Subject',
      'Aanleiding',
      'Vraag 1',
      'Voorgesteld antwoord',
      'Vraag 3',
      'Page 1 of 1',
    ]);
  });
});

describe('a nota in OpenDocument (issue 19)', () => {
  it('writes the title block as a table with ruled cells and the marking in the page style', async () => {
    const { strFromU8, unzipSync } = await import('fflate');
    const files = unzipSync(briefingToOdt(filledBeslisnota()));
    const content = strFromU8(files['content.xml'] as Uint8Array);
    const rows = [...content.matchAll(/<table:table-row[\s\S]*?<\/table:table-row>/g)].map((row) =>
      [...row[0].matchAll(/<table:table-cell[\s\S]*?<\/table:table-cell>/g)].map((cell) =>
        cell[0]
          .replace(/<[^>]+>/g, '')
          .replace(/\u2011/g, '-')
          .replace(/\u00a0/g, ' '),
      ),
    );
    expect(rows).toEqual(FILLED_ROWS);
    expect(content).toMatch(/fo:border-bottom="0.5pt solid #7f7f7f"/);
    const styles = strFromU8(files['styles.xml'] as Uint8Array);
    expect(styles).toMatch(/<style:header><text:p text:style-name="Rubricering">Departementaal vertrouwelijk<\/text:p><\/style:header>/);
    expect(styles).toMatch(/<text:page-count>/);
  });
});
