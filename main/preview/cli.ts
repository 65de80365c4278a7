import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { defaultPaths, startPreview } from './start-preview';

/**
 * `npm run preview`: the same UI in a local browser, for machines where Electron cannot run.
 * Prints a URL carrying this start's secret; only that browser session can use the server.
 */
const { values } = parseArgs({
  options: { port: { type: 'string' }, corpus: { type: 'string' }, data: { type: 'string' } },
});
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = values.data ?? join(homedir(), '.dossier-preview');
const preview = await startPreview({
  ...defaultPaths(projectRoot),
  dataDir,
  saveDir: join(homedir(), 'Documents', 'Dossier'),
  pageDialogs: true,
  port: values.port ? Number(values.port) : 0,
  corpus: values.corpus,
});
console.log(`Dossier draait in de browser op:\n  ${preview.server.url}\n(alleen 127.0.0.1; stoppen met Ctrl+C)`);
const stop = () => void preview.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
