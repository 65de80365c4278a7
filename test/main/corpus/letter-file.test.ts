import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { hashBytes, isListedNonLetter, readLetterFileSync } from '../../../main/corpus/letter-file';

describe('readLetterFileSync', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-read-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('returns bytes and their sha-256', async () => {
    await writeFile(join(dir, 'a.txt'), 'Geachte voorzitter,');
    const read = readLetterFileSync({ path: join(dir, 'a.txt'), file: 'a.txt' });
    expect(read).toMatchObject({ hash: hashBytes(new TextEncoder().encode('Geachte voorzitter,')), size: 19 });
    expect(hashBytes(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives a Dutch error for a file that cannot be read', async () => {
    expect(readLetterFileSync({ path: join(dir, 'weg.txt'), file: 'weg.txt' })).toEqual({
      file: 'weg.txt',
      message: 'Bestand kon niet worden gelezen: het bestand of de map bestaat niet.',
      problem: { key: 'problem.unreadable', params: { reason: { key: 'io.ENOENT', params: {} } } },
    });
  });

  it('a Word file renamed .txt is said to be a Word file with the wrong extension; other binary content stays "binary"', async () => {
    await writeFile(join(dir, 'brief.txt'), readFileSync(join(__dirname, '../../fixtures/docx/pandoc.docx')));
    expect(readLetterFileSync({ path: join(dir, 'brief.txt'), file: 'brief.txt' })).toMatchObject({
      message: 'Dit is een Word-bestand (.docx) met een verkeerde extensie. Geef het de extensie .docx; dan leest Dossier het.',
      problem: { key: 'problem.word-renamed', params: {} },
    });
    await writeFile(join(dir, 'ander.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 120, 108, 47]));
    expect(readLetterFileSync({ path: join(dir, 'ander.txt'), file: 'ander.txt' })).toMatchObject({ problem: { key: 'problem.binary' } });
  });

  it('applies the size cap before reading and accepts UTF-16 with a BOM', async () => {
    await writeFile(join(dir, 'big.txt'), 'x'.repeat(3 * 1024 * 1024));
    expect(readLetterFileSync({ path: join(dir, 'big.txt'), file: 'big.txt' }, 2 * 1024 * 1024)).toEqual({
      file: 'big.txt',
      message: 'Bestand is groter dan 2 MB en wordt overgeslagen.',
      problem: { key: 'problem.too-large', params: { mb: 2 } },
    });
    await writeFile(join(dir, 'u16.txt'), Buffer.from('\ufeffBrief', 'utf16le'));
    expect(readLetterFileSync({ path: join(dir, 'u16.txt'), file: 'u16.txt' })).toMatchObject({ size: 12 });
  });
});

describe('isListedNonLetter', () => {
  it('lists images and spreadsheets as not a letter, but not the folder files Windows and macOS keep', () => {
    expect(isListedNonLetter('/map/foto.png')).toBe(true);
    expect(isListedNonLetter('/map/begroting.xlsx')).toBe(true);
    for (const name of [
      'desktop.ini',
      'Thumbs.db',
      'metadata.json',
      'metadata.json.bak',
      '~$nota.docx',
      '.DS_Store',
      'brief.docx',
      'brief.txt',
    ]) {
      expect(isListedNonLetter(`/map/${name}`), name).toBe(false);
    }
  });
});
