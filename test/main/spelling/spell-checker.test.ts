import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: vi.fn() } }));

const { DUTCH_DICTIONARY_FILE, installBundledDictionary } = await import('../../../main/spelling/bundled-dictionary');
const { configureSpelling, dictionaryBaseUrl } = await import('../../../main/spelling/spell-checker');

const SPELLING_DIR = resolve('assets/spelling');
const temporary: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-spelling-'));
  temporary.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A stand-in Session recording every call in order. */
function fakeSession() {
  const calls: Array<[string, ...unknown[]]> = [];
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
    };
  const session = {
    setSpellCheckerEnabled: record('setSpellCheckerEnabled'),
    setSpellCheckerLanguages: record('setSpellCheckerLanguages'),
    setSpellCheckerDictionaryDownloadURL: record('setSpellCheckerDictionaryDownloadURL'),
    on: (event: string, listener: (...args: unknown[]) => void) => {
      calls.push(['on', event]);
      listeners.set(event, listener);
      return session;
    },
  };
  return { session: session as unknown as Parameters<typeof configureSpelling>[0], calls, listeners };
}

describe('the bundled Dutch dictionary', () => {
  it("is Chromium's BDic version 2 under the name Chromium derives from nl, its checksum intact", () => {
    expect(DUTCH_DICTIONARY_FILE).toBe('nl-NL-3-0.bdic');
    const bytes = readFileSync(join(SPELLING_DIR, DUTCH_DICTIONARY_FILE));
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('BDic');
    expect(bytes.readUInt32LE(4)).toBe(2);
    const affOffset = bytes.readUInt32LE(8);
    const dicOffset = bytes.readUInt32LE(12);
    expect(affOffset).toBe(32);
    expect(dicOffset).toBeGreaterThan(affOffset);
    // bdict.h: the MD5 of everything after the 32-byte header, as hunspell::BDict::Verify checks it.
    expect(createHash('md5').update(bytes.subarray(32)).digest('hex')).toBe(bytes.subarray(16, 32).toString('hex'));
    // The affix section starts with OpenTaal's header comment: the Dutch list, not another.
    expect(bytes.subarray(affOffset, affOffset + 4096).toString('utf8')).toMatch(/Dutch/);
    expect(readFileSync(join(SPELLING_DIR, 'LICENSE-OpenTaal.txt'), 'utf8')).toMatch(/BSD[\s\S]*Creative Commons, Attribution 3\.0/);
  });

  it('is copied into the session’s Dictionaries folder when missing or different, and left alone otherwise', () => {
    const dictionaries = join(tempDir(), 'Dictionaries');
    expect(installBundledDictionary(SPELLING_DIR, dictionaries)).toBe(true);
    const target = join(dictionaries, DUTCH_DICTIONARY_FILE);
    expect(readFileSync(target).equals(readFileSync(join(SPELLING_DIR, DUTCH_DICTIONARY_FILE)))).toBe(true);
    const copied = statSync(target).mtimeMs;
    expect(installBundledDictionary(SPELLING_DIR, dictionaries)).toBe(false);
    expect(statSync(target).mtimeMs).toBe(copied);
    writeFileSync(target, 'damaged');
    expect(installBundledDictionary(SPELLING_DIR, dictionaries)).toBe(true);
    expect(statSync(target).size).toBe(statSync(join(SPELLING_DIR, DUTCH_DICTIONARY_FILE)).size);
  });

  it('throws when the bundled file is missing', () => {
    expect(() => installBundledDictionary(tempDir(), join(tempDir(), 'Dictionaries'))).toThrow(/ENOENT/);
  });
});

describe('configureSpelling', () => {
  it.each(['linux', 'win32'] as const)('on %s: download address local, then Dutch, then a guard on downloads', (platform) => {
    const { session, calls, listeners } = fakeSession();
    const downloads: string[] = [];
    configureSpelling(session, platform, SPELLING_DIR, (language) => downloads.push(language));
    expect(calls).toEqual([
      ['setSpellCheckerEnabled', true],
      ['setSpellCheckerDictionaryDownloadURL', dictionaryBaseUrl(SPELLING_DIR)],
      ['setSpellCheckerLanguages', ['nl-NL']],
      ['on', 'spellcheck-dictionary-download-begin'],
    ]);
    const url = calls[1]![1] as string;
    expect(url.startsWith('file:///')).toBe(true);
    expect(url.endsWith('/')).toBe(true);
    // The folder Electron would append nl-NL-3-0.bdic to holds that very file.
    expect(statSync(join(fileURLToPath(url), DUTCH_DICTIONARY_FILE)).isFile()).toBe(true);
    listeners.get('spellcheck-dictionary-download-begin')!({}, 'nl');
    expect(downloads).toEqual(['nl']);
  });

  it("on macOS only switches the system's checker on (Electron ignores languages and never downloads there)", () => {
    const { session, calls } = fakeSession();
    configureSpelling(session, 'darwin', SPELLING_DIR);
    expect(calls).toEqual([['setSpellCheckerEnabled', true]]);
  });

  it('writes the base URL with one trailing slash, spaces escaped', () => {
    expect(dictionaryBaseUrl('/opt/Dossier dir/resources/assets/spelling')).toBe('file:///opt/Dossier%20dir/resources/assets/spelling/');
    expect(dictionaryBaseUrl('/x/spelling/')).toBe('file:///x/spelling/');
  });
});
