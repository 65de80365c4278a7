import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { parseExtractedPdf } from '../../../../app/corpus/pdf-text';
import { type Message, renderMessage } from '../../../../app/ipc/messages';

/** test/fixtures/pdf: letters typeset by LibreOffice and extracted by several programs (make-fixtures.ts). */
const DIR = fileURLToPath(new URL('../../../fixtures/pdf/', import.meta.url));

export type Variant = 'pdftotext' | 'layout' | 'nopgbrk' | 'pdfjs' | 'nofooter';

export interface Expected {
  blocks: { kind: string; text: string; notes: { label: string; offset: number }[] }[];
  footnotes: string[];
}

export const expected = (name: string): Expected => JSON.parse(readFileSync(`${DIR}${name}.expected.json`, 'utf8')) as Expected;
export const extraction = (name: string, variant: Variant): string => readFileSync(`${DIR}${name}.${variant}.txt`, 'utf8');
export const parseFixture = (name: string, variant: Variant) => parseExtractedPdf(extraction(name, variant));

/** The 30 characters before and 10 after each expected anchor, by note label. */
export const expectedAnchors = (exp: Expected): Map<string, string> => {
  const out = new Map<string, string>();
  for (const b of exp.blocks) for (const n of b.notes) out.set(n.label, around(b.text, n.offset));
  return out;
};

export const around = (text: string, offset: number): string =>
  `${text.slice(Math.max(0, offset - 30), offset)}|${text.slice(offset, offset + 10)}`;

/** What make-typeset-fixtures.ts set: paragraphs with references as `[n]`, notes, problems. */
export interface Typeset {
  paragraphs: { text: string; page: number; heading?: boolean; table?: string[][] }[];
  notes: { label: string; text: string; page: number }[];
  problems: string[];
}

export const typeset = (name: string): Typeset => JSON.parse(readFileSync(`${DIR}${name}.typeset.json`, 'utf8')) as Typeset;

/** A paragraph's text with its note anchors written back as `[n]` (as typeset.json has them). */
export const withRefs = (p: { text: string; notes: { footnote: string; offset: number }[] }): string => {
  let text = p.text;
  for (const n of [...p.notes].sort((a, b) => b.offset - a.offset))
    text = `${text.slice(0, n.offset)}[${n.footnote.slice(2)}]${text.slice(n.offset)}`;
  return text;
};

/** Keyed warnings (app/ipc/messages `pdf.*`) as the Dutch text the command line prints. */
export const dutch = (warnings: readonly Message[] | undefined): string[] => (warnings ?? []).map((w) => renderMessage(w, 'nl'));
