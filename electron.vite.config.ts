import { resolve } from 'node:path';

import { defineConfig } from 'electron-vite';

/**
 * Three bundles: the main process (ESM: the app, its parse and export workers, and the command
 * line as `out/main/cli.js`), the preload (CommonJS: a sandboxed preload cannot be
 * an ES module) and the renderer (the production bundle that Electron loads over app:// and the
 * browser preview serves).
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('main/index.ts'),
          'parse-worker': resolve('main/corpus/parse-worker.ts'),
          'export-worker': resolve('main/export/export-worker.ts'),
          cli: resolve('main/cli/bin.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    build: {
      outDir: 'out/renderer',
      target: 'chrome130',
      rollupOptions: { input: resolve('renderer/index.html') },
    },
    esbuild: { jsx: 'automatic' },
  },
});
