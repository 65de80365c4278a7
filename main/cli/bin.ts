import { fileURLToPath } from 'node:url';

import { enableCompileCache } from './compile-cache';
import { runCli } from './index';

/**
 * The command line run by Node: `npm run -s dossier -- …` (this file under tsx) and
 * `node out/main/cli.js …` (its build). Both sit two folders below the repository, whose
 * `assets/` holds the fonts and the sample corpus. The compile cache is on before a command's
 * module is loaded (each command is imported only when it runs).
 */
const assetsDir = fileURLToPath(new URL('../../assets/', import.meta.url));

enableCompileCache();
process.exitCode = await runCli(process.argv.slice(2), { assetsDir });
