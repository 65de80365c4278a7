import type { LaunchOptions } from '@playwright/test';

/**
 * The one set of launch options for Debian's Chromium, shared by playwright.config.ts (e2e) and the
 * benchmarks that drive the renderer in a browser (bench/library.ts, bench/editor.ts), so a bench
 * measures the same browser the tests run. `executablePath`: CHROMIUM_PATH, else /usr/bin/chromium
 * (Playwright never downloads a browser here). The flags keep it offline and quiet: no sandbox (a
 * container), no GPU, no background networking, component updates, sync or QUIC, no first-run UI.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
