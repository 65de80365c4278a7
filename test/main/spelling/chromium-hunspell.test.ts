import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { chromium } from '@playwright/test';
import { afterAll, describe, expect, it } from 'vitest';

import { DUTCH_DICTIONARY_FILE, installBundledDictionary } from '../../../main/spelling/bundled-dictionary';
import { chromiumLaunchOptions } from '../../e2e/chromium-options';

const executable = chromiumLaunchOptions.executablePath!;
const profile = mkdtempSync(join(tmpdir(), 'dossier-hunspell-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

/** Chromium's profile preferences: spell checking on, the `nl` dictionary, Google's spelling service off. */
const PREFERENCES = { spellcheck: { dictionaries: ['nl'], use_spelling_service: false }, browser: { enable_spellchecking: true } };

/**
 * Whether Chromium's Hunspell marks each word, read from the screen: the word is typed into an
 * editable line (the checker runs once a word is ended) and compared, pixel for pixel, with the
 * same word in a plain line of the same box and font; only the red wavy underline can differ.
 */
async function markedWords(
  words: readonly string[],
  withDictionary: boolean,
  settled: (marked: Record<string, boolean>) => boolean,
): Promise<Record<string, boolean>> {
  const dir = join(profile, withDictionary ? 'with' : 'without');
  mkdirSync(join(dir, 'Default'), { recursive: true });
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify(PREFERENCES));
  // Where Electron puts Chromium's dictionaries too: <user data>/Dictionaries.
  if (withDictionary) installBundledDictionary(resolve('assets/spelling'), join(dir, 'Dictionaries'));
  const context = await chromium.launchPersistentContext(dir, { ...chromiumLaunchOptions, headless: true });
  try {
    const page = await context.newPage();
    const line = 'font:20px sans-serif;height:32px;width:320px;margin:0;padding:0;border:0;outline:none;caret-color:transparent';
    await page.setContent(
      `<style>div{${line}}</style>` +
        words.map((word, i) => `<div id="e${i}" contenteditable spellcheck="true"></div><div id="p${i}">${word}.</div>`).join('') +
        '<div id="end" contenteditable spellcheck="true"></div>',
    );
    for (const [i, word] of words.entries()) {
      await page.click(`#e${i}`);
      await page.keyboard.type(`${word}. `);
    }
    // The line typed last is checked late or not at all until the caret moves on: type one more.
    await page.click('#end');
    await page.keyboard.type('Einde. ');
    await page.mouse.click(600, 5);
    // The checker works in idle time: read the screen until `settled` or 15 s have passed.
    const deadline = Date.now() + 15_000;
    for (;;) {
      await page.waitForTimeout(500);
      const shots = await Promise.all(words.flatMap((_, i) => [page.locator(`#e${i}`).screenshot(), page.locator(`#p${i}`).screenshot()]));
      const marked = Object.fromEntries(words.map((word, i) => [word, !shots[2 * i]!.equals(shots[2 * i + 1]!)]));
      if (settled(marked) || Date.now() > deadline) return marked;
    }
  } finally {
    await context.close();
  }
}

describe.skipIf(!existsSync(executable))(`Chromium's Hunspell with the bundled ${DUTCH_DICTIONARY_FILE}`, () => {
  it('marks misspelled Dutch words and leaves correct ones, and marks nothing without the file (no download here)', async () => {
    const words = ['Kamerbrief', 'verstuurd', 'minister', 'begroting', 'gistern', 'vergaderring'];
    const expected = { Kamerbrief: false, verstuurd: false, minister: false, begroting: false, gistern: true, vergaderring: true };
    const same = (marked: Record<string, boolean>) => JSON.stringify(marked) === JSON.stringify(expected);
    expect(await markedWords(words, true, same)).toEqual(expected);
    // The control: the same Chromium without the file has no Dutch dictionary and marks nothing
    // (given the time the marks above took and more).
    let reads = 0;
    expect(Object.values(await markedWords(words, false, () => ++reads >= 2)).some(Boolean)).toBe(false);
  }, 60_000);
});
