import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../../app/briefing/model';
import { briefingToPdf } from '../../../../app/export/pdf';
import { loadFonts, writePdf } from './pdf-tools';

const CORPUS = join(import.meta.dirname, '..', '..', '..', '..', 'assets', 'corpus');

/** Every non-ASCII character of the sample letters, sorted. */
function corpusCharacters(): string[] {
  const chars = new Set<string>();
  for (const file of readdirSync(CORPUS).filter((name) => name.endsWith('.txt'))) {
    for (const char of readFileSync(join(CORPUS, file), 'utf8').normalize('NFC')) if (char > '\u007f' && char !== '\ufeff') chars.add(char);
  }
  return [...chars].sort();
}

/**
 * Typographic characters a briefing can hold: no-break, narrow no-break and thin spaces, the
 * non-breaking hyphen of Word-to-text dossier numbers, dashes, quotes, fractions, ≥, №, €, and
 * letters with combining marks (one NFC composes, one it cannot).
 */
const TYPOGRAPHIC = [
  '21\u00a0501\u201120',
  'nr.\u202f264',
  '36\u2009045',
  '\u2013 \u2014 \u2212',
  '\u2018a\u2019 \u201cb\u201d \u201ec\u201d \u2039d\u203a \u00abe\u00bb',
  '\u00bd \u00bc \u2265 \u2264 \u2116 \u20ac \u00a7 \u00b0 \u2026 \u2032 \u00b7 \u2022',
  'Zoe\u0308 Rene\u0301 q\u0308 n\u0303',
];

describe('every character printed, and copied back', () => {
  let path: string;
  let lines: string[];
  beforeAll(async () => {
    lines = [...TYPOGRAPHIC, corpusCharacters().join(' ')];
    const briefing = emptyBriefing();
    briefing.properties.title = 'Tekens';
    briefing.body = lines.map((text) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] }));
    path = writePdf(await briefingToPdf(briefing, loadFonts()), 'characters.pdf');
  });

  // -raw: content-stream order; poppler's default mode drops the space beside a dash or symbol.
  it('gives back every character it prints (pdftotext -raw, after NFC and white space collapsed)', () => {
    const normal = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();
    const printed = normal(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
    for (const line of lines) expect(printed).toContain(normal(line));
  });

  it('embeds every font it uses, the fallback among them', () => {
    const rows = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(rows.some((row) => row.includes('DejaVuSans'))).toBe(true);
    for (const row of rows) expect(row.split(/\s+/).slice(-5, -4)[0], row).toBe('yes');
  });
});
