import { fileURLToPath } from 'node:url';

import { runCli } from './index';

/**
 * The command line run by Node: `npm run -s dossier -- …` (this file under tsx) and
 * `node out/main/cli.js …` (its build). Both sit two folders below the repository, whose
 * `assets/` holds the fonts and the sample corpus.
 */
const assetsDir = fileURLToPath(new URL('../../assets/', import.meta.url));

process.exitCode = await runCli(process.argv.slice(2), { assetsDir });
