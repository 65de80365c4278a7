#!/usr/bin/env node
// The packaging check (`npm run package:check`, part of `npm test`): builds the Linux unpacked app
// with the real electron-builder.yml, offline, against a stand-in Electron distribution (Electron's
// binary cannot be fetched on CI), then inspects what it produced:
//   1. app.asar holds out/**, package.json and the packages main and the parse worker load at run
//      time — nothing else (no test or build packages, nothing already bundled into the renderer);
//   2. app.asar stays within its size budget (printed; fails above it);
//   3. every file main looks for is where it looks (resources/assets/corpus, …/fonts, the preload,
//      the renderer entry, the parse worker);
//   4. every package the built main-process files import resolves from inside the package: the
//      asar is extracted and Node imports each one from there, as Electron would.
// Fuses can only be flipped on a real Electron binary, so the check packages without them;
// test/packaging/electron-builder.test.ts checks the fuse settings against Electron's checklist.
// Run `npm run build` first (npm test does).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { extractAll, listPackage } from '@electron/asar';
import { build, Platform } from 'electron-builder';
import yaml from 'js-yaml';

const ASAR_BUDGET_BYTES = 15 * 1024 * 1024;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const fail = (message) => {
  console.error(`package check: ${message}`);
  process.exitCode = 1;
};

if (!existsSync(join(root, 'out/main/index.js'))) {
  console.error('package check: out/main/index.js is missing; run `npm run build` first.');
  process.exit(1);
}

// A stand-in Electron distribution: electron-builder copies it and renames the executable.
const work = mkdtempSync(join(tmpdir(), 'dossier-package-'));
const electronDist = join(work, 'electron');
mkdirSync(electronDist);
writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\necho "stand-in Electron for the packaging check"\n');
chmodSync(join(electronDist, 'electron'), 0o755);
const output = join(work, 'dist');

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
delete config.electronFuses; // flipped only on the real binary (npm run dist)
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
// Passed as a file of its own: an object would be merged over electron-builder.yml, fuses included.
const configPath = join(work, 'electron-builder.check.json');
writeFileSync(
  configPath,
  JSON.stringify({ ...config, electronDist, electronVersion, npmRebuild: false, directories: { ...config.directories, output } }),
);
const started = performance.now();
await build({ projectDir: root, targets: Platform.LINUX.createTarget('dir'), config: configPath });
const unpacked = join(output, 'linux-unpacked');
const resources = join(unpacked, 'resources');
const asarPath = join(resources, 'app.asar');
console.log(`Packaged in ${((performance.now() - started) / 1000).toFixed(1)} s: ${unpacked}`);

