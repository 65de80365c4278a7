import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { readParts } from '../../../../app/corpus/docx/container';
import { DocxError, MESSAGES } from '../../../../app/corpus/docx/errors';
import { parseDocx } from '../../../../app/corpus/docx/parse-docx';
import { zipEntries } from '../../../../app/corpus/docx/zip-directory';
import { makeDocx, p } from './make-docx';

/** The inflater main hands in (main/corpus/parse-bytes.ts does the same with Node's zlib). */
const inflate = (compressed: Uint8Array, size: number) =>
  new Uint8Array(inflateRawSync(compressed, { maxOutputLength: Math.max(1, size) }));
const dir = fileURLToPath(new URL('../../../fixtures/docx/', import.meta.url));
const fixtures = readdirSync(dir).filter((n) => n.endsWith('.docx'));

const failure = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(DocxError);
    return (error as DocxError).message;
  }
  throw new Error('read without an error');
};

describe('readParts with a native inflater', () => {
  it.each(fixtures)('%s: the same parts and the same letter as through fflate', (name) => {
    const bytes = new Uint8Array(readFileSync(`${dir}${name}`));
    expect(zipEntries(bytes)).not.toBeNull();
    expect(readParts(bytes, inflate)).toEqual(readParts(bytes));
    expect(parseDocx(bytes, name, 'h', inflate)).toEqual(parseDocx(bytes, name, 'h'));
  });

  it('checks the declared sizes before inflating, and calls corrupt data damaged', () => {
    const letter = makeDocx({ body: p('Geachte voorzitter,') + p('Een brief.') });
    const inflated: number[] = [];
    const counting = (c: Uint8Array, size: number) => (inflated.push(size), inflate(c, size));
    const big = letter.slice();
    const view = new DataView(big.buffer);
    for (let i = 0; i + 46 <= big.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 200 * 1024 * 1024, true);
    expect(failure(() => readParts(big, counting))).toBe(MESSAGES.tooLarge(128));
    expect(inflated).toEqual([]);
    const entries = zipEntries(letter)!;
    const body = entries.find((e) => e.name === 'word/document.xml')!;
    const corrupt = letter.slice();
    corrupt.fill(0xff, body.dataStart, body.dataStart + body.compressedSize);
    expect(failure(() => readParts(corrupt, inflate))).toBe(MESSAGES.damaged);
  });

  it('leaves zips it does not read plainly (no central directory end) to fflate', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<a/>') });
    expect(zipEntries(zip.slice(0, zip.length - 10))).toBeNull();
    expect(failure(() => readParts(zip.slice(0, zip.length - 10), inflate))).toBe(MESSAGES.damaged);
  });
});
