import { execFileSync } from 'node:child_process';

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../../app/briefing/model';
import { briefingToDocx } from '../../../../app/export/docx';
import { briefingToOdt } from '../../../../app/export/odt';
import { briefingToPdf } from '../../../../app/export/pdf';
import { readDocx } from '../docx/read-docx';
import { loadFonts, writePdf } from '../pdf/pdf-tools';

const DECOMPOSED = 'Zoe\u0308 en ideee\u0308n';
const COMPOSED = DECOMPOSED.normalize('NFC');

/** Own text typed decomposed: title, subject, a heading (a PDF bookmark) and a paragraph. */
function briefing() {
  const value = emptyBriefing();
  value.properties.title = `Titel ${DECOMPOSED}`;
  value.properties.subject = `Onderwerp ${DECOMPOSED}`;
  value.body = [
    { type: 'heading', level: 1, children: [{ type: 'text', text: `Kop ${DECOMPOSED}` }] },
    { type: 'paragraph', children: [{ type: 'text', text: `Tekst ${DECOMPOSED}` }] },
  ];
  return value;
}

describe('exported strings are NFC (issue 17, session 8)', () => {
  it('Word: document.xml and core properties', async () => {
    const parts = readDocx(await briefingToDocx(briefing()));
    expect(parts['word/document.xml']).toContain(`Tekst ${COMPOSED}`);
    expect(parts['word/document.xml']).not.toContain('\u0308');
    expect(parts['docProps/core.xml']).toContain(`Titel ${COMPOSED}`);
  });

  it('OpenDocument: content.xml', () => {
    const content = strFromU8(unzipSync(briefingToOdt(briefing()))['content.xml']!);
    expect(content).toContain(`Tekst ${COMPOSED}`);
    expect(content).not.toContain('\u0308');
  });

  it('PDF: Title, Subject and bookmarks', async () => {
    const path = writePdf(await briefingToPdf(briefing(), loadFonts()), 'nfc.pdf');
    const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' });
    expect(info).toContain(`Titel ${COMPOSED}`);
    expect(info).toContain(`Onderwerp ${COMPOSED}`);
    expect(info).not.toContain('\u0308');
    const outline = execFileSync('pdfinfo', ['-dests', path], { encoding: 'utf8' });
    expect(outline).not.toContain('\u0308');
    expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain(`Kop ${COMPOSED}`);
  });
});
