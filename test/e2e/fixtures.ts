import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { type Page, test as base } from '@playwright/test';

import { defaultPaths, startPreview } from '../../main/preview/start-preview';

export const projectRoot = resolve(import.meta.dirname, '..', '..');
export const screenshotDir = join(projectRoot, 'test-results');

type Preview = Awaited<ReturnType<typeof startPreview>>;

export interface DossierFixture {
  /** The running preview: real services and handlers; `dialogs.answer(...)` scripts the next dialog. */
  preview: Preview;
  /** A private, writable copy of the sample corpus that the app has open. */
  corpusDir: string;
  /** A private folder for saved briefings and exports. */
  workDir: string;
  /** The folder holding the corpus copy and `work/`: the user's home for the page's dialogs. */
  root: string;
}

/**
 * Waits until the app is mounted with every shortcut and menu-command handler installed (the
 * renderer's `<html data-ready="true">`, renderer/ui/ready-mark.ts): a key pressed after this is
 * taken. Call it after a `page.goto` or `page.reload` of one's own; the fixture does at start.
 */
export async function appReady(page: Page): Promise<void> {
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
}

/**
 * Each test gets its own preview server over a fresh copy of the sample corpus and a fresh data
 * folder, and a page already showing the app, ready for keys (appReady). `test.use({ pageDialogs: true })` turns on the
 * page's own file dialogs (as `npm run preview` has them), starting in the test's own folder
 * (the corpus copy, `work/` and `data/` in it) as the user's home.
 */
export const test = base.extend<{ dossier: DossierFixture; pageDialogs: boolean }>({
  pageDialogs: [false, { option: true }],
  dossier: async ({ page, pageDialogs }, use) => {
    const root = await mkdtemp(join(tmpdir(), 'dossier-e2e-'));
    const corpusDir = join(root, 'corpus');
    await cp(join(projectRoot, 'assets', 'corpus'), corpusDir, { recursive: true });
    const preview = await startPreview({
      ...defaultPaths(projectRoot),
      dataDir: join(root, 'data'),
      saveDir: join(root, 'work'),
      corpus: corpusDir,
      pageDialogs,
      home: root,
    });
    await page.goto(preview.server.url);
    await appReady(page);
    await use({ preview, corpusDir, workDir: join(root, 'work'), root });
    await preview.close();
    await rm(root, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
