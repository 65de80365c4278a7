import { execFileSync } from 'node:child_process';

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { type Briefing } from '../../../../app/briefing/model';
import { notaTemplate } from '../../../../app/briefing/nota/nota-template';
import { exportBriefing } from '../../../../app/export/common/export-briefing';
import { briefingToDocx } from '../../../../app/export/docx';
import { briefingToOdt } from '../../../../app/export/odt';
import { briefingToPdf } from '../../../../app/export/pdf';
import { readDocx } from '../docx/read-docx';
import { loadFonts, writePdf } from '../pdf/pdf-tools';

/** A Beslisnota with its first decision filled in and a second left empty; Kernpunten left as the template gave it (one empty bullet). */
function nota(): Briefing {
  const value = notaTemplate('beslisnota');
  const decisions = value.body[1];
  if (decisions?.type !== 'list') throw new Error('template changed: Beslispunten is no longer body[1]');
  decisions.items = [{ children: [{ type: 'text', text: 'Instemmen met de brief' }] }, { children: [{ type: 'text', text: '  ' }] }];
  return value;
}

/** Issue 19 (fresh-eyes, session 9): a template's unfilled bullet printed as a lone "•". */
describe('empty list items are not exported', () => {
  it('exportBriefing leaves out empty items and a list left without items', () => {
    const lists = exportBriefing(nota()).body.filter((block) => block.type === 'list');
    expect(lists).toEqual([{ type: 'list', ordered: true, items: [{ children: [{ type: 'text', text: 'Instemmen met de brief' }] }] }]);
  });

  it('keeps an item holding only a note reference', () => {
    const value = nota();
    value.footnotes = [{ id: 'n1', origin: 'user', text: 'Eigen noot' }];
    const kern = value.body[5];
    if (kern?.type !== 'list') throw new Error('template changed: Kernpunten is no longer body[5]');
    kern.items = [{ children: [{ type: 'footnote-ref', footnote: 'n1' }] }];
    expect(exportBriefing(value).body.filter((block) => block.type === 'list')).toHaveLength(2);
  });

  it('PDF: one numbered decision and no lone bullet', async () => {
    const text = execFileSync('pdftotext', ['-layout', writePdf(await briefingToPdf(nota(), loadFonts()), 'empty-items.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(text).toMatch(/1\.\s+Instemmen met de brief/);
    expect(text).not.toMatch(/^\s*[•2]\.?\s*$/m);
  });

  it('Word and OpenDocument: one list paragraph, no empty one', async () => {
    const document = readDocx(await briefingToDocx(nota()))['word/document.xml']!;
    expect(document.match(/<w:numPr>/g)).toHaveLength(1);
    const content = strFromU8(unzipSync(briefingToOdt(nota()))['content.xml']!);
    expect(content.match(/<text:list-item>/g)).toHaveLength(1);
  });
});
