import { defineConfig } from '@playwright/test';

import { chromiumLaunchOptions } from './test/e2e/chromium-options';

/**
 * End-to-end tests: the production renderer bundle (out/renderer, built by `electron-vite build`)
 * in Debian's Chromium, with the real main-side handlers behind the preview bridge
 * (test/e2e/fixtures.ts). Playwright never downloads a browser here.
 */
export default defineConfig({
  testDir: 'test/e2e',
  // One tsconfig, without project references, for every imported file: otherwise Playwright follows
  // tsconfig.json's references and applies tsconfig.app.json's `paths` (pdfkit -> its minimal .d.ts,
  // meant for type-checking app/ only) at run time, and the preview's PDF export cannot load pdfkit.
  tsconfig: './tsconfig.base.json',
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    locale: 'nl-NL',
    launchOptions: chromiumLaunchOptions,
    trace: 'off',
  },
});