// 1. What the asar holds.
const files = listPackage(asarPath, { isPack: false }).map((p) => p.replaceAll('\\', '/').replace(/^\//, ''));
const packageOf = (path) => {
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return m ? m[1] : null;
};
const topLevel = new Map();
for (const file of files) {
  const key = packageOf(file) ?? file.split('/')[0];
  topLevel.set(key, (topLevel.get(key) ?? 0) + 1);
}
const size = statSync(asarPath).size;
console.log(`\napp.asar: ${(size / 1024 / 1024).toFixed(2)} MB (budget ${ASAR_BUDGET_BYTES / 1024 / 1024} MB), ${files.length} entries`);
console.log('entries per top-level folder or package:');
for (const [key, count] of [...topLevel].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(5)}  ${key}`);

const allowedTop = new Set(['out', 'package.json', 'node_modules']);
for (const file of files) {
  const top = file.split('/')[0];
  if (!allowedTop.has(top)) fail(`unexpected file in app.asar: ${file}`);
}
// Only the run-time closure may ship: `dependencies` and what they depend on, transitively. Test
// and build tools, and packages bundled into out/ at build time (devDependencies), stay out.
const closure = new Set();
const visit = (name) => {
  if (closure.has(name)) return;
  closure.add(name);
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
  for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
    if (existsSync(join(root, 'node_modules', dep, 'package.json'))) visit(dep);
  }
};
for (const name of Object.keys(pkg.dependencies ?? {})) visit(name);
for (const key of topLevel.keys()) {
  const name = packageOf(`${key}/`);
  if (name && !closure.has(name)) fail(`${name} is in app.asar but is not a run-time dependency`);
}
if (size > ASAR_BUDGET_BYTES)
  fail(`app.asar is ${(size / 1024 / 1024).toFixed(2)} MB, over the ${ASAR_BUDGET_BYTES / 1024 / 1024} MB budget`);

// 3. Everything main looks for is where it looks (main/index.ts: resourcesPath/assets, out/…).
const required = [
  [resources, 'assets/corpus/metadata.json'],
  [resources, 'assets/fonts/LiberationSans-Regular.ttf'],
  [resources, 'assets/spelling/nl-NL-3-0.bdic'],
  // The built-in nota templates (main/briefing/template-folder.ts, app/briefing/nota/template-file.ts).
  [resources, 'assets/templates/beslisnota.dossier'],
  [resources, 'assets/templates/informatienota.dossier'],
  [resources, 'assets/templates/nota-voor-debat.dossier'],
  [null, 'out/main/index.js'],
  [null, 'out/main/parse-worker.js'],
  [null, 'out/main/export-worker.js'],
  [null, 'out/main/cli.js'],
  [null, 'out/preload/index.cjs'],
  [null, 'out/renderer/index.html'],
  [null, 'package.json'],
];
const letters = existsSync(join(resources, 'assets/corpus'))
  ? execFileSync('ls', [join(resources, 'assets/corpus')], { encoding: 'utf8' })
  : '';
if (!/\.txt/.test(letters)) fail('the sample corpus letters are missing from resources/assets/corpus');
for (const [base, rel] of required) {
  const present = base ? existsSync(join(base, rel)) : files.includes(rel);
  if (!present) fail(`missing in the package: ${base ? 'resources/' : 'app.asar/'}${rel}`);
}

// 4. Every built file parses (bundling two packages' `require` shims into one chunk does not),
// and every package the built main-process files import resolves from inside the package.
const extracted = join(work, 'app');
extractAll(asarPath, extracted);
for (const file of files.filter((f) => /^out\/.*\.(c?js|mjs)$/.test(f))) {
  try {
    execFileSync(process.execPath, ['--check', join(extracted, file)], { stdio: 'pipe' });
  } catch (error) {
    fail(`${file} does not parse:\n${error.stderr?.toString() ?? error}`);
  }
}
/** Packages the bundle asks for only where their absence is handled (text extraction needs no canvas). */
const OPTIONAL_AT_RUN_TIME = new Set(['@napi-rs/canvas']);
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const specifiers = new Set();
for (const file of files.filter((f) => /^out\/(main|preload)\/.*\.(c?js|mjs)$/.test(f))) {
  const source = readFileSync(join(extracted, file), 'utf8');
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["']([^"'./][^"']*)["']/gm)) {
    const spec = m[1];
    if (builtins.has(spec) || builtins.has(spec.split('/')[0]) || spec === 'electron') continue;
    // pdf.js (bundled into the parse worker's chunks) builds a browser script as a template string
    // holding `import("${…}")`, and requires @napi-rs/canvas inside try/catch for rendering only.
    if (spec.includes('${') || OPTIONAL_AT_RUN_TIME.has(spec)) continue;
    specifiers.add(spec);
  }
}
// pdfkit loads its standard fonts, fontkit and compression lazily: make a real PDF with the bundled font.
const probe = join(extracted, 'out/main/__package-probe.mjs');
const font = join(resources, 'assets/fonts/LiberationSans-Regular.ttf');
writeFileSync(
  probe,
  [...specifiers].map((s) => `await import(${JSON.stringify(s)});`).join('\n') +
    (specifiers.has('pdfkit')
      ? `
const { default: PDFDocument } = await import('pdfkit');
const doc = new PDFDocument({ tagged: true, lang: 'nl-NL', pdfVersion: '1.7' });
const chunks = [];
doc.on('data', (c) => chunks.push(c));
const done = new Promise((r) => doc.on('end', r));
doc.registerFont('Body', ${JSON.stringify(font)});
doc.font('Body').text('Kamerstukken II 2025/26, 36 045, nr. 264 — Yeşilgöz');
doc.font('Helvetica').text('standard font');
doc.end();
await done;
if (Buffer.concat(chunks).subarray(0, 5).toString() !== '%PDF-') throw new Error('no PDF');
`
      : '') +
    '\nconsole.log("ok");\n',
);
try {
  execFileSync(process.execPath, [probe], { cwd: extracted, stdio: 'pipe', env: { ...process.env, NODE_PATH: '' } });
  console.log(`\nrun-time imports resolved from inside the package: ${[...specifiers].sort().join(', ')}`);
} catch (error) {
  fail(`a run-time import does not load from inside the package:\n${error.stderr?.toString() ?? error}`);
}

// The command line of the installed app runs from inside the package (`Dossier --cli …` runs the
// same out/main/cli chunks under Electron's Node): parse the bundled sample corpus.
try {
  const json = execFileSync(process.execPath, [join(extracted, 'out/main/cli.js'), 'parse', join(resources, 'assets/corpus'), '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const letters = JSON.parse(json).letters.length;
  if (letters < 5) fail(`the packaged command line parsed ${letters} sample letters, expected 5`);
  else console.log(`packaged command line: parse read ${letters} sample letters`);
} catch (error) {
  fail(`the packaged command line does not run:\n${error.stderr?.toString() ?? error}`);
}

if (process.exitCode) {
  console.error(`\npackage check failed; the packaged app is left in ${unpacked}`);
  process.exit(1);
}
console.log('\npackage check passed');
rmSync(work, { recursive: true, force: true });
process.exit(0);
