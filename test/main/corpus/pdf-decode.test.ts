import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';

import { parseLetter } from '../../../app/corpus';
import { parsePdfLetter } from '../../../app/corpus/pdf-layout/parse-pdf-letter';
import { decodePdf, PdfReadError } from '../../../main/corpus/pdf-decode';
import { parseSample } from '../../app/corpus/samples';

const DIR = fileURLToPath(new URL('../../fixtures/pdf/', import.meta.url));
const pdf = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}.pdf`));
const expected = (name: string) =>
  JSON.parse(readFileSync(`${DIR}${name}.expected.json`, 'utf8')) as { blocks: { kind: string; text: string }[]; footnotes: string[] };
/** A PDF made by pdfkit: a drawing only (a scan has no text either), or text behind a password. */
const made = (options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> =>
  new Promise((resolve) => {
    const doc = new PDFDocument(options);
    const chunks: Uint8Array[] = [];
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    draw(doc);
    doc.end();
  });
const around = (text: string, offset: number) => `${text.slice(Math.max(0, offset - 30), offset)}|${text.slice(offset, offset + 10)}`;

describe('native PDF: decode (pdf.js) and layout analysis', () => {
  it.each(['letter-000-us', 'letter-001-a4', 'answers-aanhangsel'])(
    '%s: every note exact, anchored where the Word text has it, no phantom',
    async (name) => {
      const exp = expected(name);
      const letter = parsePdfLetter({ file: `${name}.pdf`, hash: 'h' }, await decodePdf(pdf(name)));
      expect(letter.format).toBe('pdf');
      expect(letter.footnotes.map((f) => f.text)).toEqual(exp.footnotes);
      expect(letter.warnings).toBeUndefined();
      const word = JSON.parse(readFileSync(`${DIR}${name}.expected.json`, 'utf8')) as {
        blocks: { text: string; notes: { label: string; offset: number }[] }[];
      };
      const want = new Map(word.blocks.flatMap((b) => b.notes.map((n) => [n.label, around(b.text, n.offset)] as const)));
      const got = new Map(letter.blocks.flatMap((b) => b.notes.map((n) => [n.footnote.slice(2), around(b.text, n.offset)] as const)));
      expect(got).toEqual(want);
    },
  );

  it('letter 004 (A4, 34 notes): all notes and anchors, paragraphs as in the Word text', async () => {
    const exp = expected('letter-004-a4');
    const letter = parsePdfLetter({ file: 'l.pdf', hash: 'h' }, await decodePdf(pdf('letter-004-a4')));
    expect(letter.footnotes).toHaveLength(34);
    expect(letter.blocks.flatMap((b) => b.notes)).toHaveLength(34);
    const same = letter.blocks.filter((b) => exp.blocks.some((e) => e.text === b.text)).length;
    expect(same).toBeGreaterThanOrEqual(45);
    expect(letter.footnotes.every((f) => typeof f.page === 'number' && f.page >= 1)).toBe(true);
  });

  it('answers: running footer and page numbers gone, Vraag/Antwoord read, pages kept', async () => {
    const letter = parsePdfLetter({ file: 'a.pdf', hash: 'h' }, await decodePdf(pdf('answers-aanhangsel')));
    expect(letter.blocks.some((b) => /ah-tk-20252026|vergaderjaar 2025–2026, Aanhangsel/.test(b.text))).toBe(false);
    expect(letter.blocks.filter((b) => b.kind === 'question').length).toBeGreaterThanOrEqual(10);
    expect(letter.footnotes.map((f) => f.page)).toEqual([1, 1, 2, 2, 2, 2]);
    const whole = expected('answers-aanhangsel').blocks.find((b) => b.text.startsWith('De NAVO is een defensief bondgenootschap'))!.text;
    expect(letter.blocks.map((b) => b.text)).toContain(whole);
  });

  it('refuses what is not a readable PDF with a Dutch message', async () => {
    await expect(decodePdf(new TextEncoder().encode('Dit is gewoon tekst.'))).rejects.toThrow(/geen PDF/);
    const damaged = pdf('letter-000-us').slice(0, 2000);
    await expect(decodePdf(damaged)).rejects.toBeInstanceOf(PdfReadError);
  });

  it('says so for a PDF without a text layer and for a password-protected one', async () => {
    const scan = await made({}, (doc) => doc.rect(50, 50, 300, 400).fill('#777'));
    await expect(decodePdf(scan)).rejects.toThrow(/geen tekst.*scan/);
    const locked = await made({ userPassword: 'geheim', pdfVersion: '1.7' }, (doc) => doc.text('Vertrouwelijk'));
    await expect(decodePdf(locked)).rejects.toThrow(/wachtwoord/);
  });
});

describe('one letter, three readings', () => {
  it('letter 000 as native PDF, as pdf.js text and as the Word text of the sample: the same blocks and notes', async () => {
    const word = parseSample('000');
    const native = parsePdfLetter({ file: 'l.pdf', hash: 'h' }, await decodePdf(pdf('letter-000-us')));
    const text = parseLetter({ file: 'l.txt', hash: 'h', text: readFileSync(`${DIR}letter-000-us.pdfjs.txt`, 'utf8') });
    const shape = (l: typeof word) => ({
      blocks: l.blocks.map((b) => ({
        kind: b.kind,
        text: b.text,
        notes: b.notes.map((n) => ({ label: l.footnotes.find((f) => f.id === n.footnote)!.label, offset: n.offset })),
      })),
      footnotes: l.footnotes.map((f) => [f.label, f.text]),
    });
    expect(shape(native)).toEqual(shape(word));
    expect(shape(text)).toEqual(shape(word));
  });
});
