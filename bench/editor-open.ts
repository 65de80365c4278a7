import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { type Browser, chromium, type LaunchOptions, type Page } from '@playwright/test';

import { serializeBriefing } from '../app/briefing/file-format';
import { defaultPaths, startPreview } from '../main/preview/start-preview';
import playwrightConfig from '../playwright.config';
import { largeBriefing, loadSampleLetters } from './fixtures/large-briefing';

/** The open benchmark briefing: its page, its browser, and `close` (browser, server, temp folder). */
export interface OpenBriefing {
  page: Page;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Writes the benchmark briefing of `passages` passages (bench/fixtures/large-briefing.ts) to a
 * temporary folder beside a copy of the sample corpus, starts the preview server on them, launches
 * Debian's Chromium with the e2e launch options and opens the file as a user does ("Openen" in the
 * briefing pane); resolves once every passage is in the page. Throws when the page does not show
 * them within 180 s.
 */
export async function openLargeBriefing(passages: number): Promise<OpenBriefing> {
  const root = resolve(import.meta.dirname, '..');
  const work = await mkdtemp(join(tmpdir(), 'dossier-bench-editor-'));
  await cp(join(root, 'assets', 'corpus'), join(work, 'corpus'), { recursive: true });
  const file = join(work, 'groot.dossier');
  await writeFile(file, serializeBriefing(largeBriefing(loadSampleLetters(), passages)));
  const preview = await startPreview({ ...defaultPaths(root), dataDir: join(work, 'data'), saveDir: work, corpus: join(work, 'corpus') });
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions as LaunchOptions);
  const close = async () => {
    await browser.close();
    await preview.close();
    await rm(work, { recursive: true, force: true });
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
    await page.goto(preview.server.url);
    preview.dialogs.answer(file);
    await page.getByRole('region', { name: 'Notitie', exact: true }).getByRole('button', { name: 'Openen', exact: true }).click();
    await page.waitForFunction((count) => document.querySelectorAll('.ed-passage').length >= count, passages, { timeout: 180_000 });
    return { page, browser, close };
  } catch (error) {
    await close();
    throw error;
  }
}
